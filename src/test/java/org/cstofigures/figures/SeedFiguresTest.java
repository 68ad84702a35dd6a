package org.cstofigures.figures;

import static org.cstofigures.model.Precision.DAY;
import static org.cstofigures.model.Precision.MONTH;
import static org.cstofigures.model.Precision.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Extraction;
import org.cstofigures.extract.Sentences;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.PeriodKind;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Unit;
import org.cstofigures.source.Document;
import org.cstofigures.source.Line;
import org.cstofigures.source.SourceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article with the grammar's output for its key sentences written out by hand (what the Korean
 * grammar yields for them), so the figures stage is checked on the real text independently of the grammar.
 */
class SeedFiguresTest {

    private static FigureSet set;

    @BeforeAll
    static void build() {
        Document doc = new SourceLoader().load(Path.of("raw", "sources.yaml"), Path.of("").toAbsolutePath()).get(0);
        Map<Integer, LineFixture> key = new TreeMap<>();
        key.put(20, at(doc, 20).q("5년", Unit.YEAR, "5").q("5년", Unit.YEAR, "5").t("1999년", "1999-01-01", "1999-12-31", YEAR));
        key.put(76, at(doc, 76).q("2만명", Unit.PERSON, "20000").t("2011년 12월", "2011-12-01", "2011-12-31", MONTH));
        key.put(80, at(doc, 80).q("360만 명", Unit.PERSON, "3600000").t("2010년", "2010-01-01", "2010-12-31", YEAR));
        key.put(100, at(doc, 100).q("12톤", Unit.KG, "12000").q("5톤", Unit.KG, "5000").q("42톤", Unit.KG, "42000")
                .q("9300개", Unit.WEAPON, "9300"));
        key.put(108, at(doc, 108).q("19명", Unit.PERSON, "19").t("2012년 12월 14일", "2012-12-14", "2012-12-14", DAY));
        key.put(136, at(doc, 136).q("17개", Unit.STATEMENT, "17").q("6개", Unit.STATEMENT, "6"));
        key.put(144, at(doc, 144).t("1992년 5월 15일", "1992-05-15", "1992-05-15", DAY).q("6개", Unit.COUNTRY, "6")
                .t("1993년 9월", "1993-09-01", "1993-09-30", MONTH).t("1993년 12월", "1993-12-01", "1993-12-31", MONTH)
                .t("1994년 4월", "1994-04-01", "1994-04-30", MONTH).q("5년", Unit.YEAR, "5").q("9개국", Unit.COUNTRY, "9")
                .t("1999년 4월", "1999-04-01", "1999-04-30", MONTH).q("6개국", Unit.COUNTRY, "6"));
        key.put(147, at(doc, 147).q("6개 주", Unit.COUNTRY, "6"));
        key.put(200, at(doc, 200).t("2003년부터", "2003-01-01", "2019-09-06", YEAR)
                .t("2008년부터", "2008-01-01", "2019-09-06", YEAR)
                .t("2003년부터 2019년까지", "2003-01-01", "2019-12-31", YEAR).q("30단계", Unit.STAGE, "30")
                .t("올해 2 월 26 일 ~ 3 월 1 일", "2019-02-26", "2019-03-01", DAY)
                .q("11.5 톤", Unit.KG, "11500").q("784 건", Unit.CASE, "784").q("4 천 건", Unit.CASE, "4000"));
        key.put(204, at(doc, 204).t("2008년부터", "2008-01-01", "2019-09-06", YEAR)
                .t("2018년부터", "2018-01-01", "2019-09-06", YEAR).q("1,600명", Unit.PERSON, "1600")
                .t("2018년", "2018-01-01", "2018-12-31", YEAR).q("73,000건", Unit.CASE, "73000")
                .q("1,550건", Unit.CASE, "1550"));
        key.put(208, at(doc, 208).t("2014년부터", "2014-01-01", "2019-09-06", YEAR).t("2018년", "2018-01-01", "2018-12-31", YEAR)
                .q("345,207건", Unit.CASE, "345207").q("54,251건", Unit.CASE, "54251").q("720건", Unit.CASE, "720")
                .q("1,832건", Unit.CASE, "1832").q("1,748건", Unit.CASE, "1748").q("560건", Unit.CASE, "560")
                .q("594 건", Unit.CASE, "594").q("120건", Unit.CASE, "120"));
        key.put(214, at(doc, 214).t("2011년 이후", "2011-01-01", "2019-09-06", YEAR).q("80개", Unit.STATEMENT, "80"));
        key.put(255, at(doc, 255).q("5년", Unit.YEAR, "5").q("5년", Unit.YEAR, "5").t("1999년", "1999-01-01", "1999-12-31", YEAR));
        key.put(263, at(doc, 263).q("43개", Unit.DOCUMENT, "43").q("173개", Unit.DOCUMENT, "173"));
        key.put(307, at(doc, 307).t("1992년 5월 15일", "1992-05-15", "1992-05-15", DAY)
                .t("1993년 9월", "1993-09-01", "1993-09-30", MONTH).t("1994년 4월", "1994-04-01", "1994-04-30", MONTH)
                .q("5년", Unit.YEAR, "5").q("9개국", Unit.COUNTRY, "9"));
        key.put(313, at(doc, 313).t("1999년 4월", "1999-04-01", "1999-04-30", MONTH).q("6개국", Unit.COUNTRY, "6")
                .t("2002년 5월 14일", "2002-05-14", "2002-05-14", DAY));
        List<ExtractedLine> lines = new ArrayList<>();
        for (Line l : doc.lines()) {
            LineFixture f = key.get(l.number());
            lines.add(f != null ? f.build()
                    : new ExtractedLine(l, new Extraction(List.of(), List.of()), Sentences.split(l.text())));
        }
        set = new FigureStage(LineFixture.lexicon()).run(List.of(new ExtractedDocument(doc, lines)));
    }

