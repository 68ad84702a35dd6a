package org.cstofigures.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cstofigures.cli.Main;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.CsvWriter;
import org.cstofigures.publish.DataPackageWriter;
import org.cstofigures.publish.ForeignKey;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Tables;
import org.cstofigures.validate.FindingsTable;
import org.cstofigures.publish.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two generated releases with known differences: a figure whose period was fixed (new id, same mention span),
 * a correction added, a figure removed, one added, a finding closed and one opened. {@code diff} must report
 * exactly those, from directories and from a git revision.
 */
class ReleaseDiffTest {

    private static final String SRC = "src-1";

    @TempDir
    Path tmp;

    @Test
    void reportsExactlyTheKnownDifferences() throws IOException {
        Path a = write(older(), tmp.resolve("a"));
        Path b = write(newer(), tmp.resolve("b"));
        List<Change> changes = ReleaseDiff.compare(Snapshot.fromDirectory(a), Snapshot.fromDirectory(b));
        List<String> got = changes.stream().map(ReleaseDiffTest::brief).toList();
        List<String> expected = List.of(
                "figures added f-4 - - - -",
                "figures removed f-3 - - - -",
                "figures changed f-1b f-1 figure_id f-1 f-1b",
                "figures changed f-1b f-1 period_end 2018-12-31 2018-11-02",
                "figures changed f-1b f-1 period_precision year day",
                "figures changed f-1b f-1 period_start 2018-01-01 2018-10-01",
                "figures changed f-2 - value 36000 36",
                "figures correction_added f-2 - status extracted corrected",
                "mentions added m-4 - - - -",
                "mentions removed m-3 - - - -",
                "mentions changed m-1 - period_start 2018-01-01 2018-10-01",
                "findings opened plausibility f-4 m-4 9 - - - -",
                "findings closed scale_error f-2 m-2 5 - status open corrected");
        assertEquals(expected.stream().sorted().toList(),
                got.stream().sorted().toList(), String.join("\n", got));
        String md = Changes.markdown(changes, "0.1.0", "0.2.0");
        assertTrue(md.contains("- **figures**: 1 added, 1 removed, 2 changed, 1 correction added"), md);
        assertTrue(md.contains("`f-1` → `f-1b` heroin 1.5톤 (Channel) line 3: period_start 2018-01-01 → 2018-10-01"),
                md);
        assertTrue(md.contains("#### Findings opened\n\n- `plausibility f-4 m-4 9` plausibility warning line 9"), md);
        assertTrue(md.contains("#### Findings closed"), md);
    }

    @Test
    void sameReleaseHasNoChanges() throws IOException {
        Path a = write(older(), tmp.resolve("a"));
        Path b = write(older(), tmp.resolve("b"));
        assertEquals(List.of(), ReleaseDiff.compare(Snapshot.fromDirectory(a), Snapshot.fromDirectory(b)));
    }

