package org.cstofigures.validate;

import static org.cstofigures.validate.Fixture.f;
import static org.cstofigures.validate.Fixture.of;
import static org.cstofigures.validate.Fixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Status;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corrections.yaml: matching, applying, rejecting, acknowledging, and errors that name the line. */
class CorrectionsTest {

    private static final String SHOWN = "curated/corrections.yaml";

    @TempDir
    Path dir;

    private final Fixture.F peacekeepers = f(1, "약 360만 명", Category.FORCE_SIZE, Unit.PERSON, 3_600_000)
            .subject("peacekeeping force");
    private final Fixture.F crrf = f(2, "2만명", Category.FORCE_SIZE, Unit.PERSON, 20_000).subject("CRRF");
    private final Fixture.F caseA = f(6, "1,550건", Category.CRIMINAL_CASE, Unit.CASE, 1_550).subject("cases");
    private final Fixture.F caseB = f(6, "1,600건", Category.CRIMINAL_CASE, Unit.CASE, 1_600).subject("cases");

    private Corrections load(String yaml) throws IOException {
        Path file = dir.resolve("corrections.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return Corrections.load(file, SHOWN);
    }

    private ValidationResult run(FigureSet set, String yaml) throws IOException {
        return new Validator(Fixture.config()).run(set, List.of(Fixture.document()), load(yaml));
    }

    private static String correction(String match, String change) {
        return "  - match: " + match + "\n"
                + "    " + change + "\n"
                + "    reason: scale error\n"
                + "    evidence: the original says about 3.6 thousand\n"
                + "    editor: tester\n"
                + "    date: 2026-11-28\n";
    }

    private static final String BY_SOURCE = "{source_id: src-test, line: 1, surface: \"360만 명\"}";

    @Test
    void entriesKnowTheLineTheyStartOn() throws IOException {
        Corrections c = load("# a comment\n\ncorrections:\n" + correction(BY_SOURCE, "set: {value: 3600}")
                + "\n" + correction("{figure_id: f-x}", "reject: true")
                + "acknowledgements:\n  - rule: conflict\n    match: {figure_id: f-y}\n    reason: r\n"
                + "    editor: e\n    date: 2026-11-28\n");
        assertEquals(List.of(4, 11), c.corrections().stream().map(Corrections.Located::line).toList());
        assertEquals(List.of(18), c.acknowledgements().stream().map(Corrections.Located::line).toList());
    }

    @Test
    void correctsBySourceLineAndContainedSurfaceKeepingAsWritten() throws IOException {
        ValidationResult r = run(set(peacekeepers, crrf), "corrections:\n" + correction(BY_SOURCE, "set: {value: 3600}"));
        Figure fixed = Fixture.byId(r).get(peacekeepers.id);
        assertEquals(0, new BigDecimal("3600").compareTo(fixed.value()));
        assertEquals(0, new BigDecimal("3600").compareTo(fixed.valueLow()), "bounds scale with the value");
        assertEquals(0, new BigDecimal("3600000").compareTo(fixed.asWrittenValue()));
        assertEquals("약 360만 명", fixed.asWritten());
        assertEquals(Status.CORRECTED, fixed.status());
        assertEquals("scale error", fixed.note());
        assertEquals(List.of(), fixed.flags(), "corrected warnings are no longer flags");
        List<Finding> scale = of(r, "scale_error");
        assertEquals(1, scale.size());
        assertEquals(FindingStatus.CORRECTED, scale.get(0).status());
        assertEquals(FindingStatus.CORRECTED, of(r, "plausibility").get(0).status());
        assertEquals(1, r.decisions().size());
        assertEquals(2, r.decisions().get(0).correctionsLine());
    }

    @Test
    void correctsByFigureId() throws IOException {
        ValidationResult r = run(set(peacekeepers, crrf), "corrections:\n"
                + correction("{figure_id: " + crrf.id + "}", "set: {subject: CRRF personnel, qualifier: at_least}"));
        Figure fixed = Fixture.byId(r).get(crrf.id);
        assertEquals("CRRF personnel", fixed.subject());
        assertEquals(Status.CORRECTED, fixed.status());
        assertEquals(Status.EXTRACTED, Fixture.byId(r).get(peacekeepers.id).status());
    }

    @Test
    void aCorrectionThatMatchesNothingNamesItsLine() throws IOException {
        String yaml = "corrections:\n" + correction("{source_id: src-test, line: 2, surface: \"360만\"}",
                "set: {value: 3600}");
        PipelineException e = assertThrows(PipelineException.class, () -> run(set(peacekeepers, crrf), yaml));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith(SHOWN + ":2: this correction matches no figure"), e.getMessage());
    }

