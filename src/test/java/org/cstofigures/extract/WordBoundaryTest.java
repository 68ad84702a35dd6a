package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that read like a number and a counter but are none (grammar_words.tsv not_a_figure, negation), and counts
 * the strict counters and new counters now read (count_verb, 박스, 개파, 어치). Each case fails on the grammar as it
 * was before these word lists.
 */
class WordBoundaryTest {

    private static List<String> surfaces(String text) {
        return Extractors.standard().extract(text, LocalDate.of(2024, 5, 10)).quantities().stream()
                .map(Quantity::surface).toList();
    }

    @Test
    void aSpelledNumeralInsideAWordIsNoNumber() {
        assertEquals(List.of(), surfaces("해양경찰 구조대가 출동했다."));
        assertEquals(List.of("12명"), surfaces("구조대원 12명이 투입됐다."));
        assertEquals(List.of("300명"), surfaces("구조조정으로 300명이 감원됐다."));
        assertEquals(List.of("오만 명"), surfaces("오만 명이 모였다."));
    }

    @Test
    void aQuestionAndAnswerIsNoGunCount() {
        assertEquals(List.of(), surfaces("장관은 1문 1답에서 이같이 밝혔다."));
        assertEquals(List.of(), surfaces("일문일답 형식으로 진행됐다."));
        assertEquals(List.of("3차례"), surfaces("1대1 면담을 3차례 가졌다."));
    }

    @Test
    void notASingleOneWithANegationIsZero() {
        assertEquals(List.of("2년간", "6건"), surfaces("2년간 한 건도 없던 밀입국이 지난해 6건 발생했다."));
        assertEquals(List.of(), surfaces("한 명도 다치지 않았다."));
        assertEquals(List.of(), surfaces("단 한 건도 없었다."));
        assertEquals(List.of("1명"), surfaces("사망자 1명도 발생했다."));
    }

    @Test
    void aStrictCounterBeforeAVerbOfChangeIsACount() {
        assertEquals(List.of("4800여문", "300여문"), surfaces("방사포는 4800여문으로 300여문 줄었다."));
        assertEquals(List.of("20대"), surfaces("4세대 전투기 20대를 도입했다."));
    }

    @Test
    void newCountersAndWorth() {
        assertEquals(List.of("1,063박스"), surfaces("담배 1,063박스를 밀수했다."));
        assertEquals(List.of("26개파", "45명"), surfaces("조직폭력배는 26개파 45명이었다."));
        assertEquals(List.of("5억원"), surfaces("밀수품 5억원어치를 싣고 왔다."));
    }
}
