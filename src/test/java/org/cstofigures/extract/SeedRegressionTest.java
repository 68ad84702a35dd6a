package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression over the seed article (a copy in src/test/resources/extract/seed_000.txt): exactly these
 * quantities, with these values, and none of the article's ordinals, labels, names and dates.
 */
class SeedRegressionTest {

    /** line, surface, value, low, high, unit, qualifier: the complete list of quantities the seed must yield. */
    private static final String EXPECTED = """
            20	5년 동안	5	5	5	year	exact
            20	5년 동안	5	5	5	year	exact
            76	2만명 이상	20000	20000	-	person	at_least
            80	약 360만 명	3600000	-	-	person	approx
            88	10년 동안	10	10	10	year	exact
            88	거의 10배	10	-	10	ratio	almost
            88	미화 수억 달러	-	100000000	999999999	USD	vague
            92	100명	100	100	100	person	exact
            92	수십 개	-	10	99	item	vague
            98	약 30개 국가	30	-	-	country	approx
            100	12톤 이상	12000	12000	-	kg	at_least
            100	약 5톤	5000	-	-	kg	approx
            100	42톤	42000	42000	42000	kg	exact
            100	9300개 이상	9300	9300	-	weapon	at_least
            108	19명	19	19	19	person	exact
            128	세 가지	3	3	3	other	exact
            136	17개	17	17	17	statement	exact
            136	6개	6	6	6	item	exact
            138	두 번	2	2	2	other	exact
            144	6개	6	6	6	country	exact
            144	5년 동안	5	5	5	year	exact
            144	9개국	9	9	9	country	exact
            144	6개국	6	6	6	country	exact
            147	6개 주	6	6	6	country	exact
            153	적어도 1년에 한 번	1	1	-	other	at_least
            155	적어도 1년에 두 번	2	2	-	other	at_least
            178	약 50개	50	-	-	document	approx
            197	3개	3	3	3	group	exact
            200	30단계	30	30	30	stage	exact
            200	11.5 톤	11500	11500	11500	kg	exact
            200	784 건	784	784	784	case	exact
            200	약 4 천 건	4000	-	-	case	approx
            204	수십만 건	-	100000	999999	case	vague
            204	1,600명 이상	1600	1600	-	person	at_least
            204	73,000건 이상	73000	73000	-	case	at_least
            204	약 1,550건	1550	-	-	case	approx
            208	345,207건	345207	345207	345207	case	exact
            208	54,251건	54251	54251	54251	case	exact
            208	720건	720	720	720	case	exact
            208	1,832건	1832	1832	1832	case	exact
            208	1,748건	1748	1748	1748	case	exact
            208	560건	560	560	560	case	exact
            208	594 건	594	594	594	case	exact
            208	120건	120	120	120	case	exact
            214	약 80개	80	-	-	statement	approx
            255	5년 동안	5	5	5	year	exact
            255	5년 동안	5	5	5	year	exact
            263	43개	43	43	43	document	exact
            263	173개	173	173	173	document	exact
            307	5년 동안	5	5	5	year	exact
            307	9개국	9	9	9	country	exact
            313	6개국	6	6	6	country	exact
            """;

