package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cstofigures.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, a failing environment, with the shaded jar in a real process: a file-size limit, a java.io.tmpdir
 * that does not exist or is mounted noexec (zstd-jni cannot load its native library), a read-only output/ as an
 * unprivileged user, and a deleted working directory. Each ends with one "csto-figures:" line and exit 3 (the
 * JVM itself refuses a deleted working directory before our code runs), output/ is the old release or, when the
 * message says so, the new one, nothing is left beside it, and the next run succeeds once the cause is gone.
 */
class EnvironmentIT {

    private static final Path JAR = Path.of(System.getProperty("csto.jar", "target/csto-figures.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    /** What a finished process returned. */
    record Exit(int code, String err) {
    }

    private Exit bash(String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script);
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA", JAVA);
        pb.environment().put("JAR", JAR.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the process did not finish");
        return new Exit(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private TestProject published() throws Exception {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        Exit e = bash("\"$JAVA\" -jar \"$JAR\" run --config '" + p.config() + "'");
        assertEquals(0, e.code(), e.err());
        return p;
    }

    private static void assertNoLeftovers(Path output) {
        assertFalse(Files.exists(Publisher.stagingDir(output)), "staging directory left behind");
        assertFalse(Files.exists(Publisher.previousDir(output)), "previous directory left behind");
    }

    private void assertFailsCleanlyThenRecovers(TestProject p, String script, String... fragments) throws Exception {
        Map<String, String> before = TestProject.snapshot(p.output());
        Exit e = bash(script);
        assertEquals(3, e.code(), e.err());
        TestProject.assertOneLine(e.err());
        for (String f : fragments) {
            assertTrue(e.err().contains(f), () -> "stderr should contain '" + f + "': " + e.err());
        }
        assertTrue(e.err().contains("output/ was left as it was"), e.err());
        assertEquals(before, TestProject.snapshot(p.output()), "output/ changed although the message says not");
        assertNoLeftovers(p.output());
        Exit again = bash("\"$JAVA\" -jar \"$JAR\" run --config '" + p.config() + "'");
        assertEquals(0, again.code(), again.err());
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void fileSizeLimit() throws Exception {
        TestProject p = published();
        assertFailsCleanlyThenRecovers(p, "ulimit -f 64; \"$JAVA\" -Djava.io.tmpdir='" + dir + "' -jar \"$JAR\" run"
                + " --config '" + p.config() + "'", "File too large", "ulimit -f");
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void fileSizeLimitWhileWritingTheRelease() throws Exception {
        TestProject p = published();
        // the native library is loaded from outside java.io.tmpdir, so the writers, not the unpacking, hit the limit
        Path lib = dir.resolve("libzstd-jni.so");
        String arch = System.getProperty("os.arch").equals("amd64") ? "linux/amd64" : "linux/aarch64";
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(JAR.toFile())) {
            java.util.zip.ZipEntry so = z.stream().filter(e -> e.getName().startsWith(arch + "/libzstd-jni"))
                    .findFirst().orElse(null);
            assumeTrue(so != null, "no zstd-jni library for " + arch);
            Files.copy(z.getInputStream(so), lib);
        }
        assertFailsCleanlyThenRecovers(p, "ulimit -f 32; \"$JAVA\" -DZstdNativePath='" + lib + "' -jar \"$JAR\" run"
                + " --config '" + p.config() + "'", "File too large", "ulimit -f");
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void missingTmpdir() throws Exception {
        TestProject p = published();
        assertFailsCleanlyThenRecovers(p, "\"$JAVA\" -Djava.io.tmpdir=/nonexistent/csto-tmp -jar \"$JAR\" run"
                + " --config '" + p.config() + "'", "/nonexistent/csto-tmp", "native ZSTD library");
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void noexecTmpdir() throws Exception {
        TestProject p = published();
        Path mnt = dir.resolve("noexec");
        Files.createDirectories(mnt);
        Exit m = bash("mount -t tmpfs -o noexec,size=16m tmpfs '" + mnt + "'");
        assumeTrue(m.code() == 0, "cannot mount a noexec tmpfs here: " + m.err());
        try {
            assertFailsCleanlyThenRecovers(p, "\"$JAVA\" -Djava.io.tmpdir='" + mnt + "' -jar \"$JAR\" run --config '"
                    + p.config() + "'", "native ZSTD library", "noexec");
        } finally {
            bash("umount '" + mnt + "'");
        }
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void readOnlyOutputAsUnprivilegedUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to drop to an unprivileged user");
        Path base = Files.createTempDirectory(Path.of("/tmp"), "csto-ro");
        try {
            TestProject p = TestProject.copyInto(base.resolve("project"));
            String asNobody = "setpriv --reuid=65534 --regid=65534 --clear-groups \"$JAVA\" -Djava.io.tmpdir='"
                    + base + "/tmp' -jar \"$JAR\" run --config '" + p.config() + "'";
            Exit setup = bash("chmod 755 '" + base + "' && mkdir '" + base + "/tmp' && chown -R 65534:65534 '" + base
                    + "' && " + asNobody);
            assumeTrue(setup.code() == 0 && !setup.err().contains("Unable to access jarfile"),
                    "nobody cannot run the jar here: " + setup.err());
            bash("chmod -R a-w '" + p.output() + "'");
            Exit e = bash(asNobody);
            // the previous release is ours: its owner may make it writable again, so it is replaced and removed
            assertEquals(0, e.code(), e.err());
            assertNoLeftovers(p.output());
            assertTrue(Files.isRegularFile(p.output().resolve("datapackage.json")));
            Exit again = bash(asNobody);
            assertEquals(0, again.code(), again.err());
        } finally {
            bash("chmod -R u+w '" + base + "'; rm -rf '" + base + "'");
        }
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void deletedWorkingDirectory() throws Exception {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        Path gone = dir.resolve("gone");
        Files.createDirectories(gone);
        Exit e = bash("cd '" + gone + "' && rmdir '" + gone + "' && \"$JAVA\" -jar \"$JAR\" run --config '"
                + p.config() + "'");
        assertTrue(e.code() != 0, e.err());
        // Java 17 refuses to start without a working directory ("Could not determine current working
        // directory"), before any of our code runs: nothing is touched
        assertEquals(before, TestProject.snapshot(p.output()));
        assertNoLeftovers(p.output());
        String both = e.err() + Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(both.split("\n")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("working directory")), both);
    }

    // ---- file names under a C locale -----------------------------------------------------------------------------

    private Exit underCLocale(String args) throws IOException, InterruptedException {
        return bash("export LANG=C LC_ALL=C; unset LANGUAGE; \"$JAVA\" -jar \"$JAR\" " + args);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void extractKoreanFileNameUnderCLocale() throws Exception {
        Path f = dir.resolve("헤로인 압수.txt");
        Files.writeString(f, "헤로인 12킬로그램이 압수되었다.\n", StandardCharsets.UTF_8);
        Exit e = underCLocale("extract '" + f + "'");
        assertEquals(0, e.code(), e.err());
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(out.contains("12킬로그램"), out);
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void runKoreanSourceNameUnderCLocale() throws Exception {
        TestProject p = TestProject.copyInto(dir.resolve("프로젝트"));
        p.addSource("ko-name", "헤로인.txt", "2019년 헤로인 12킬로그램이 압수되었다.\n".getBytes(StandardCharsets.UTF_8));
        Exit e = underCLocale("run --config '" + p.config() + "'");
        assertEquals(0, e.code(), e.err());
        assertTrue(TestProject.read(p.output().resolve("csv/mentions.csv")).contains("ko-name"));
    }

    // ---- extract on a pipe with no writer, and into a pipe whose reader is gone -----------------------------------

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void extractFifoWithNoWriterGivesUp() throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        Exit mk = bash("mkfifo '" + fifo + "'");
        assumeTrue(mk.code() == 0, "mkfifo is not available");
        long t0 = System.nanoTime();
        Exit e = bash("\"$JAVA\" -jar \"$JAR\" extract '" + fifo + "'");
        assertEquals(3, e.code(), e.err());
        TestProject.assertOneLine(e.err());
        assertTrue(e.err().contains("a pipe that no program writes"), e.err());
        assertTrue(System.nanoTime() - t0 < 40_000_000_000L);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void extractStopsAtTheFirstFailedWriteWhenTheReaderIsGone() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] article = Files.readAllBytes(TestProject.PROJECT.resolve("raw/csto-odkb-reference-ko-2019-09-06.txt"));
        try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
            for (int i = 0; i < 2000; i++) {
                o.write(article);
            }
        }
        long t0 = System.nanoTime();
        Exit e = bash("set -o pipefail; \"$JAVA\" -jar \"$JAR\" extract '" + big + "' | head -2 > /dev/null");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(3, e.code(), e.err());
        TestProject.assertOneLine(e.err());
        assertTrue(e.err().contains("stdout: cannot write"), e.err());
        assertTrue(seconds < 30, "extract went on for " + seconds + " s after head left");
    }
}
