package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cstofigures.hostile.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors: exit 2 and one line that says what to try; help and version: exit 0. */
class MainTest {

    @Test
    void noCommand() {
        TestProject.execute().assertError(2, "choose a command: run, extract or diff", "--help");
    }

    @Test
    void unknownCommand() {
        TestProject.execute("publish-everything").assertError(2, "unknown command 'publish-everything'",
                "the commands are run, extract and diff", "--help");
        TestProject.execute("rnu").assertError(2, "unknown command 'rnu'; did you mean 'run'", "--help");
    }

    /** diff --out never writes into a release (its datapackage.json lists every file with its hash). */
    @Test
    void diffRefusesToWriteIntoARelease(@TempDir Path dir) throws Exception {
        Path release = dir.resolve("rel");
        Files.createDirectories(release.resolve("csv"));
        Files.writeString(release.resolve("csv/figures.csv"), "figure_id\r\nf-1\r\n");
        Files.writeString(release.resolve("datapackage.json"),
                "{\"profile\": \"data-package\", \"provenance\": {\"pipeline_version\": \"0.2.0\"}}");
        TestProject.execute("diff", "--out", release.resolve("csv").toString(), release.toString(), release.toString())
                .assertError(2, "is inside the release in", "write the changes elsewhere");
        assertTrue(!Files.exists(release.resolve("csv/changes.csv")), "nothing written");
        TestProject.Result ok = TestProject.execute("diff", "--out", dir.resolve("elsewhere").toString(),
                release.toString(), release.toString());
        assertEquals(0, ok.code(), ok.err());
    }

    /**
     * A file that fails half-way: whatever rows were written before the fault, the JSON array is left open, so no
     * reader takes it for a complete result; CP949 bytes get the command that converts them.
     */
    @Test
    void aFailedExtractLeavesItsJsonArrayOpenAndNamesCp949(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mixed.txt");
        byte[] good = "헤로인 12톤을 압수했다.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC7, (byte) 0xD1, (byte) 0xB1, (byte) 0xDB, ' ', '1', '2', (byte) 0xB8, (byte) 0xED, '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(f, all);
        TestProject.Result r = TestProject.execute("extract", "--format", "json", f.toString());
        r.assertError(3, "mixed.txt:2: not valid UTF-8", "CP949/EUC-KR: iconv -f CP949 -t UTF-8");
        assertTrue(r.out().startsWith("[") && !r.out().strip().endsWith("]"), r.out());
        TestProject.Result ok = TestProject.execute("extract", "--format", "json", dir.resolve("ok.txt").toString());
        assertEquals(3, ok.code()); // missing: refused before anything is printed
        assertEquals("", ok.out());
        Files.write(dir.resolve("fine.txt"), good);
        TestProject.Result fine = TestProject.execute("extract", "--format", "json", dir.resolve("fine.txt").toString());
        assertEquals(0, fine.code(), fine.err());
        assertTrue(fine.out().strip().endsWith("]"), fine.out());
    }

    @Test
    void diffWithoutArgumentsNamesOnlyOldAsRequired() {
        TestProject.Result r = TestProject.execute("diff");
        r.assertError(2, "'OLD'", "diff --help");
        assertTrue(!r.err().contains("'NEW'"), r.err());
        TestProject.Result h = TestProject.execute("diff", "--help");
        assertTrue(h.out().contains("OLD [NEW]"), h.out());
    }

    @Test
    void extractWithoutFile() {
        TestProject.execute("extract").assertError(2, "FILE", "extract --help");
    }

    @Test
    void badDate(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "12명");
        TestProject.execute("extract", "--published", "2019-13-01", f.toString())
                .assertError(2, "'2019-13-01' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void badFormat(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "12명");
        TestProject.execute("extract", "--format", "xml", f.toString()).assertError(2, "--format", "xml");
    }

    @Test
    void missingConfig(@TempDir Path dir) {
        TestProject.execute("run", "--config", dir.resolve("nope.yaml").toString())
                .assertError(3, "nope.yaml: file not found", "--config");
    }

    @Test
    void helpAndVersion() {
        TestProject.Result h = TestProject.execute("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("Exit codes:"), h.out());
        TestProject.Result v = TestProject.execute("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("csto-figures "), v.out());
    }

    @Test
    void extractWritesToTheGivenWriterAsJson(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "첫째\n둘째 12명\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"extract", "--format", "json", f.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String json = out.toString();
        assertTrue(json.startsWith("[") && json.strip().endsWith("]"), json);
        var rows = org.cstofigures.config.YamlFiles.jsonMapper().readTree(json);
        assertEquals(2, rows.get(0).get("line").asInt());
        assertEquals("12명", rows.get(0).get("surface").asText());
    }

    @Test
    void oneLineFoldsLineBreaks() {
        assertEquals("a b c d", Main.oneLine("a\nb\r\nc\rd"));
    }
}
