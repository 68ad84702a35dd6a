package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : Sentences.split(text)) {
            out.add(CorpusTest.cpSub(text, span[0], span[1]));
        }
        return out;
    }

    @Test
    void splitsAtKoreanSentenceEnds() {
        assertEquals(List.of("회의가 열렸다.", "결의안이 채택됐다.", "다음 회의는 언제인가?", "정말 놀랍다!"),
                sentences("회의가 열렸다. 결의안이 채택됐다. 다음 회의는 언제인가? 정말 놀랍다!"));
    }

    /** A file saved with a byte-order mark: the mark stays code point 0 of the line but is no part of a sentence. */
    @Test
    void aByteOrderMarkIsNoPartOfTheFirstSentence() {
        String text = "\uFEFF헤로인 12톤을 압수했다.";
        assertEquals(List.of("헤로인 12톤을 압수했다."), sentences(text));
        assertEquals(1, Sentences.split(text).get(0)[0]);
    }

    @Test
    void keepsDecimalsAndDottedDates() {
        assertEquals(List.of("불법 유통에서 11.5 톤이 압수되었다.", "지분은 17.661%이다."),
                sentences("불법 유통에서 11.5 톤이 압수되었다. 지분은 17.661%이다."));
        assertEquals(List.of("디자인과 인테리어 06.09.2019"), sentences("디자인과 인테리어 06.09.2019"));
    }

    @Test
    void keepsInitials() {
        assertEquals(List.of("러시아 V.V. 푸틴 대통령이 참석했다.", "CSTO N.N. Bordyuzha 사무총장이 서명했다."),
                sentences("러시아 V.V. 푸틴 대통령이 참석했다. CSTO N.N. Bordyuzha 사무총장이 서명했다."));
        assertEquals(List.of("부의장 Yu.I. Borisov를 임명했다."), sentences("부의장 Yu.I. Borisov를 임명했다."));
        assertEquals(List.of("의장 V. V. Volodin이 선출되었다."), sentences("의장 V. V. Volodin이 선출되었다."));
    }

    @Test
    void abbreviationsInCapitalsStillEndSentences() {
        assertEquals(List.of("협력 각서를 UN.", "다음 문장."), sentences("협력 각서를 UN. 다음 문장."));
    }

    @Test
    void closingQuotesBelongToTheSentence() {
        assertEquals(List.of("그는 “협력하겠다.”", "이라고 말했다."), sentences("그는 “협력하겠다.” 이라고 말했다."));
        assertEquals(List.of("“참가국 중 하나가 침략을 받는 경우.”", "다음."), sentences("“참가국 중 하나가 침략을 받는 경우.” 다음."));
    }

    @Test
    void aClosingQuotationMarkBeforeASpaceEndsASentence() {
        assertEquals(List.of("성명은 “평화 유지 활동을 지원한다”", "공동 성명서는 또한 언급했다."),
                sentences("성명은 “평화 유지 활동을 지원한다” 공동 성명서는 또한 언급했다."));
        assertEquals(List.of("“Allies”인 잡지가 발행된다."), sentences("“Allies”인 잡지가 발행된다."));
    }

    @Test
    void listNumbersDoNotEndSentences() {
        assertEquals(List.of("2. 영구 작업 기관."), sentences("2. 영구 작업 기관."));
        assertEquals(List.of("1. 창조의 역사, 활동의 기본, 조직 구조"), sentences("1. 창조의 역사, 활동의 기본, 조직 구조"));
    }

    @Test
    void spansAreCodePointsAndTrimmed() {
        String t = "  😀 이모지가 있다.   다음 문장이다.  ";
        List<int[]> spans = Sentences.split(t);
        assertEquals(2, spans.size());
        assertEquals("😀 이모지가 있다.", CorpusTest.cpSub(t, spans.get(0)[0], spans.get(0)[1]));
        assertEquals("다음 문장이다.", CorpusTest.cpSub(t, spans.get(1)[0], spans.get(1)[1]));
    }

    @Test
    void textWithoutEndIsOneSentence() {
        assertEquals(List.of("유엔 헌장 51조에 의거"), sentences("유엔 헌장 51조에 의거"));
        assertTrue(Sentences.split("").isEmpty());
        assertTrue(Sentences.split("   ").isEmpty());
        assertTrue(Sentences.split(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomTextGivesOrderedDisjointSpansInside(long seed) {
        Random r = new Random(seed);
        String alphabet = "가나다. ?!”\"V.1 \uD83D\uDE00\uD800\u00A0\n";
        for (int k = 0; k < 500; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            int cpLen = t.codePointCount(0, t.length());
            int last = 0;
            for (int[] s : Sentences.split(t)) {
                assertTrue(s[0] >= last && s[1] > s[0] && s[1] <= cpLen, t);
                last = s[1];
            }
        }
    }

    @Test
    void aStretchWithoutSentenceEndIsCutAtASpaceBeforeTheLimit() {
        String t = "헤로인 12톤 압수 ".repeat(200) + "x".repeat(Sentences.MAX_SENTENCE_CHARS + 5) + "😀끝";
        List<int[]> spans = Sentences.split(t);
        StringBuilder joined = new StringBuilder();
        int last = 0;
        for (int[] s : spans) {
            String piece = CorpusTest.cpSub(t, s[0], s[1]);
            assertTrue(piece.length() <= Sentences.MAX_SENTENCE_CHARS, piece);
            assertTrue(s[0] >= last, "ordered");
            last = s[1];
            if (!piece.contains("x") && s[1] < t.length()) {
                assertEquals(' ', t.charAt(s[1]), "cut at a space: " + piece);
            }
            joined.append(piece);
        }
        assertEquals(t.replace(" ", ""), joined.toString().replace(" ", ""), "nothing lost, nothing repeated");
        assertTrue(spans.size() >= 200 * 11 / Sentences.MAX_SENTENCE_CHARS + 2);
    }
}