    /** Phrases of the seed that are not figures: no quantity may overlap any of their occurrences. */
    private static final List<String> NOT_FIGURES = List.of("제73차", "제69차", "제71차", "51조", "제2조", "헌장 9조",
            "제3조", "제5조", "두 번째", "네 번째", "25주년", "15주년", "Cobalt-2018", "Frontier - 2014",
            "Illegal-2018", "Interaction-2014", "Interaction - 2018", "에어브릿지-2018", "포이스크-2018", "R&D",
            "2015-2020", "2015-20년", "2014년", "1992년 5월 15일", "2 월 26 일", "06.09.2019", "중 하나", "하나 이상의",
            "1. 창조의", "1. 법정", "2. 영구", "3. CSTO", "(1993)", "(2013)", "(2014)", "V.V.", "N.N.", "제 3", "20년 전");

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);
    private static List<String> lines;
    private static List<Extraction> results;

    @BeforeAll
    static void extractSeed() throws IOException {
        try (InputStream in = SeedRegressionTest.class.getResourceAsStream("/extract/seed_000.txt")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
        results = new ArrayList<>();
        for (String l : lines) {
            results.add(Extractors.standard().extract(l, PUBLISHED));
        }
    }

    @Test
    void quantitiesAreExactlyTheExpectedOnes() {
        List<String> expected = EXPECTED.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            for (Quantity q : results.get(i).quantities()) {
                actual.add((i + 1) + "\t" + q.surface() + "\t" + num(q.value()) + "\t" + num(q.low()) + "\t"
                        + num(q.high()) + "\t" + q.unit().code() + "\t" + q.qualifier().code());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void everySurfaceIsTheTextAtItsSpan() {
        for (int i = 0; i < results.size(); i++) {
            for (Quantity q : results.get(i).quantities()) {
                assertEquals(q.surface(), CorpusTest.cpSub(lines.get(i), q.start(), q.end()));
            }
            for (TimeExpression t : results.get(i).times()) {
                assertEquals(t.surface(), CorpusTest.cpSub(lines.get(i), t.start(), t.end()));
            }
        }
    }

    @Test
    void noFigureOverlapsAnOrdinalLabelNameOrDate() {
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            for (String nf : NOT_FIGURES) {
                for (int at = l.indexOf(nf); at >= 0; at = l.indexOf(nf, at + 1)) {
                    checked++;
                    int s = l.codePointCount(0, at);
                    int e = s + nf.codePointCount(0, nf.length());
                    for (Quantity q : results.get(i).quantities()) {
                        assertTrue(q.end() <= s || q.start() >= e,
                                "line " + (i + 1) + ": [" + q.surface() + "] overlaps not-a-figure [" + nf + "]");
                    }
                }
            }
        }
        assertTrue(checked > 40, "not-figure phrases found in the seed: " + checked);
    }

    @Test
    void datesAreResolved() {
        assertTime(200, "올해 2 월 26 일 ~ 3 월 1 일", "2019-02-26", "2019-03-01", Precision.DAY);
        assertTime(200, "2003년부터 2019년까지", "2003-01-01", "2019-12-31", Precision.YEAR);
        assertTime(188, "2018년 10월 1일부터 11월 2일까지", "2018-10-01", "2018-11-02", Precision.DAY);
        assertTime(188, "10월 1~5일", "2018-10-01", "2018-10-05", Precision.DAY);
        assertTime(188, "10월 30일 - 11월 2일", "2018-10-30", "2018-11-02", Precision.DAY);
        assertTime(190, "2018년 5월 18일부터 23일까지", "2018-05-18", "2018-05-23", Precision.DAY);
        assertTime(206, "2019년 4월~5월", "2019-04-01", "2019-05-31", Precision.MONTH);
        // open-ended: "since April 2003" runs to the publication date
        assertTime(32, "2003 년 4 월부터", "2003-04-01", "2019-09-06", Precision.MONTH);
        assertTime(214, "2011년 이후", "2011-01-01", "2019-09-06", Precision.YEAR);
        assertTime(200, "2003년부터", "2003-01-01", "2019-09-06", Precision.YEAR);
        assertTime(32, "올해", "2019-01-01", "2019-12-31", Precision.YEAR);
        assertTime(12, "1992년 5월 15일", "1992-05-15", "1992-05-15", Precision.DAY);
        assertTime(307, "12월", "1993-12-01", "1993-12-31", Precision.MONTH);
        assertTime(3, "06.09.2019", "2019-09-06", "2019-09-06", Precision.DAY);
    }

    private static void assertTime(int line, String surface, String from, String to, Precision p) {
        TimeExpression t = results.get(line - 1).times().stream().filter(x -> x.surface().equals(surface))
                .findFirst().orElseThrow(() -> new AssertionError("line " + line + ": no time [" + surface + "] in "
                        + results.get(line - 1).times()));
        assertEquals(LocalDate.parse(from), t.period().start(), surface);
        assertEquals(LocalDate.parse(to), t.period().end(), surface);
        assertEquals(p, t.period().precision(), surface);
    }

    private static String num(java.math.BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
