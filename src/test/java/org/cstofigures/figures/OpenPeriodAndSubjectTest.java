package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.Extractors;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Line;
import org.junit.jupiter.api.Test;

/** Figures whose period is open-ended ("since 2011") and whose counted noun is unknown, with the real grammar. */
class OpenPeriodAndSubjectTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);

    private static List<Mention> mentions(String text) {
        ExtractStage extract = new ExtractStage(Extractors.standard());
        return new FigureStage(LineFixture.lexicon()).mentionsForLine("t", null,
                extract.extractLine(new Line(1, 0, text), PUBLISHED));
    }

    @Test
    void sinceAYearRunsToThePublicationDate() {
        Mention m = mentions("2011년 이후 회원국의 약 80개 공동 성명이 채택되었습니다.").get(0);
        assertEquals(LocalDate.of(2011, 1, 1), m.periodStart());
        assertEquals(PUBLISHED, m.periodEnd());
    }

    @Test
    void aClosedRangeKeepsItsEnd() {
        Mention m = mentions("2006년부터 2010년까지 형사 사건 12건이 개시되었다.").get(0);
        assertEquals(LocalDate.of(2010, 12, 31), m.periodEnd());
    }

    @Test
    void anUnknownSubjectIsNeverADate() {
        Mention m = mentions("2006년부터 2010년까지 12건.").get(0);
        assertFalse(m.subjectKo().matches(".*\\d.*"), m.subjectKo());
        assertFalse(m.subject().isBlank());
    }

    @Test
    void theDayTheNewsWasAnnouncedIsNotThePeriod() {
        Mention m = mentions("관세청은 필로폰 1.2톤을 압수했다고 2024년 3월 5일 밝혔다.").get(0);
        assertEquals(null, m.periodStart(), "a date in a later clause is when the news was announced");
    }

    @Test
    void aTotalOrACurrentStateDoesNotTakeThePeriodOfTheSentenceBefore() {
        List<Mention> ms = mentions("2018년 작전에서 헤로인 5톤이 압수되었다. 지금까지 모두 헤로인 40톤이 압수되었다. "
                + "현재 회원국은 6개국이다. 코카인 2톤도 압수되었다.");
        assertEquals(LocalDate.of(2018, 1, 1), ms.get(0).periodStart());
        assertEquals(null, ms.get(1).periodStart(), "a total since the start is not the 2018 figure's period");
        assertEquals(null, ms.get(2).periodStart(), "a current state is not the 2018 figure's period");
        assertEquals(LocalDate.of(2018, 1, 1), ms.get(3).periodStart(), "an ordinary figure still takes it");
    }

    @Test
    void aTotalKeepsItsOwnStatedSpan() {
        Mention m = mentions("2003년부터 2019년까지 합계 30단계의 작전이 수행되었습니다.").get(0);
        assertEquals(LocalDate.of(2003, 1, 1), m.periodStart());
        assertEquals(LocalDate.of(2019, 12, 31), m.periodEnd());
    }

    @Test
    void aDateInTheSameClauseAfterTheNumberIsItsPeriod() {
        Mention m = mentions("형사 사건 720건(2018년)이 개시되었다.").get(0);
        assertEquals(LocalDate.of(2018, 1, 1), m.periodStart());
    }

    @Test
    void aHugeUnpunctuatedLineGivesShortVerbatimQuotes() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            line.append("경찰은 헤로인 ").append(i + 1).append("톤을 압수하고 ");
        }
        String text = line.toString();
        List<Mention> ms = mentions(text);
        assertEquals(2000, ms.size());
        for (Mention m : ms) {
            assertEquals(true, m.sentence().length() <= 600, "quote of " + m.sentence().length() + " chars");
            assertEquals(true, m.sentence().contains(m.surface()), m.surface());
            assertEquals(true, text.contains(m.sentence()), "the quote is verbatim");
        }
    }

    @Test
    void aFoundingDateIsNotThePeriodOfTheFiguresAroundIt() {
        Mention m = mentions("위원회(2005년 설립)의 틀 내에는 3개의 워킹 그룹이 있습니다.").get(0);
        assertEquals(null, m.periodStart(), "2005 dates the committee's founding");
        Mention dated = mentions("위원회는 2005년 3개의 워킹 그룹을 만들었다.").get(0);
        assertEquals(LocalDate.of(2005, 1, 1), dated.periodStart());
    }

    @Test
    void aTermAndItsExtensionAreDifferentFacts() {
        List<Mention> ms = mentions("조약은 5년 동안 체결되었으며 연장 가능성이 있다. 의정서는 조약을 5년 동안 연장했다.");
        assertEquals(2, ms.size());
        assertEquals(false, ms.get(0).figureId().equals(ms.get(1).figureId()), ms.get(0).subject() + " / "
                + ms.get(1).subject());
    }
}