    private static LineFixture at(Document doc, int number) {
        Line l = doc.lines().get(number - 1);
        assertEquals(number, l.number());
        return new LineFixture(number, l.start(), l.text());
    }

    private static Figure figure(int line, String asWritten) {
        for (Figure f : set.figures()) {
            for (Mention m : set.mentions()) {
                if (m.figureId().equals(f.figureId()) && m.line() == line && m.surface().equals(asWritten)) {
                    return f;
                }
            }
        }
        throw new AssertionError("no figure for '" + asWritten + "' on line " + line);
    }

    private static void check(int line, String surface, Category category, String subject, String subjectKo,
            String operation, String from, String to) {
        Figure f = figure(line, surface);
        String where = "line " + line + " '" + surface + "'";
        assertEquals(category, f.category(), where + " category");
        assertEquals(subject, f.subject(), where + " subject");
        assertEquals(subjectKo, f.subjectKo(), where + " subject_ko");
        assertEquals(operation, f.operation(), where + " operation");
        assertEquals(from, f.periodStart() == null ? null : f.periodStart().toString(), where + " period start");
        assertEquals(to, f.periodEnd() == null ? null : f.periodEnd().toString(), where + " period end");
    }

    @Test
    void channelSeizuresOverTheOperationsLifetimeTakeItsStatedSpan() {
        // 전체적으로 운하 작전 중에: totals over Channel, whose stated span is 2003년부터 2019년까지 (line 200)
        check(100, "12톤", Category.SEIZURE, "heroin", "헤로인", "Channel", "2003-01-01", "2019-12-31");
        check(100, "5톤", Category.SEIZURE, "cocaine", "코카인", "Channel", "2003-01-01", "2019-12-31");
        check(100, "42톤", Category.SEIZURE, "hashish", "해시시", "Channel", "2003-01-01", "2019-12-31");
        check(100, "9300개", Category.SEIZURE, "firearms", "총기", "Channel", "2003-01-01", "2019-12-31");
        for (String s : List.of("12톤", "5톤", "42톤", "9300개")) {
            assertEquals(PeriodKind.CUMULATIVE, figure(100, s).periodKind(), s);
            assertEquals(Precision.YEAR, figure(100, s).periodPrecision(), s);
        }
        assertEquals(PeriodKind.CUMULATIVE, figure(200, "30단계").periodKind(), "합계 30단계");
        assertEquals(PeriodKind.PERIOD, figure(200, "11.5 톤").periodKind(), "the last stage's dates");
    }

    @Test
    void currentMembershipIsAStateAtPublication() {
        Figure six = figure(147, "6개 주");
        assertEquals(PeriodKind.STATE, six.periodKind());
        assertEquals("2019-09-06", String.valueOf(six.periodStart()));
        assertEquals("2019-09-06", String.valueOf(six.periodEnd()));
        assertEquals(Precision.DAY, six.periodPrecision());
        assertEquals(PeriodKind.POINT, figure(144, "6개").periodKind(), "1992년 5월 15일");
    }

    @Test
    void lastChannelStageFiguresTakeTheStagesDates() {
        check(200, "30단계", Category.OPERATION_STAGE, "operation stages", "단계", "Channel", "2003-01-01", "2019-12-31");
        check(200, "11.5 톤", Category.SEIZURE, "drugs", "마약", "Channel", "2019-02-26", "2019-03-01");
        check(200, "784 건", Category.CRIMINAL_CASE, "drug crimes identified", "마약 범죄", "Channel",
                "2019-02-26", "2019-03-01");
        check(200, "4 천 건", Category.CRIMINAL_CASE, "drug-related criminal cases initiated", "형사 사건", "Channel",
                "2019-02-26", "2019-03-01");
    }

