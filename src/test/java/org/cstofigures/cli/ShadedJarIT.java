package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cstofigures.hostile.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, with the transitive jars and classes the pom leaves out, still writes every format: {@code run}
 * on a copy of the project publishes exactly the committed output/ (CSV, XLSX, Parquet, JSON, the package), a
 * larger release (the workbook's rows past SXSSF's in-memory window, Parquet pages past one dictionary) is written
 * and read back, the XLSX and Parquet writers' refusals of a value they cannot hold are one message each, and
 * {@code extract} prints CSV and JSON. Run by maven-failsafe-plugin after package.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("csto.jar", "target/csto-figures.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void runPublishesTheCommittedOutputByteForByte(@TempDir Path dir) throws Exception {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        Path err = dir.resolve("run.err");
        Process proc = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "run", "--config", p.config().toString())
                .redirectOutput(dir.resolve("run.out").toFile()).redirectError(err.toFile()).start();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "run did not finish");
        assertEquals(0, proc.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        Map<String, String> published = TestProject.snapshot(p.output());
        assertTrue(published.keySet().stream().anyMatch(f -> f.endsWith(".parquet")), published.keySet().toString());
        assertTrue(published.keySet().stream().anyMatch(f -> f.endsWith(".xlsx")), published.keySet().toString());
        assertEquals(TestProject.snapshot(TestProject.PROJECT.resolve("output")), published);
    }

    private static Process run(TestProject p, Path dir) throws Exception {
        return new ProcessBuilder(JAVA, "-jar", JAR.toString(), "run", "--config", p.config().toString())
                .redirectOutput(dir.resolve("run.out").toFile()).redirectError(dir.resolve("run.err").toFile()).start();
    }

    @Test
    void runWritesAndReadsBackALargerReleaseInEveryFormat(@TempDir Path dir) throws Exception {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        byte[] seed = Files.readAllBytes(p.raw().resolve("csto-odkb-reference-ko-2019-09-06.txt"));
        java.io.ByteArrayOutputStream ten = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 10; i++) {
            ten.write(seed);
        }
        p.addSource("again", "again.txt", ten.toByteArray());
        Process proc = run(p, dir);
        assertTrue(proc.waitFor(300, TimeUnit.SECONDS), "run did not finish");
        assertEquals(0, proc.exitValue(), Files.readString(dir.resolve("run.err"), StandardCharsets.UTF_8));
        long mentions = Files.readAllLines(p.output().resolve("csv/mentions.csv"), StandardCharsets.UTF_8).size();
        assertTrue(mentions > 500, "mentions: " + mentions);
        for (String f : List.of("xlsx/csto-figures.xlsx", "parquet/mentions.parquet", "json/mentions.json",
                "datapackage.json", "site/index.html")) {
            assertTrue(Files.size(p.output().resolve(f)) > 0, f);
        }
    }

    /**
     * Values at the edge of what the formats hold (17 significant digits, a gram finer than the kg scale): whether
     * the release represents them or refuses them, the XLSX and Parquet writers' paths for them run in the shaded
     * jar without a missing class: exit 0 with the value published, or exit 3 with one message naming it.
     */
    @Test
    void edgeValuesGoThroughTheXlsxAndParquetWritersOfTheShadedJar(@TempDir Path dir) throws Exception {
        // the text, what mentions.csv shows when the value is published, what the message names when it is not
        List<List<String>> cases = List.of(
                List.of("2019년 병력 12345678901234567명이 참가했다.\n", "12345678901234567", "12345678901234567"),
                List.of("2019년 헤로인 1.5그램을 압수했다.\n", "1.5그램", "0.0015"));
        int i = 0;
        for (List<String> c : cases) {
            Path d = Files.createDirectories(dir.resolve("case" + i++));
            TestProject p = TestProject.copyInto(d.resolve("project"));
            p.addSource("edge", "edge.txt", c.get(0).getBytes(StandardCharsets.UTF_8));
            Process proc = run(p, d);
            assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "run did not finish");
            String err = Files.readString(d.resolve("run.err"), StandardCharsets.UTF_8);
            assertFalse(err.contains("NoClassDefFoundError") || err.contains("ClassNotFoundException"), err);
            if (proc.exitValue() == 0) {
                assertTrue(Files.readString(p.output().resolve("csv/mentions.csv"), StandardCharsets.UTF_8)
                        .contains(c.get(1)), c.get(0));
                assertTrue(Files.size(p.output().resolve("parquet/mentions.parquet")) > 0);
                assertTrue(Files.size(p.output().resolve("xlsx/csto-figures.xlsx")) > 0);
            } else {
                assertEquals(3, proc.exitValue(), err);
                TestProject.assertOneLine(err);
                assertTrue(err.contains(c.get(2)) && err.contains("output/ was left as it was"), err);
            }
        }
    }

    @Test
    void extractPrintsCsvAndJson(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "세관은 헤로인 12톤을 압수했다.\n", StandardCharsets.UTF_8);
        for (String format : List.of("csv", "json")) {
            Path out = dir.resolve("out." + format);
            Process proc = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "extract", "--format", format,
                    in.toString()).redirectOutput(out.toFile()).redirectError(dir.resolve("err").toFile()).start();
            assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, proc.exitValue());
            assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("12톤"), format);
        }
    }
}