    @Test
    void cliReadsTheOlderReleaseFromAGitRevisionAndWritesCsvAndMarkdown() throws Exception {
        Path repo = tmp.resolve("repo");
        write(older(), repo.resolve("output"));
        git(repo, "init", "-q");
        git(repo, "add", "output");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "0.1.0");
        Path b = write(newer(), tmp.resolve("b"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"diff", "--repo", repo.toString(), "HEAD", b.toString(), "--out",
                tmp.resolve("changes").toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String csv = Files.readString(tmp.resolve("changes/changes.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("table,change,id,previous_id,field,old_value,new_value,label\r\n"), csv);
        assertTrue(csv.contains("figures,changed,f-1b,f-1,figure_id,f-1,f-1b,"), csv);
        assertEquals(14, csv.split("\r\n").length, csv);
        assertTrue(Files.readString(tmp.resolve("changes/changes.md")).contains("#### Corrections added"));

        StringWriter err2 = new StringWriter();
        int bad = Main.execute(new String[] {"diff", "--repo", repo.toString(), "no-such-rev", b.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertEquals(2, bad);
        assertTrue(err2.toString().startsWith("csto-figures: 'no-such-rev' is neither a release directory nor a"
                + " git revision"), err2.toString());
        assertEquals(1, err2.toString().strip().split("\n").length, err2.toString());
    }

    @Test
    void aRunPublishesTheChangesSinceThePinnedPreviousRelease() throws IOException {
        write(older(), tmp.resolve("releases/1.0.0"));
        Release r = ReleaseChanges.attach(withPrevious(newer(), "releases/1.0.0"), tmp);
        Table changes = r.table(Changes.NAME);
        // the 13 changes of the data, the changes table itself, and the codebook's 8 rows that describe it: what
        // diff says of the files the run writes
        assertEquals(22, changes.rows().size());
        Path written = write(r, tmp.resolve("written"));
        assertEquals(changes.rows().size(), ReleaseDiff.compare(Snapshot.fromDirectory(tmp.resolve("releases/1.0.0")),
                Snapshot.fromDirectory(written)).size());
        assertEquals(List.of("figures", "mentions", "sources", "changes"),
                r.tables().stream().map(Table::name).toList());
        assertTrue(changes.description().contains("since release 1.0.0"), changes.description());
    }

    @Test
    void aRunWithoutItsPinnedPreviousReleaseSaysWhatToDo() {
        Release r = withPrevious(newer(), "releases/9.9.9");
        PipelineException e = assertThrows(PipelineException.class, () -> ReleaseChanges.attach(r, tmp));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("release.previous.path 'releases/9.9.9' holds no pinned release"),
                e.getMessage());
    }

    private static Release withPrevious(Release r, String path) {
        ReleaseMetadata m = r.metadata();
        ReleaseMetadata p = new ReleaseMetadata(m.name(), m.title(), m.description(), m.version(), m.license(),
                m.codeLicense(), m.keywords(), m.created(), m.contributors(), m.citation(), m.homepage(), null,
                null, new ReleaseMetadata.Previous("1.0.0", path));
        return new Release(p, r.sources(), r.tables(), r.findings(), r.validationReport(), r.provenance());
    }

    private static String brief(Change c) {
        return String.join(" ", c.table(), c.change(), c.id(), dash(c.previousId()), dash(c.field()),
                dash(c.oldValue()), dash(c.newValue()));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static Path write(Release r, Path dir) throws IOException {
        Files.createDirectories(dir);
        new CsvWriter().write(r, dir);
        new DataPackageWriter().write(r, dir);
        return dir;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    // ---- the two releases ------------------------------------------------------------------------------------

    private static Release older() {
        return release(
                List.of(figure("f-1", "heroin", "1.5톤", "1500", "2018-01-01", "2018-12-31", "year", "extracted", 3),
                        figure("f-2", "peacekeepers", "3만 6천 명", "36000", null, null, null, "extracted", 5),
                        figure("f-3", "cocaine", "2kg", "2", null, null, null, "extracted", 7)),
                List.of(mention("m-1", "f-1", 3, 10, "1.5톤", "2018-01-01"), mention("m-2", "f-2", 5, 50, "3만 6천 명",
                        null), mention("m-3", "f-3", 7, 90, "2kg", null)),
                List.of(finding("scale_error", "open", "f-2", "m-2", 5)));
    }

    private static Release newer() {
        List<Object> corrected = figure("f-2", "peacekeepers", "3만 6천 명", "36", null, null, null, "corrected", 5);
        corrected.set(Tables.FIGURES.schema().indexOf(col(Tables.FIGURES.schema(), "as_written_value")), new BigDecimal("36000"));
        return release(
                List.of(figure("f-1b", "heroin", "1.5톤", "1500", "2018-10-01", "2018-11-02", "day", "extracted", 3),
                        corrected,
                        figure("f-4", "firearms", "12정", "12", null, null, null, "extracted", 9)),
                List.of(mention("m-1", "f-1b", 3, 10, "1.5톤", "2018-10-01"), mention("m-2", "f-2", 5, 50,
                        "3만 6천 명", null), mention("m-4", "f-4", 9, 120, "12정", null)),
                List.of(finding("scale_error", "corrected", "f-2", "m-2", 5),
                        finding("plausibility", "open", "f-4", "m-4", 9)));
    }

    private static Column col(List<Column> cols, String name) {
        return cols.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Object> figure(String id, String subject, String asWritten, String value, String start,
            String end, String precision, String status, int line) {
        return row(Tables.FIGURES.schema(), "figure_id", id, "category", "other", "subject", subject, "subject_ko", "말",
                "operation", "Channel", "value", new BigDecimal(value), "unit", "other", "qualifier", "exact",
                "as_written", asWritten, "as_written_value", new BigDecimal(value),
                "period_start", start == null ? null : LocalDate.parse(start),
                "period_end", end == null ? null : LocalDate.parse(end), "period_precision", precision,
                "status", status, "mention_count", 1, "source_id", SRC, "first_line", line, "quote", "문장.");
    }

    private static List<Object> mention(String id, String figure, int line, int start, String surface,
            String periodStart) {
        return row(Tables.MENTIONS.schema(), "mention_id", id, "figure_id", figure, "source_id", SRC, "line", line,
                "char_start", start, "char_end", start + surface.length(), "surface", surface, "sentence", "문장.",
                "unit", "other", "qualifier", "exact", "category", "other", "subject", "x", "subject_ko", "말",
                "period_start", periodStart == null ? null : LocalDate.parse(periodStart), "rule", "r");
    }

    private static List<Object> finding(String rule, String status, String figure, String mention, int line) {
        return row(FindingsTable.DEFINITION.schema(), "rule", rule, "severity", "warning", "status", status, "figure_id", figure,
                "mention_ids", mention, "line", line, "message", rule + " on " + figure);
    }

    private static Release release(List<List<Object>> figures, List<List<Object>> mentions,
            List<List<Object>> findings) {
        ReleaseMetadata meta = new ReleaseMetadata("t", "T", "D", "1.0.0",
                new ReleaseMetadata.Licence("CC-BY-4.0", "CC BY", "https://creativecommons.org/licenses/by/4.0/"),
                new ReleaseMetadata.Licence("Apache-2.0", "Apache", "https://www.apache.org/licenses/LICENSE-2.0"),
                List.of("k"), LocalDate.of(2026, 11, 28), List.of(new ReleaseMetadata.Contributor("t", "author")),
                "T (2026).", null);
        Source src = new Source(SRC, "raw/t.txt", "00", 1, "제목", "ko", null, null, null, null, null, null, null);
        Table f = new Table("figures", "Figures", "F", Tables.FIGURES.schema(), figures, List.of("figure_id"),
                List.of(new ForeignKey("source_id", "sources", "source_id")));
        Table m = new Table("mentions", "Mentions", "M", Tables.MENTIONS.schema(), mentions, List.of("mention_id"),
                List.of(new ForeignKey("figure_id", "figures", "figure_id")));
        Table s = new Table("sources", "Sources", "S", Tables.SOURCES.schema(), List.of(Arrays.asList(SRC, "raw/t.txt", "00",
                1, "제목", "ko", null, null, null, null, null, null, null)), List.of("source_id"), List.of());
        Table fi = new Table("findings", "Findings", "V", FindingsTable.DEFINITION.schema(), findings, List.of(), List.of());
        return new Release(meta, List.of(src), List.of(f, m, s), fi, Map.of(), Map.of());
    }

    private static List<Object> row(List<Column> cols, Object... kv) {
        List<Object> r = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            r.add(null);
        }
        for (int i = 0; i < kv.length; i += 2) {
            r.set(cols.indexOf(col(cols, (String) kv[i])), kv[i + 1]);
        }
        return r;
    }
}
