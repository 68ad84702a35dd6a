package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration battery of issue 7 (and the foundation's configuration and manifest checks): a hand-edited
 * pipeline.yaml or raw/sources.yaml ends the run with exit 2 (3 for checksums and unreadable files) and one
 * line naming the file, the line where it applies and the key, and output/ stays exactly as it was.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class ConfigBatteryTest {

    private static final String SHA = "f618730e5c10c479df2dd010aca266fe4a28c308ece394d152ff250d971b75fb";

    /** An edit of the project copy and the message it must produce; {@code marker} locates the expected line. */
    record Case(String name, Consumer<TestProject> edit, int code, String file, String marker, List<String> fragments) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case config(String name, String from, String to, String marker, String... fragments) {
        return new Case(name, p -> p.replaceIn(p.config(), from, to), 2, "pipeline.yaml", marker, List.of(fragments));
    }

    private static Case manifest(String name, int code, String from, String to, String marker, String... fragments) {
        return new Case(name, p -> p.replaceIn(p.manifest(), from, to), code, "raw/sources.yaml", marker,
                List.of(fragments));
    }

    private static Case whole(String name, int code, String file, byte[] content, String... fragments) {
        return new Case(name, p -> TestProject.write(p.root().resolve(file), content), code, file, null,
                List.of(fragments));
    }

    static Stream<Case> cases() {
        String firstEntry = "  - id: csto-odkb-ko-2019\n    path: csto-odkb-reference-ko-2019-09-06.txt\n    sha256: "
                + SHA + "\n    bytes: 52219\n";
        String rest = "    title: t\n    language: ko\n    published: 2019-09-06\n    retrieved: 2026-11-28\n"
                + "    rights: r\n";
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        return Stream.of(
                config("invalid-yaml", "  curated: curated", "  curated: \"curated", null, "invalid YAML"),
                config("flow-list-for-text", "  curated: curated", "  curated: [curated", "curated: [",
                        "key 'paths.curated' has the wrong type: expected string"),
                config("tab-indent", "  curated: curated", "\tcurated: curated", null, "invalid YAML"),
                config("unknown-key", "  output: output", "  output: output\n  outptu: out", "outptu",
                        "unknown key 'paths.outptu'", "allowed here: curated, output, sources"),
                config("unknown-top-key", "paths:\n", "verbose: true\npaths:\n", "verbose", "unknown key 'verbose'"),
                config("missing-key", "  curated: curated", "  # curated removed", "paths:",
                        "missing required key 'paths.curated'"),
                config("wrong-type", "  name: csto-figures", "  name: [csto, figures]", "name: [csto",
                        "key 'release.name' has the wrong type"),
                config("wrong-date", "  created: 2026-11-30", "  created: 30.11.2026", "created:",
                        "key 'release.created'", "date (YYYY-MM-DD)"),
                config("number-for-text", "  name: csto-figures", "  name: 42", "name: 42",
                        "key 'release.name' has the wrong type"),
                config("null-value", "  name: csto-figures", "  name: ~", "release:", "release", "empty (null or ~)"),
                config("duplicate-key", "  output: output", "  output: output\n  output: elsewhere", "output: elsewhere",
                        "Duplicate field 'output'"),
                config("output-escapes", "  output: output", "  output: ../output", "output:",
                        "paths.output '../output' leaves the project"),
                config("output-escapes-deep", "  output: output", "  output: out/../../x", null,
                        "paths.output 'out/../../x' leaves the project"),
                config("output-absolute", "  output: output", "  output: /tmp/csto-output", "output:",
                        "paths.output '/tmp/csto-output' is absolute"),
                config("output-is-project", "  output: output", "  output: .", "output:",
                        "paths.output '.' is the project directory itself"),
                config("output-is-raw", "  output: output", "  output: raw", null,
                        "paths.output 'raw' overlaps paths.sources or paths.curated"),
                config("output-in-curated", "  output: output", "  output: curated/out", null, "overlaps"),
                config("output-is-config", "  output: output", "  output: pipeline.yaml", null, "configuration file"),
                config("sources-escape", "  sources: raw/sources.yaml", "  sources: ../raw/sources.yaml", null,
                        "paths.sources '../raw/sources.yaml' leaves the project"),
                config("curated-absolute", "  curated: curated", "  curated: /etc", null,
                        "paths.curated '/etc' is absolute"),
                config("unknown-format", "formats: [csv", "formats: [csv, pdf", "formats:", "unknown format 'pdf'"),
                config("formats-empty", "formats: [csv, json, xlsx, parquet]", "formats: []", "formats: []",
                        "formats is empty"),
                config("version-not-semantic", "  version: 0.2.0", "  version: v0.2.0", "version: v0.2.0",
                        "release.version 'v0.2.0' must be a semantic version"),
                config("version-read-as-number", "  version: 0.2.0", "  version: 0.2", "version: 0.2",
                        "'0.2' reads as a number", "put it in quotes"),
                config("licence-not-an-spdx-id", "    name: CC-BY-4.0", "    name: CC BY", "name: CC BY",
                        "release.license.name 'CC BY' is not an SPDX licence id"),
                config("name-not-a-package-name", "  name: csto-figures", "  name: CSTO Figures", "name: CSTO",
                        "release.name 'CSTO Figures' must be lower-case"),
                whole("empty-config", 2, "pipeline.yaml", new byte[0], "pipeline.yaml:1: the file is empty"),
                whole("comments-only-config", 2, "pipeline.yaml", "# nothing\n".getBytes(StandardCharsets.UTF_8),
                        "the file is empty"),
                whole("list-config", 2, "pipeline.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8),
                        "expected a mapping of keys"),
                whole("binary-config", 2, "pipeline.yaml", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'a'},
                        "pipeline.yaml: not valid UTF-8"),
                whole("alias-bomb", 2, "pipeline.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8),
                        "pipeline.yaml"),
                whole("deep-nesting", 2, "pipeline.yaml", ("paths: " + "[".repeat(5000) + "]".repeat(5000))
                        .getBytes(StandardCharsets.UTF_8), "pipeline.yaml:1:", "key 'paths' has the wrong type: expected"
                                + " mapping of keys"),
                manifest("source-twice-id", 2, "sources:\n", "sources:\n" + firstEntry.replace("path: csto", "path: ./x")
                        + rest, null, "source id 'csto-odkb-ko-2019' is listed twice"),
                manifest("source-twice-path", 2, "sources:\n", "sources:\n" + firstEntry.replace("id: csto-odkb-ko-2019",
                        "id: again").replace("path: ", "path: ./") + rest, null,
                        "source path 'csto-odkb-reference-ko-2019-09-06.txt' is listed twice"),
                manifest("source-path-escapes", 2, "path: csto-odkb", "path: ../pipeline.yaml#", "- id: csto",
                        "must be relative to raw/ and stay inside it"),
                manifest("source-path-absolute", 2, "path: csto-odkb", "path: /etc/passwd#", null,
                        "path '/etc/passwd#", "must be relative to raw/"),
                manifest("sha256-mismatch", 3, SHA, "0123456789abcdef".repeat(4), null,
                        "raw/csto-odkb-reference-ko-2019-09-06.txt: sha256 mismatch", "raw/sources.yaml says "
                                + "0123456789abcdef".repeat(4), "file has " + SHA),
                manifest("size-mismatch", 3, "bytes: 52219", "bytes: 52218", null,
                        "raw/csto-odkb-reference-ko-2019-09-06.txt: size mismatch", "says 52218 bytes, file has 52219",
                        "restore the file as received, or record the new file"),
                manifest("sha256-malformed", 2, SHA, "not-a-hash", "- id: csto", "must be 64 lower-case hex digits"),
                manifest("manifest-unknown-key", 2, "    bytes: 52219", "    bytes: 52219\n    checksum: abc", "checksum",
                        "unknown key 'sources[0].checksum'"),
                manifest("manifest-missing-key", 2, "    bytes: 52219\n", "", "- id: csto",
                        "missing required key 'sources[0].bytes'"),
                manifest("manifest-mistyped", 2, "    bytes: 52219", "    bytes: lots", "bytes: lots",
                        "key 'sources[0].bytes' has the wrong type"),
                manifest("manifest-bad-date", 2, "published: 2019-09-06", "published: 2019-02-30", "published:",
                        "sources[0].published"),
                manifest("manifest-empty-list", 2, "sources:\n", "sources: []\nx:\n", null, "raw/sources.yaml"),
                new Case("config-is-directory", p -> {
                    try {
                        Files.delete(p.config());
                        Files.createDirectory(p.config());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, 3, "pipeline.yaml", null, List.of("is a directory")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLine(Case c, @TempDir Path dir) {
        TestProject p = TestProject.copyInto(dir);
        p.run().assertOk();
        Map<String, String> before = TestProject.snapshot(p.output());
        c.edit().accept(p);
        TestProject.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> p.run());
        r.assertError(c.code(), c.fragments().toArray(new String[0]));
        String where = c.file() + (c.marker() == null ? "" : ":" + lineOf(p.root().resolve(c.file()), c.marker()));
        r.assertError(c.code(), where);
        assertEquals(before, TestProject.snapshot(p.output()), "output/ changed");
    }

    /**
     * A correction that names nothing (a figure id that does not exist, a surface not on that line) is an error
     * naming its line in curated/corrections.yaml, exit 2. Runs once the corrections file exists (the validate
     * branch adds it); skipped before.
     */
    @ParameterizedTest(name = "correction matching nothing: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{figure_id: f-000000000000}",
        "{source_id: csto-odkb-ko-2019, line: 1, surface: \"987654321명\"}"})
    void correctionThatNamesNothing(String match, @TempDir Path dir) {
        TestProject p = TestProject.copyInto(dir);
        Path corrections = p.root().resolve("curated/corrections.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(corrections)
                && TestProject.read(corrections).contains("corrections:\n"), "no curated/corrections.yaml yet");
        p.run().assertOk();
        Map<String, String> before = TestProject.snapshot(p.output());
        p.replaceIn(corrections, "corrections:\n", "corrections:\n  - match: " + match + "\n    set: {value: 1}\n"
                + "    reason: hostile test\n    evidence: none\n    editor: test\n    date: 2026-11-28\n");
        p.run().assertError(2, "curated/corrections.yaml:" + lineOf(corrections, "  - match: " + match) + ":",
                "matches no");
        assertEquals(before, TestProject.snapshot(p.output()), "output/ changed");
    }

    private static int lineOf(Path file, String marker) {
        List<String> lines = List.of(TestProject.read(file).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker + " not in " + file);
    }
}
