package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.publish.CsvWriter;
import org.cstofigures.publish.Format;
import org.cstofigures.publish.FormatWriter;
import org.cstofigures.publish.OutputLock;
import org.cstofigures.publish.Publisher;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Table;
import org.cstofigures.publish.Tables;
import org.cstofigures.publish.ValidationReportWriter;
import org.cstofigures.validate.FindingsTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault battery of issue 7 that runs in-process: an output directory that cannot be written, a disk that
 * fills up mid-write, a run killed between the two renames of the swap, and a second run while one holds the
 * lock. In every case output/ is byte-identical to before (or, after recovery, fully new), staging and previous
 * directories are gone, and the message is one line with exit 3. Killing a real process is in ProcessBatteryIT.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class FaultBatteryTest {

    @TempDir
    Path dir;

    private TestProject published() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.run().assertOk();
        return p;
    }

    private static void assertNoLeftovers(Path output) {
        assertFalse(Files.exists(Publisher.stagingDir(output)), "staging directory left behind");
        assertFalse(Files.exists(Publisher.previousDir(output)), "previous directory left behind");
    }

    // ---- output directory not writable -------------------------------------------------------------------------

    /** chattr +i stops even root from creating, renaming or deleting entries in a directory. */
    private static boolean immutable(Path p, boolean on) throws IOException, InterruptedException {
        Process pr = new ProcessBuilder("chattr", on ? "+i" : "-i", p.toString()).redirectErrorStream(true).start();
        pr.getInputStream().readAllBytes();
        return pr.waitFor() == 0;
    }

    @Test
    void parentOfOutputNotWritable() throws Exception {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        assumeTrue(immutable(p.root(), true), "chattr +i is not available here");
        try {
            p.run().assertError(3, p.output().toString(), "cannot write the release", "Operation not permitted",
                    "left as it was");
            assertEquals(before, TestProject.snapshot(p.output()));
        } finally {
            immutable(p.root(), false);
        }
        assertNoLeftovers(p.output());
        p.run().assertOk();
        assertEquals(before, TestProject.snapshot(p.output()), "the next run publishes the same bytes");
    }

    @Test
    void outputItselfNotWritable() throws Exception {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        assumeTrue(immutable(p.output(), true), "chattr +i is not available here");
        try {
            p.run().assertError(3, p.output().toString(), "cannot write the release");
            assertEquals(before, TestProject.snapshot(p.output()));
            assertNoLeftovers(p.output());
        } finally {
            immutable(p.output(), false);
        }
        p.run().assertOk();
    }

    @Test
    void outputIsAFile() throws IOException {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        Files.writeString(p.output(), "not a directory");
        p.run().assertError(3, "output: exists and is not a directory");
        assertEquals("not a directory", Files.readString(p.output()));
    }

    // ---- disk full ---------------------------------------------------------------------------------------------

    /** A writer whose device is full after {@code budget} bytes: it writes that many and then fails. */
    record DiskFullAfter(long budget, FormatWriter real) implements FormatWriter {
        @Override
        public Format declaration() {
            return real.declaration();
        }

        @Override
        public List<String> write(Release release, Path dir) throws IOException {
            Path scratch = Files.createTempDirectory("csto-diskfull");
            List<String> files = real.write(release, scratch);
            long left = budget;
            List<String> written = new ArrayList<>();
            for (String f : files) {
                byte[] b = Files.readAllBytes(scratch.resolve(f));
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    int n = (int) Math.min(left, b.length);
                    out.write(b, 0, n);
                    left -= n;
                    if (n < b.length) {
                        throw new IOException("No space left on device");
                    }
                }
                written.add(f);
            }
            org.cstofigures.publish.Dirs.deleteRecursively(scratch);
            return written;
        }
    }

    private Release release() {
        PipelineConfig c = new YamlFiles().read(TestProject.PROJECT.resolve("pipeline.yaml"), "pipeline.yaml",
                PipelineConfig.class);
        Table findings = new Table("findings", "Validation findings", "none", FindingsTable.DEFINITION.schema(), List.of(), List.of(),
                List.of());
        return new Release(c.release(), List.of(), List.of(Tables.FIGURES.render(List.of()), Tables.MENTIONS.render(List.of()),
                Tables.SOURCES.render(List.of())), findings, Map.of("summary", "x"), Map.of("pipeline_version", "test"));
    }

    /** Where the disk fills up, as a fraction of what the CSV writer writes: the edges and seeded random points. */
    static Stream<Double> budgets() {
        Random r = new Random(7);
        return Stream.concat(Stream.of(0.0, 0.001, 0.5, 0.999), IntStream.range(0, 4).mapToObj(i -> r.nextDouble()));
    }

    @ParameterizedTest(name = "disk full after {0} of the bytes")
    @MethodSource("budgets")
    void diskFullMidWrite(double fraction) throws IOException {
        TestProject p = published();
        Path probe = Files.createDirectories(dir.resolve("probe"));
        long total = 0;
        for (String f : new CsvWriter().write(release(), probe)) {
            total += Files.size(probe.resolve(f));
        }
        long budget = Math.min(total - 1, (long) (total * fraction));
        Map<String, String> before = TestProject.snapshot(p.output());
        Publisher pub = new Publisher(List.of(new DiskFullAfter(budget, new CsvWriter())),
                List.of(new ValidationReportWriter()));
        PipelineException e = assertThrows(PipelineException.class, () -> pub.publish(release(), p.output()));
        assertEquals(ExitCode.IO, e.exitCode());
        assertTrue(e.getMessage().startsWith(p.output().toString() + ": cannot write the release (No space left on"
                + " device)"), e.getMessage());
        TestProject.assertOneLine("csto-figures: " + e.getMessage());
        assertEquals(before, TestProject.snapshot(p.output()));
        assertNoLeftovers(p.output());
    }

    @Test
    void diskFullInTheLastMetadataWriter() {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        Publisher pub = new Publisher(List.of(new CsvWriter()), List.of(new DiskFullAfter(10,
                new ValidationReportWriter())));
        PipelineException e = assertThrows(PipelineException.class, () -> pub.publish(release(), p.output()));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(before, TestProject.snapshot(p.output()));
        assertNoLeftovers(p.output());
    }

    @Test
    void writerBugIsReportedAndLeavesOutput() {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        FormatWriter buggy = new FormatWriter() {
            @Override
            public Format declaration() {
                return new CsvWriter().declaration();
            }

            @Override
            public List<String> write(Release release, Path d) throws IOException {
                Files.writeString(d.resolve("half.csv"), "a,b\n");
                throw new IllegalStateException("writer bug");
            }
        };
        PipelineException e = assertThrows(PipelineException.class,
                () -> new Publisher(List.of(buggy), List.of()).publish(release(), p.output()));
        assertTrue(e.getMessage().contains("writer bug"));
        assertEquals(before, TestProject.snapshot(p.output()));
        assertNoLeftovers(p.output());
    }

    // ---- killed between the two renames of the swap -------------------------------------------------------------

    @Test
    void killedBetweenTheTwoRenames() throws IOException {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        // the state a kill leaves after "output → .output-previous" and before "staging → output"
        Files.move(p.output(), Publisher.previousDir(p.output()));
        Files.createDirectories(Publisher.stagingDir(p.output()).resolve("csv"));
        Files.writeString(Publisher.stagingDir(p.output()).resolve("csv/figures.csv"), "half");
        Publisher.recover(p.output());
        assertEquals(before, TestProject.snapshot(p.output()), "recover restores the previous output exactly");
        assertNoLeftovers(p.output());
        // and straight through the CLI
        Files.move(p.output(), Publisher.previousDir(p.output()));
        p.run().assertOk();
        assertEquals(before, TestProject.snapshot(p.output()));
        assertNoLeftovers(p.output());
    }

    @Test
    void killedWhileDeletingThePreviousOutput() throws IOException {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        Path prev = Publisher.previousDir(p.output());
        Files.createDirectories(prev.resolve("csv"));
        Files.writeString(prev.resolve("csv/old.csv"), "old");
        p.run().assertOk();
        assertEquals(before, TestProject.snapshot(p.output()));
        assertNoLeftovers(p.output());
    }

    // ---- two runs at once ---------------------------------------------------------------------------------------

    @Test
    void secondRunRefusesWhileTheLockIsHeld() {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        try (OutputLock held = OutputLock.acquire(p.output())) {
            p.run().assertError(3, "another run is publishing to the same output directory",
                    "wait for it to finish and run again");
            assertEquals(before, TestProject.snapshot(p.output()));
        }
        p.run().assertOk();
    }
}
