package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.Extractors;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.PeriodKind;
import org.cstofigures.source.Document;
import org.cstofigures.source.SourceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed through the real grammar and the figures stage: the facts a journalist would look up first. */
class SeedEndToEndTest {

    private static FigureSet set;

    @BeforeAll
    static void run() {
        Document doc = new SourceLoader().load(Path.of("raw", "sources.yaml"), Path.of("").toAbsolutePath()).get(0);
        set = new FigureStage(LineFixture.lexicon()).run(List.of(new ExtractStage(Extractors.standard()).run(doc)));
    }

    private static Figure at(int line, String numberStart) {
        for (Mention m : set.mentions()) {
            if (m.line() == line && m.surface().contains(numberStart)) {
                return set.figures().stream().filter(f -> f.figureId().equals(m.figureId())).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no mention containing '" + numberStart + "' on line " + line);
    }

    private static void is(int line, String number, Category category, String subject, String operation,
            String from, String to) {
        Figure f = at(line, number);
        String where = "line " + line + " " + number + ": ";
        assertEquals(category, f.category(), where + "category");
        assertEquals(subject, f.subject(), where + "subject");
        assertEquals(operation, f.operation(), where + "operation");
        assertEquals(from, f.periodStart() == null ? null : f.periodStart().toString(), where + "period start");
        assertEquals(to, f.periodEnd() == null ? null : f.periodEnd().toString(), where + "period end");
    }

    @Test
    void proxysThreeStrandsOfCriminalCasesHaveThreeSubjects() {
        java.util.Set<String> subjects = new java.util.HashSet<>();
        for (String n : List.of("720건", "594", "120건")) {
            subjects.add(at(208, n).subject());
        }
        assertEquals(3, subjects.size(), "subjects " + subjects);
    }

    @Test
    void observersAreNeverMembers() {
        is(98, "30개", Category.MEMBERSHIP, "observer countries", "Channel", null, null);
    }

    @Test
    void totalsAndStatesHaveTheirKind() {
        for (String n : List.of("12톤", "5톤", "42톤", "9300개")) {
            assertEquals(PeriodKind.CUMULATIVE, at(100, n).periodKind(), "line 100 " + n);
        }
        assertEquals(PeriodKind.CUMULATIVE, at(200, "30단계").periodKind());
        assertEquals(PeriodKind.CUMULATIVE, at(263, "43개").periodKind());
        Figure members = at(147, "6개");
        assertEquals(PeriodKind.STATE, members.periodKind(), "현재 … 6개 주");
        assertEquals("2019-09-06", String.valueOf(members.periodStart()));
        assertEquals("2019-09-06", String.valueOf(members.periodEnd()));
        assertEquals(PeriodKind.PERIOD, at(200, "11.5").periodKind());
    }

    @Test
    void seizuresCasesForcesAndStages() {
        is(100, "12톤", Category.SEIZURE, "heroin", "Channel", "2003-01-01", "2019-12-31");
        is(100, "5톤", Category.SEIZURE, "cocaine", "Channel", "2003-01-01", "2019-12-31");
        is(100, "42톤", Category.SEIZURE, "hashish", "Channel", "2003-01-01", "2019-12-31");
        is(100, "9300개", Category.SEIZURE, "firearms", "Channel", "2003-01-01", "2019-12-31");
        is(200, "11.5", Category.SEIZURE, "drugs", "Channel", "2019-02-26", "2019-03-01");
        is(200, "30단계", Category.OPERATION_STAGE, "operation stages", "Channel", "2003-01-01", "2019-12-31");
        is(200, "784", Category.CRIMINAL_CASE, "drug crimes identified", "Channel", "2019-02-26", "2019-03-01");
        is(200, "4 천", Category.CRIMINAL_CASE, "drug-related criminal cases initiated", "Channel", "2019-02-26", "2019-03-01");
        is(204, "1,600명", Category.MIGRATION, "wanted persons", "Illegal", null, null);
        is(204, "73,000건", Category.MIGRATION, "migration law violations identified", "Illegal", "2018-01-01",
                "2018-12-31");
        is(204, "1,550건", Category.CRIMINAL_CASE, "migration-related criminal cases initiated", "Illegal", "2018-01-01", "2018-12-31");
        is(208, "345,207건", Category.INFORMATION_RESOURCE, "information resources identified", "PROXY",
                "2018-01-01", "2018-12-31");
        is(208, "54,251건", Category.INFORMATION_RESOURCE, "information resources suspended", "PROXY", "2018-01-01",
                "2018-12-31");
        is(208, "720건", Category.CRIMINAL_CASE, "extremism-related criminal cases initiated", "PROXY", "2018-01-01", "2018-12-31");
        is(208, "560건", Category.CRIMINAL_CASE, "criminal offences identified", "PROXY", "2018-01-01", "2018-12-31");
        is(208, "594", Category.CRIMINAL_CASE, "drug-related criminal cases initiated", "PROXY", "2018-01-01", "2018-12-31");
        is(208, "120건", Category.CRIMINAL_CASE, "migration-related criminal cases initiated", "PROXY", "2018-01-01", "2018-12-31");
        is(204, "수십만", Category.CRIMINAL_CASE, "crimes solved", "Illegal", null, null);
        is(208, "1,832건", Category.INFORMATION_RESOURCE, "illegal information resources identified", "PROXY",
                "2018-01-01", "2018-12-31");
        is(144, "9개국", Category.MEMBERSHIP, "countries", null, "1994-04-01", "1994-04-30");
        is(76, "2만명", Category.FORCE_SIZE, "CRRF personnel", null, null, null);
        is(80, "360만", Category.FORCE_SIZE, "peacekeepers", null, null, null);
        is(108, "19명", Category.FORCE_SIZE, "trainees", null, "2012-12-14", "2012-12-14");
        is(263, "43개", Category.LEGAL_INSTRUMENT, "international treaties", null, null, "2019-09-06");
        is(263, "173개", Category.LEGAL_INSTRUMENT, "decisions", null, null, "2019-09-06");
    }

    @Test
    void partsAndRepeatedPassages() {
        assertEquals(at(136, "17개").figureId(), at(136, "6개").partOf());
        assertEquals(at(208, "1,832건").figureId(), at(208, "1,748건").partOf());
        assertNull(at(136, "17개").partOf());
        assertEquals(at(144, "9개국").figureId(), at(307, "9개국").figureId());
        assertEquals(2, at(144, "9개국").mentionCount());
        assertEquals(at(144, "6개국").figureId(), at(313, "6개국").figureId());
        assertEquals(2, at(144, "6개국").mentionCount());
    }

    @Test
    void noFigureWithoutSubjectAndNoOperationOutsideItsParagraph() {
        Map<Integer, String> lineOps = new TreeMap<>();
        for (Mention m : set.mentions()) {
            assertTrue(m.subject() != null && !m.subject().isBlank() && m.subjectKo() != null
                    && !m.subjectKo().isBlank(), "empty subject: " + m);
            if (m.operation() != null) {
                lineOps.put(m.line(), m.operation());
            }
        }
        assertEquals(Map.of(98, "Channel", 100, "Channel", 200, "Channel", 204, "Illegal", 208, "PROXY"), lineOps,
                "operations only in the paragraphs that name them");
    }
}
