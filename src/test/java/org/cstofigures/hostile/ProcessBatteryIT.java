package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstofigures.publish.Publisher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The battery cases that need a real process: the shaded jar on a 200 MB file without a newline under
 * -Xmx256m, SIGKILL in the middle of publishing, two runs at once, and a file the user may not read. Run by
 * maven-failsafe-plugin after package ({@code mvn verify}); the slow ones are tagged "slow".
 */
class ProcessBatteryIT {

    private static final Path JAR = Path.of(System.getProperty("csto.jar", "target/csto-figures.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    /** A started jar: its process and where its stdout and stderr go. */
    record Run(Process process, Path out, Path err) {
        int waitFor(long seconds) throws InterruptedException {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "the process did not finish in " + seconds + " s");
            return process.exitValue();
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    private Run start(String name, List<String> jvm, Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(JAVA);
        cmd.addAll(jvm);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Run(pb.start(), out, err);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    // ---- 200 MB without a newline ---------------------------------------------------------------------------------

    /** Writes ~200 MB of one line, with "12명" planted at known code-point offsets; returns those offsets. */
    private static List<Long> writeHuge(Path file, long bytes, String[] sha) throws Exception {
        String block = "가나다라 마바사 아자차카 abc def ghi 타파하 ".repeat(40);
        byte[] b = block.getBytes(StandardCharsets.UTF_8);
        int blockCps = block.codePointCount(0, block.length());
        byte[] plant = "12명 ".getBytes(StandardCharsets.UTF_8);
        List<Long> planted = new ArrayList<>();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        long n = 0;
        long cp = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int i = 0; n < bytes; i++) {
                if (i % 4000 == 17) {
                    planted.add(cp);
                    out.write(plant);
                    md.update(plant);
                    n += plant.length;
                    cp += 4;
                }
                out.write(b);
                md.update(b);
                n += b.length;
                cp += blockCps;
            }
        }
        sha[0] = HexFormat.of().formatHex(md.digest());
        return planted;
    }

    @Test
    @Tag("slow")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void extractStreams200MegabytesWithoutNewlineIn256m() throws Exception {
        Path huge = dir.resolve("huge.txt");
        List<Long> planted = writeHuge(huge, 200L << 20, new String[1]);
        Run r = start("huge", List.of("-Xmx256m"), Map.of(), "extract", huge.toString());
        int code = r.waitFor(110);
        assertEquals(0, code, r.stderr());
        List<CSVRecord> ms = csv(r.out());
        assertEquals(planted, ms.stream().map(m -> Long.parseLong(m.get("char_start"))).toList(),
                "every planted 12명, at its code-point offset across the 1M-char pieces");
        assertTrue(ms.stream().allMatch(m -> m.get("surface").equals("12명") && m.get("line").equals("1")));
        Files.delete(huge);
    }

    /**
     * run holds its sources in memory and hands the grammar whole lines, so it refuses a line longer than 1M chars
     * (and, with too little heap, says so) instead of running out of memory minutes later; extract streams it.
     */
    @Test
    @Tag("slow")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void run200MegabyteLineIsRefusedWithAClearMessage() throws Exception {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        assertEquals(0, start("first", List.of(), Map.of(), "run", "--config", p.config().toString()).waitFor(60));
        Map<String, String> before = TestProject.snapshot(p.output());
        String[] sha = new String[1];
        Path huge = p.raw().resolve("huge.txt");
        writeHuge(huge, 200L << 20, sha);
        p.addManifestEntry("huge", "huge.txt", sha[0], Files.size(huge));
        Run small = start("small", List.of("-Xmx128m"), Map.of(), "run", "--config", p.config().toString());
        assertEquals(3, small.waitFor(60), small.stderr());
        TestProject.assertOneLine(small.stderr());
        assertTrue(small.stderr().contains("raw/huge.txt: too large to hold in memory"), small.stderr());
        Run big = start("big", List.of("-Xmx1g"), Map.of(), "run", "--config", p.config().toString());
        assertEquals(3, big.waitFor(60), big.stderr());
        TestProject.assertOneLine(big.stderr());
        assertTrue(big.stderr().contains("raw/huge.txt:1: line longer than 1048576 characters")
                && big.stderr().contains("use extract"), big.stderr());
        assertEquals(before, TestProject.snapshot(p.output()), "output/ untouched");
    }

    // ---- SIGKILL while publishing ----------------------------------------------------------------------------------

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killedAnywhereLeavesOldOrNewOutputAndTheNextRunSucceeds() throws Exception {
        // expected "new" output: a separate copy with one more source, published cleanly
        TestProject fresh = TestProject.copyInto(dir.resolve("fresh"));
        fresh.addSource("extra", "extra.txt", "추가 문서 77명, 5건\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, start("fresh", List.of(), Map.of(), "run", "--config", fresh.config().toString()).waitFor(60));
        Map<String, String> newOutput = TestProject.snapshot(fresh.output());

        TestProject p = TestProject.copyInto(dir.resolve("project"));
        String oldManifest = TestProject.read(p.manifest());
        p.addSource("extra", "extra.txt", "추가 문서 77명, 5건\n".getBytes(StandardCharsets.UTF_8));
        String newManifest = TestProject.read(p.manifest());
        Path staging = Publisher.stagingDir(p.output());

        Random random = new Random(20261128);
        int killedWhileWriting = 0;
        for (int i = 0; i < 4; i++) {
            // publish the old release (without the extra source) ...
            TestProject.write(p.manifest(), oldManifest.getBytes(StandardCharsets.UTF_8));
            Run old = start("old" + i, List.of(), Map.of(), "run", "--config", p.config().toString());
            assertEquals(0, old.waitFor(60), old.stderr());
            Map<String, String> oldOutput = TestProject.snapshot(p.output());
            assertFalse(oldOutput.equals(newOutput), "the two outputs must differ for this test to mean anything");
            // ... then kill a run that would publish the new one
            TestProject.write(p.manifest(), newManifest.getBytes(StandardCharsets.UTF_8));
            Run r = start("kill" + i, List.of(), Map.of(Publisher.DELAY_ENV, "400"), "run", "--config",
                    p.config().toString());
            if (i % 2 == 0) { // once the staging directory has files: in the middle of writing
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!(Files.isDirectory(staging) && TestProject.snapshot(staging).size() > 0)
                        && System.nanoTime() < until && r.process().isAlive()) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(300));
                killedWhileWriting += r.process().isAlive() ? 1 : 0;
            } else { // after a random delay: loading, extracting, writing or swapping
                Thread.sleep(200 + random.nextInt(2500));
            }
            r.process().destroyForcibly();
            assertTrue(r.process().waitFor(30, TimeUnit.SECONDS));
            Map<String, String> after = TestProject.snapshot(p.output());
            boolean betweenRenames = !Files.exists(p.output())
                    && TestProject.snapshot(Publisher.previousDir(p.output())).equals(oldOutput);
            assertTrue(after.equals(oldOutput) || after.equals(newOutput) || betweenRenames,
                    "after a kill output/ is neither the old nor the new release: " + after.keySet());
            // the next run succeeds and publishes the new release, leaving nothing behind
            Run next = start("next" + i, List.of(), Map.of(), "run", "--config", p.config().toString());
            assertEquals(0, next.waitFor(60), next.stderr());
            assertEquals(newOutput, TestProject.snapshot(p.output()));
            assertFalse(Files.exists(staging));
            assertFalse(Files.exists(Publisher.previousDir(p.output())));
        }
        assertTrue(killedWhileWriting >= 2, "at least two kills landed while files were being written");
    }

    // ---- two runs at once -----------------------------------------------------------------------------------------

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void secondRunRefusesWhileTheFirstPublishes() throws Exception {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        Run first = start("first", List.of(), Map.of(Publisher.DELAY_ENV, "2000"), "run", "--config",
                p.config().toString());
        Path staging = Publisher.stagingDir(p.output());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(staging) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(Files.isDirectory(staging), "the first run never started publishing");
        Run second = start("second", List.of(), Map.of(), "run", "--config", p.config().toString());
        assertEquals(3, second.waitFor(60), second.stderr());
        TestProject.assertOneLine(second.stderr());
        assertTrue(second.stderr().contains("another run is publishing to the same output directory"),
                second.stderr());
        assertEquals(0, first.waitFor(60), first.stderr());
        Map<String, String> out = TestProject.snapshot(p.output());
        Run again = start("again", List.of(), Map.of(), "run", "--config", p.config().toString());
        assertEquals(0, again.waitFor(60), again.stderr());
        assertEquals(out, TestProject.snapshot(p.output()), "the first run's output was complete and correct");
    }

    // ---- a file the user may not read -----------------------------------------------------------------------------

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void unreadableFileAsUnprivilegedUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to drop to an unprivileged user");
        Path d = Files.createTempDirectory(Path.of("/tmp"), "csto-unreadable");
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path f = d.resolve("secret.txt");
        Files.writeString(f, "12명");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                    "--clear-groups", JAVA, "-jar", JAR.toString(), "extract", f.toString());
            pb.redirectError(dir.resolve("unreadable.err").toFile()).redirectOutput(dir.resolve("unreadable.out").toFile());
            Process pr = pb.start();
            assertTrue(pr.waitFor(50, TimeUnit.SECONDS));
            String err = Files.readString(dir.resolve("unreadable.err"));
            assumeTrue(!err.contains("Unable to access jarfile") && !err.contains("Error: "), "nobody cannot run the jar: "
                    + err);
            assertEquals(3, pr.exitValue(), err);
            TestProject.assertOneLine(err);
            assertTrue(err.contains("secret.txt: permission denied; make it readable"), err);
        } finally {
            Files.delete(f);
            Files.delete(d);
        }
    }
}