    @Test
    void twoCorrectionsOfOneFigureNameBothLines() throws IOException {
        String yaml = "corrections:\n" + correction(BY_SOURCE, "set: {value: 3600}")
                + correction("{figure_id: " + peacekeepers.id + "}", "set: {value: 360}");
        PipelineException e = assertThrows(PipelineException.class, () -> run(set(peacekeepers, crrf), yaml));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith(SHOWN + ":8: this correction and the one at line 2"), e.getMessage());
    }

    @Test
    void aRejectedFigureLeavesFiguresAndMentionsAndIsListed() throws IOException {
        ValidationResult r = run(set(peacekeepers, crrf), "corrections:\n" + correction(BY_SOURCE, "reject: true"));
        assertFalse(Fixture.byId(r).containsKey(peacekeepers.id));
        assertTrue(r.figures().mentions().stream().noneMatch(m -> m.figureId().equals(peacekeepers.id)));
        assertEquals("rejected", r.decisions().get(0).action().code());
        assertEquals(List.of("m-" + peacekeepers.id), r.decisions().get(0).mentionIds());
        assertTrue(of(r, "scale_error").stream().allMatch(x -> x.status() == FindingStatus.CORRECTED));
    }

    @Test
    void anAcknowledgedWarningIsNoLongerOpenButStillFlagged() throws IOException {
        ValidationResult r = run(set(caseA, caseB), "acknowledgements:\n  - rule: conflict\n"
                + "    match: {source_id: src-test, line: 6, surface: \"1,550건\"}\n"
                + "    reason: different operations\n    editor: tester\n    date: 2026-11-28\n");
        List<Finding> conflicts = of(r, "conflict");
        assertEquals(1, conflicts.size(), "one finding per fact");
        assertEquals(FindingStatus.ACKNOWLEDGED, conflicts.get(0).status());
        assertEquals(List.of("conflict"), Fixture.byId(r).get(caseA.id).flags());
        assertEquals(List.of("conflict"), Fixture.byId(r).get(caseB.id).flags());
        assertEquals("acknowledged", r.decisions().get(0).action().code());
        assertEquals("different operations", r.decisions().get(0).reason());
    }

    @Test
    void anAcknowledgementOfAnyFigureOfAConflictAcknowledgesTheGroup() throws IOException {
        Fixture.F caseC = f(4, "1,748건", Category.CRIMINAL_CASE, Unit.CASE, 1_748).subject("cases");
        ValidationResult r = run(set(caseA, caseB, caseC), "acknowledgements:\n  - rule: conflict\n"
                + "    match: {figure_id: " + caseC.id + "}\n"
                + "    reason: different operations\n    editor: tester\n    date: 2026-11-28\n");
        List<Finding> conflicts = of(r, "conflict");
        assertEquals(1, conflicts.size(), "one finding per fact");
        assertEquals(caseA.id, conflicts.get(0).figureId(), "named by the first figure of the group");
        assertEquals(FindingStatus.ACKNOWLEDGED, conflicts.get(0).status());
        for (Fixture.F x : List.of(caseA, caseB, caseC)) {
            assertEquals(List.of("conflict"), Fixture.byId(r).get(x.id).flags(), x.id);
        }
        FindingsTable.Row row = FindingsTable.rows(r).stream().filter(x -> x.finding().rule() == RuleId.CONFLICT)
                .findFirst().orElseThrow();
        assertEquals(caseC.id, row.decision().figureId(), "the acknowledgement is the finding's decision");
    }

    @Test
    void aCorrectionOfAnyFigureOfAConflictResolvesTheGroup() throws IOException {
        ValidationResult r = run(set(caseA, caseB), "corrections:\n  - match: {figure_id: " + caseB.id + "}\n"
                + "    set: {value: 1550}\n    reason: typo\n    evidence: the original\n    editor: tester\n"
                + "    date: 2026-11-28\n");
        List<Finding> conflicts = of(r, "conflict");
        assertEquals(1, conflicts.size());
        assertEquals(FindingStatus.CORRECTED, conflicts.get(0).status());
        assertEquals(List.of(), Fixture.byId(r).get(caseA.id).flags());
        FindingsTable.Row row = FindingsTable.rows(r).stream().filter(x -> x.finding().rule() == RuleId.CONFLICT)
                .findFirst().orElseThrow();
        assertEquals(caseB.id, row.decision().figureId());
    }

    @Test
    void anAcknowledgementWithoutAnOpenWarningNamesItsLine() throws IOException {
        String yaml = "acknowledgements:\n  - rule: conflict\n    match: {figure_id: " + crrf.id + "}\n"
                + "    reason: r\n    editor: e\n    date: 2026-11-28\n";
        PipelineException e = assertThrows(PipelineException.class, () -> run(set(crrf), yaml));
        assertTrue(e.getMessage().startsWith(SHOWN + ":2: this acknowledgement of conflict matches no open"),
                e.getMessage());
    }

    @Test
    void anErrorCannotBeAcknowledged() throws IOException {
        String yaml = "acknowledgements:\n  - rule: provenance\n    match: {figure_id: " + crrf.id + "}\n"
                + "    reason: r\n    editor: e\n    date: 2026-11-28\n";
        PipelineException e = assertThrows(PipelineException.class, () -> run(set(crrf), yaml));
        assertTrue(e.getMessage().startsWith(SHOWN + ":2: rule provenance has severity error"), e.getMessage());
    }

    @Test
    void aCorrectionThatBreaksAnIntervalFailsTheRun() throws IOException {
        ValidationResult r = run(set(peacekeepers), "corrections:\n"
                + correction(BY_SOURCE, "set: {value: 3600, value_low: 5000}"));
        assertTrue(r.failed());
        assertEquals(FindingStatus.OPEN, of(r, "interval").get(0).status());
    }

    @Test
    void malformedEntriesAreErrorsWithLineAndKey() {
        PipelineException unknownKey = assertThrows(PipelineException.class, () -> load("corrections:\n"
                + correction(BY_SOURCE, "set: {valeu: 3600}")));
        assertEquals(ExitCode.USAGE, unknownKey.exitCode());
        assertTrue(unknownKey.getMessage().startsWith(SHOWN + ":3:"), unknownKey.getMessage());
        assertTrue(unknownKey.getMessage().contains("valeu"), unknownKey.getMessage());

        PipelineException badUnit = assertThrows(PipelineException.class, () -> load("corrections:\n"
                + correction(BY_SOURCE, "set: {unit: persons}")));
        assertTrue(badUnit.getMessage().contains("unknown unit 'persons'"), badUnit.getMessage());

        PipelineException both = assertThrows(PipelineException.class, () -> load("corrections:\n"
                + correction(BY_SOURCE, "reject: true\n    set: {value: 1}")));
        assertTrue(both.getMessage().contains("either set"), both.getMessage());

        PipelineException noEvidence = assertThrows(PipelineException.class, () -> load("corrections:\n"
                + "  - match: " + BY_SOURCE + "\n    reject: true\n    reason: r\n    editor: e\n    date: 2026-11-28\n"));
        assertTrue(noEvidence.getMessage().contains("missing required key") && noEvidence.getMessage().contains("evidence"),
                noEvidence.getMessage());
    }

    @Test
    void theShippedFileLoads() {
        Corrections c = Corrections.load(Path.of("curated/corrections.yaml"), SHOWN);
        assertTrue(c.corrections().size() >= 1);
        assertNull(c.corrections().get(0).entry().reject());
    }
}