    @Test
    void illegalFiguresBelongToIllegalNotToTheTraffickingChannelInTheSameSentence() {
        check(204, "1,600명", Category.MIGRATION, "wanted persons", "국제 수배자", "Illegal", null, null);
        check(204, "73,000건", Category.MIGRATION, "migration law violations identified", "이민법 위반", "Illegal",
                "2018-01-01", "2018-12-31");
        check(204, "1,550건", Category.CRIMINAL_CASE, "migration-related criminal cases initiated", "형사 사건", "Illegal",
                "2018-01-01", "2018-12-31");
    }

    @Test
    void proxyResultsOf2018CarryTheYearIntoTheFollowingSentences() {
        check(208, "345,207건", Category.INFORMATION_RESOURCE, "information resources identified", "정보 자원", "PROXY",
                "2018-01-01", "2018-12-31");
        check(208, "54,251건", Category.INFORMATION_RESOURCE, "information resources suspended", "자원 활동", "PROXY",
                "2018-01-01", "2018-12-31");
        check(208, "720건", Category.CRIMINAL_CASE, "extremism-related criminal cases initiated", "형사 사건", "PROXY",
                "2018-01-01", "2018-12-31");
        check(208, "1,832건", Category.INFORMATION_RESOURCE, "illegal information resources identified", "불법정보자원",
                "PROXY",
                "2018-01-01", "2018-12-31");
    }

    @Test
    void forceSizesAndTrainees() {
        check(76, "2만명", Category.FORCE_SIZE, "CRRF personnel", "CRRF", null, null, null);
        check(80, "360만 명", Category.FORCE_SIZE, "peacekeepers", "평화 유지군", null, null, null);
        check(108, "19명", Category.FORCE_SIZE, "trainees", "연수생", null, "2012-12-14", "2012-12-14");
    }

    @Test
    void legalInstrumentsAndParts() {
        Figure all = figure(136, "17개");
        Figure byMinisters = figure(136, "6개");
        assertEquals(Category.LEGAL_INSTRUMENT, all.category());
        assertEquals("joint statements", all.subject());
        assertNull(all.periodStart(), "the chairmanship paragraph states no year");
        assertEquals(all.figureId(), byMinisters.partOf(), "6 statements by foreign ministers are part of the 17");
        assertNull(all.partOf());
        assertEquals(figure(208, "1,832건").figureId(), figure(208, "1,748건").partOf(),
                "blocked resources are part of those identified");
        assertEquals("illegal information resources blocked", figure(208, "1,748건").subject());
        assertEquals("joint statements drafted", byMinisters.subject(), "a part never shares its whole's subject");
        // 현재까지 with no operation: open totals up to the publication date
        check(263, "43개", Category.LEGAL_INSTRUMENT, "international treaties", "국제조약", null, null, "2019-09-06");
        check(263, "173개", Category.LEGAL_INSTRUMENT, "decisions", "결정", null, null, "2019-09-06");
        assertEquals(PeriodKind.CUMULATIVE, figure(263, "173개").periodKind());
        check(214, "80개", Category.LEGAL_INSTRUMENT, "joint statements", "공동 성명", null, "2011-01-01", "2019-09-06");
    }

    @Test
    void repeatedTreatyPassagesMergeIntoSingleFigures() {
        Figure nine = figure(144, "9개국");
        assertEquals(nine.figureId(), figure(307, "9개국").figureId());
        assertEquals(2, nine.mentionCount());
        assertEquals(144, nine.firstLine());
        assertEquals(Category.MEMBERSHIP, nine.category());
        assertEquals("1994-04-01", nine.periodStart().toString());
        Figure six = figure(144, "6개국");
        assertEquals(six.figureId(), figure(313, "6개국").figureId());
        assertEquals(2, six.mentionCount());
        assertEquals(Category.MEMBERSHIP, six.category());
        assertEquals("countries", six.subject());
        // line 20 states the treaty's five-year term (체결) and its five-year extension (연장); line 255 repeats both
        List<Figure> fiveYears = set.figures().stream().filter(f -> f.firstLine() == 20).toList();
        assertEquals(2, fiveYears.size(), "the term and the extension are two facts");
        for (Figure f : fiveYears) {
            assertEquals(2, f.mentionCount(), f.subject() + " is stated once in each of two repeated passages");
            assertEquals(Category.OTHER, f.category());
        }
        long pointing = set.mentions().stream().filter(m -> m.figureId().equals(six.figureId())).count();
        assertEquals(2, pointing, "every mention points to the merged figure");
    }

    @Test
    void sameFactsMergeButDifferentValuesStayApart() {
        assertTrue(figure(144, "6개").figureId() != null);
        assertTrue(!figure(144, "6개").figureId().equals(figure(144, "6개국").figureId()),
                "six CIS members in 1992 and six countries in 1999 are different facts");
        for (Figure f : set.figures()) {
            assertNotNull(f.subject());
            assertTrue(!f.subject().isBlank() && f.subjectKo() != null && !f.subjectKo().isBlank(),
                    "empty subject in " + f);
        }
    }
}
