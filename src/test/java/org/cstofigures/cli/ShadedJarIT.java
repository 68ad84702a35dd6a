package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * on a copy of the project publishes exactly the committed output/ (CSV, XLSX, Parquet, JSON, the package), and
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
