package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.cstofigures.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher and its worker as processes of the shaded jar: the worker runs from the jar's AppCDS archive, its
 * output is the same bytes as the JVM as started gives, and it never outlives its launcher. Run by
 * maven-failsafe-plugin after package.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("csto.jar", "target/csto-figures.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static ProcessBuilder jar(Map<String, String> env, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        return pb;
    }

    @Test
    void thePackageStepWritesTheArchiveAndTheDirectivesBesideTheJar() throws Exception {
        assertTrue(Files.isRegularFile(Launcher.archive(JAR.toString())), "target/csto-figures.jsa");
        try (java.io.InputStream in = CompilerDirectives.class.getResourceAsStream(CompilerDirectives.RESOURCE)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(Launcher.directives(JAR.toString())),
                    "the copy beside the jar is the resource");
        }
    }

    @Test
    void theWorkerPrintsTheSameBytesAsTheJvmAsStarted(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "2019년 3월 세관은 헤로인 12톤을 압수하고 3천여 명을 검거했다.\n");
        byte[][] out = new byte[2][];
        int i = 0;
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of(Launcher.JVM_ENV, "as-is"))) {
            Path o = dir.resolve("out" + i);
            Process p = jar(env, "extract", text.toString()).redirectOutput(o.toFile())
                    .redirectError(dir.resolve("err" + i).toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err" + i)));
            assertEquals("", Files.readString(dir.resolve("err" + i)), "nothing on stderr, no JVM warning");
            out[i++] = Files.readAllBytes(o);
        }
        assertTrue(new String(out[0], StandardCharsets.UTF_8).contains("12톤"));
        assertArrayEquals(out[1], out[0]);
    }

    @Test
    void aStaleArchiveIsOnlySlowerAndSaysNothing(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(JAR, dir.resolve("csto-figures.jar"));
        Files.write(dir.resolve("csto-figures.jsa"), new byte[] {1, 2, 3}); // not an archive at all
        Path text = Files.writeString(dir.resolve("a.txt"), "헤로인 12톤 압수\n");
        Process p = new ProcessBuilder(JAVA, "-jar", copy.toString(), "extract", text.toString())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err")));
        assertEquals("", Files.readString(dir.resolve("err")));
        assertTrue(Files.readString(dir.resolve("out"), StandardCharsets.UTF_8).startsWith("mention_id,"),
                "no JVM warning before the header");
    }

    @Test
    void theWorkerStopsWhenItsLauncherIsKilled(@TempDir Path dir) throws Exception {
        TestProject project = TestProject.copyInto(dir.resolve("project"));
        Process launcher = jar(Map.of(Publisher.DELAY_ENV, "3000"), "run", "--config", project.config().toString())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        Path staging = Publisher.stagingDir(project.output());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(staging) && System.nanoTime() < until && launcher.isAlive()) {
            Thread.sleep(5);
        }
        assertTrue(Files.isDirectory(staging), "the run never started publishing: "
                + Files.readString(dir.resolve("err")));
        List<ProcessHandle> workers = launcher.descendants().toList();
        assertEquals(1, workers.size(), "one worker JVM");
        launcher.destroyForcibly(); // SIGKILL: the launcher's shutdown hook does not run
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
        ProcessHandle worker = workers.get(0);
        long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (worker.isAlive() && System.nanoTime() < gone) {
            Thread.sleep(5);
        }
        assertFalse(worker.isAlive(), "the worker outlived its launcher by 2 s");
        assertFalse(Files.exists(project.output()), "the killed run published nothing");
        Process next = jar(Map.of(), "run", "--config", project.config().toString())
                .redirectOutput(dir.resolve("out2").toFile()).redirectError(dir.resolve("err2").toFile()).start();
        assertTrue(next.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, next.exitValue(), Files.readString(dir.resolve("err2")));
        assertFalse(Files.exists(staging), "the next run cleaned up what the killed one left");
    }
}
