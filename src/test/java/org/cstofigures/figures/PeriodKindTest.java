package org.cstofigures.figures;

import static org.cstofigures.model.Precision.DAY;
import static org.cstofigures.model.Precision.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Period;
import org.cstofigures.model.PeriodKind;
import org.cstofigures.model.Source;
import org.cstofigures.model.Unit;
import org.cstofigures.source.Document;
import org.cstofigures.source.Line;
import org.junit.jupiter.api.Test;

/**
 * Period kinds on made-up sentences: a total of a named operation takes the span its source states for that
 * operation, a total with no operation is open up to publication, a current state is at the publication date, and
 * stated dates and intervals are points and periods.
 */
class PeriodKindTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2021-05-10");
    private static final FigureStage STAGE = new FigureStage(LineFixture.lexicon());

    /** Runs the figures stage on lines built by {@code fixtures}, in one source published on PUBLISHED. */
    private static FigureSet run(List<String> texts, List<java.util.function.Function<LineFixture, LineFixture>> q) {
        List<Line> lines = new ArrayList<>();
        List<ExtractedLine> extracted = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            lines.add(new Line(i + 1, at, t));
            extracted.add(q.get(i).apply(new LineFixture(i + 1, at, t)).build());
            at += t.codePointCount(0, t.length()) + 1;
        }
        Source src = new Source("made-up", "made-up.txt", "0".repeat(64), at, null, "ko", null, PUBLISHED, null,
                null, null, null, null);
        Document doc = new Document(src, String.join("\n", texts), lines);
        return STAGE.run(List.of(new ExtractedDocument(doc, extracted)));
    }

    private static Mention mention(FigureSet set, String surface) {
        return set.mentions().stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + surface));
    }

    private static void period(Mention m, String start, String end, PeriodKind kind) {
        assertEquals(start, m.periodStart() == null ? null : m.periodStart().toString(), m.surface() + " start");
        assertEquals(end, m.periodEnd() == null ? null : m.periodEnd().toString(), m.surface() + " end");
        assertEquals(kind, m.periodKind(), m.surface() + " kind");
    }

    @Test
    void aTotalOfANamedOperationTakesItsStatedSpanFromElsewhereInTheSource() {
        FigureSet set = run(List.of(
                "전체적으로 도핑 작전 기간에 위조 의약품 3톤, 권총 120정이 압수되었다.",
                "도핑 작전은 2015년에 시작되어 2018년 11월까지 진행되었다.",
                "2017년 도핑 작전에서는 밀수범 40명이 검거되었다."),
                List.of(f -> f.q("3톤", Unit.KG, "3000").q("120정", Unit.WEAPON, "120"),
                        f -> f.t("2015년", "2015-01-01", "2015-12-31", YEAR)
                                .t("2018년 11월", "2018-11-01", "2018-11-30", org.cstofigures.model.Precision.MONTH),
                        f -> f.t("2017년", "2017-01-01", "2017-12-31", YEAR).q("40명", Unit.PERSON, "40")));
        Mention drugs = mention(set, "3톤");
        assertEquals("Doping", drugs.operation());
        period(drugs, "2015-01-01", "2018-11-30", PeriodKind.CUMULATIVE);
        assertEquals(YEAR, drugs.periodPrecision(), "the coarser of the first and last date's precision");
        period(mention(set, "120정"), "2015-01-01", "2018-11-30", PeriodKind.CUMULATIVE);
        period(mention(set, "40명"), "2017-01-01", "2017-12-31", PeriodKind.PERIOD);
        String id = mention(set, "3톤").figureId();
        assertEquals(1, set.figures().stream().filter(f -> f.figureId().equals(id)).count(),
                "the figure id follows the new period");
    }

    @Test
    void anOperationStatedOnlySinceAYearRunsUpToPublication() {
        FigureSet set = run(List.of(
                "용병 작전은 2016년부터 계속되고 있다.",
                "지금까지 용병 작전 중에 가담자 45명이 검거되었다."),
                List.of(f -> f.t("2016년부터", "2016-01-01", "2021-05-10", YEAR),
                        f -> f.q("45명", Unit.PERSON, "45")));
        Mention m = mention(set, "45명");
        period(m, "2016-01-01", "2021-05-10", PeriodKind.CUMULATIVE);
        assertEquals(YEAR, m.periodPrecision());
    }

    @Test
    void aTotalWithoutAnOperationIsOpenUpToPublication() {
        FigureSet set = run(List.of(
                "2010년에 협력 협정이 처음 맺어졌다. 지금까지 모두 52건의 협정이 체결되었다."),
                List.of(f -> f.t("2010년", "2010-01-01", "2010-12-31", YEAR).q("52건", Unit.DOCUMENT, "52")));
        Mention m = mention(set, "52건");
        period(m, null, "2021-05-10", PeriodKind.CUMULATIVE);
        assertEquals(DAY, m.periodPrecision());
    }

    @Test
    void aCurrentStateIsAtThePublicationDate() {
        FigureSet set = run(List.of("2009년에 기구가 확대되었다. 현재 이 기구에는 가, 나, 다 등 8개국이 가입해 있다."),
                List.of(f -> f.t("2009년", "2009-01-01", "2009-12-31", YEAR).q("8개국", Unit.COUNTRY, "8")));
        Mention m = mention(set, "8개국");
        period(m, "2021-05-10", "2021-05-10", PeriodKind.STATE);
        assertEquals(DAY, m.periodPrecision());
    }

    @Test
    void statedDatesArePointsAndStatedIntervalsArePeriods() {
        FigureSet set = run(List.of("2020년 3월 4일 경찰은 마약 15kg을 압수했다. 2019년 한 해 동안 범죄 240건이 적발되었다."),
                List.of(f -> f.t("2020년 3월 4일", "2020-03-04", "2020-03-04", DAY).q("15kg", Unit.KG, "15")
                        .t("2019년", "2019-01-01", "2019-12-31", YEAR).q("240건", Unit.CASE, "240")));
        period(mention(set, "15kg"), "2020-03-04", "2020-03-04", PeriodKind.POINT);
        period(mention(set, "240건"), "2019-01-01", "2019-12-31", PeriodKind.PERIOD);
    }

    @Test
    void aStatedPeriodWithATotalWordKeepsItsDatesAndIsCumulative() {
        FigureSet set = run(List.of("2012년부터 2016년까지 합계 14차례의 합동 훈련이 실시되었다."),
                List.of(f -> f.t("2012년부터 2016년까지", "2012-01-01", "2016-12-31", YEAR)
                        .q("14차례", Unit.OTHER, "14")));
        period(mention(set, "14차례"), "2012-01-01", "2016-12-31", PeriodKind.CUMULATIVE);
    }

    @Test
    void aWordEarlierInTheSentenceDoesNotMakeADatedNumberOfALaterClauseATotal() {
        FigureSet set = run(List.of("현재 협의체에는 회원국 9개국이 있으며, 2018년에는 회의가 4차례 열렸다."),
                List.of(f -> f.q("9개국", Unit.COUNTRY, "9").t("2018년", "2018-01-01", "2018-12-31", YEAR)
                        .q("4차례", Unit.OTHER, "4")));
        period(mention(set, "9개국"), "2021-05-10", "2021-05-10", PeriodKind.STATE);
        period(mention(set, "4차례"), "2018-01-01", "2018-12-31", PeriodKind.PERIOD);
    }

    @Test
    void lineByLineATotalOfAnOperationStaysOpenAndWithoutAPublicationDateHasNoPeriod() {
        ExtractedLine el = LineFixture.of("지금까지 도핑 작전 중에 권총 70정이 압수되었다.").q("70정", Unit.WEAPON, "70").build();
        period(STAGE.mentionsForLine("t", PUBLISHED, el).get(0), null, "2021-05-10", PeriodKind.CUMULATIVE);
        Mention unknown = STAGE.mentionsForLine("t", null, el).get(0);
        assertNull(unknown.period(), "no publication date: no period to anchor a total to");
    }

    @Test
    void onlyACumulativePeriodMayBeOpen() {
        LocalDate d = LocalDate.parse("2020-01-01");
        assertThrows(IllegalArgumentException.class, () -> new Period(null, d, DAY, PeriodKind.STATE));
        assertEquals(PeriodKind.POINT, new Period(d, d, DAY).kind());
        assertEquals(PeriodKind.PERIOD, new Period(d, d.plusDays(1), DAY).kind());
        assertEquals(null, new Period(null, d, DAY, PeriodKind.CUMULATIVE).start());
    }
}
