package org.cstofigures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.Extractors;
import org.cstofigures.model.Source;
import org.cstofigures.source.Document;
import org.cstofigures.source.Line;
import org.cstofigures.validate.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on events and members, and event corrections, on texts written for the test. */
class EventChecksTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 30);

    private static Document doc(String text) {
        Source s = new Source("t", "t.txt", "0", text.length(), "t", "ko", null, PUBLISHED, null, null, null, null,
                null);
        return new Document(s, text, List.of(new Line(1, 0, text)));
    }

    private static List<Finding> check(String text) {
        Document d = doc(text);
        EventStage stage = Fixtures.stage();
        List<ExtractedDocument> ex = List.of(new ExtractStage(Extractors.standard()).run(d));
        List<Event> events = stage.run(ex, List.of(), "corrections.yaml").events();
        Members m = new Members(Fixtures.lexicon(), Fixtures.gazetteer());
        return new EventChecks(m).check(events, m.derive(events, PUBLISHED), List.of(), List.of(d));
    }

    @Test
    void anEventAfterThePublicationDateIsAnError() {
        List<Finding> f = check("2030년 5월 1일 몽골이 가입했다.");
        assertTrue(f.stream().anyMatch(x -> x.rule().code().equals("event_dates") && x.severity() == Severity.ERROR
                && x.blocksRun()), f.toString());
    }

    @Test
    void leavingBeforeJoiningIsAnError() {
        List<Finding> f = check("몽골은 2001년 3월 탈퇴했다. 몽골은 2005년 4월 가입했다.");
        assertTrue(f.stream().anyMatch(x -> x.rule().code().equals("membership") && x.blocksRun()), f.toString());
    }

    @Test
    void twoAccountsNamingDifferentCountriesAreAConflict() {
        List<Finding> f = check("2005년 4월 몽골과 이란이 가입했다. 2005년 4월 몽골이 가입했다.");
        assertEquals(1, f.stream().filter(x -> x.rule().code().equals("event_conflict")).count(), f.toString());
        assertTrue(f.stream().noneMatch(Finding::blocksRun));
    }

    @Test
    void anEventCorrectionThatMatchesNothingNamesItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corrections.yaml");
        Files.writeString(file, """
                events:
                  - match: {source_id: t, line: 1, surface: "없는 말"}
                    reject: true
                    reason: test
                    evidence: test
                    editor: test
                    date: 2026-11-30
                """, StandardCharsets.UTF_8);
        Document d = doc("2005년 4월 몽골이 가입했다.");
        List<ExtractedDocument> ex = List.of(new ExtractStage(Extractors.standard()).run(d));
        PipelineException e = assertThrows(PipelineException.class, () -> Fixtures.stage().run(ex,
                EventsRun.corrections(file, "curated/corrections.yaml"), "curated/corrections.yaml"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("curated/corrections.yaml:2:"), e.getMessage());

        Files.writeString(file, """
                events:
                  - match: {source_id: t, line: 1, surface: "몽골이 가입"}
                    set: {countries: [IRN]}
                    reason: test
                    evidence: test
                    editor: test
                    date: 2026-11-30
                """, StandardCharsets.UTF_8);
        EventStage.Result r = Fixtures.stage().run(ex, EventsRun.corrections(file, "c"), "c");
        assertEquals(List.of("IRN"), r.events().get(0).countries());
        assertEquals("corrected", r.events().get(0).status());
        assertEquals(1, r.decisions().size());
    }

    /** An event's decision is checked as a figure's: plain-text reason, and reject: false is refused. */
    @Test
    void anEventCorrectionIsCheckedAsAFigureCorrection(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corrections.yaml");
        for (String[] c : new String[][] {
                {"reject: true\n    reason: \"bell\\u0007\"", "reason"},
                {"set: {countries: [IRN]}\n    reject: false\n    reason: test", "reject: false"}}) {
            Files.writeString(file, "events:\n  - match: {source_id: t, line: 1, surface: \"몽골이 가입\"}\n    "
                    + c[0] + "\n    evidence: test\n    editor: test\n    date: 2026-11-30\n",
                    StandardCharsets.UTF_8);
            PipelineException e = assertThrows(PipelineException.class,
                    () -> EventsRun.corrections(file, "curated/corrections.yaml"));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertTrue(e.getMessage().startsWith("curated/corrections.yaml:2") && e.getMessage().contains(c[1]),
                    e.getMessage());
        }
    }
}
