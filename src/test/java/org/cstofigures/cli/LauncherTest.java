package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's options: what the launcher adds, and when it leaves the JVM as the user started it. */
class LauncherTest {

    private static final List<String> C1 = List.of("-XX:TieredStopAtLevel=1", "-D" + Launcher.JIT_PROPERTY + "=c1");

    @Test
    void aSmallExtractGetsTheArchiveTheParallelCollectorAndC1(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "헤로인 12톤 압수\n");
        Path jsa = dir.resolve("x.jsa");
        assertEquals(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:SharedArchiveFile=" + jsa,
                        "-Xlog:cds=off,cds+dynamic=off", "-XX:+UseParallelGC", C1.get(0), C1.get(1)),
                Launcher.workerOptions(new String[] {"extract", "--threads", "2", text.toString()}, List.of(), jsa,
                        Path.of("d.json"), 2));
    }

    @Test
    void aLargeInputKeepsC2(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) Launcher.SMALL_INPUT_BYTES]);
        Path small = Files.writeString(dir.resolve("small.txt"), "12명");
        assertFalse(Launcher.small(new String[] {"extract", big.toString()}));
        assertTrue(Launcher.small(new String[] {"extract", small.toString()}));
        assertFalse(Launcher.small(new String[] {"extract", small.toString(), big.toString()}), "the files in all");
        assertFalse(Launcher.small(new String[] {"extract", "nul\u0000name.txt"}),
                "a name that is no path here (a Korean name under a C locale arrives mangled): unknown, so large");
        List<String> c2 = List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000");
        assertEquals(join(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseParallelGC"), c2),
                Launcher.workerOptions(new String[] {"extract", big.toString()}, List.of("-Xmx256m"), null, null, 8),
                "no more compiler threads than HotSpot's own choice for 8 cores");
        assertEquals(join(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseParallelGC",
                        "-XX:CICompilerCount=3"), c2, List.of("-XX:+UnlockDiagnosticVMOptions",
                        "-XX:CompilerDirectivesFile=d.json", "-XX:-DisplayVMOutput", "-D" + Launcher.JIT_PROPERTY + "=directives")),
                Launcher.workerOptions(new String[] {"extract", big.toString()}, List.of(), null, Path.of("d.json"), 2),
                "a second C2 thread on 2 cores, and C2's directives from the start");
    }

    @Test
    void runCountsTheFilesBesideTheSourcesManifest(@TempDir Path dir) throws Exception {
        Path raw = Files.createDirectories(dir.resolve("texts/in"));
        Files.writeString(dir.resolve("p.yaml"), "# a project\npaths:\n  sources: \"texts/in/sources.yaml\"  # here\n"
                + "  curated: curated\n");
        Files.writeString(raw.resolve("sources.yaml"), "sources: []\n");
        Files.writeString(raw.resolve("a.txt"), "12명\n");
        String[] run = {"run", "--config", dir.resolve("p.yaml").toString()};
        assertTrue(Launcher.small(run));
        assertTrue(Launcher.small(new String[] {"run", "--config=" + dir.resolve("p.yaml")}));
        Files.write(Files.createDirectories(raw.resolve("more")).resolve("b.txt"),
                new byte[(int) Launcher.SMALL_INPUT_BYTES]);
        assertFalse(Launcher.small(run), "a source in a subdirectory counts too");
        assertFalse(Launcher.small(new String[] {"run", "--config", dir.resolve("missing.yaml").toString()}),
                "no configuration found: large, so C2 stays");
        Files.writeString(dir.resolve("q.yaml"), "paths: {sources: texts/in/sources.yaml}\n");
        assertFalse(Launcher.small(new String[] {"run", "--config", dir.resolve("q.yaml").toString()}),
                "a manifest named another way is not guessed");
    }

    @Test
    void theUsersOptionsComeFirstForTheCollectorAndAgentsLeaveTheJvmAlone() {
        String[] args = {"run", "--config", "/nonexistent/pipeline.yaml"};
        assertEquals(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000"),
                Launcher.workerOptions(args, List.of("-XX:+UseG1GC"), null, null, 4), "their collector");
        for (String watching : List.of("-javaagent:/x/jacoco.jar=destfile=a", "-agentlib:jdwp=transport=dt_socket",
                "-XX:StartFlightRecording=filename=a.jfr", "-XX:ArchiveClassesAtExit=a.jsa", "-Xshare:off",
                "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:SharedArchiveFile=b.jsa")) {
            assertEquals(List.of(), Launcher.workerOptions(args, List.of("-Xmx1g", watching), Path.of("x.jsa"), null, 2),
                    watching);
        }
    }

    @Test
    void theArchiveIsTheJarsOwnAndOnlyForAJarRunAlone(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("csto-figures.jar"));
        assertNull(Launcher.archive(jar.toString()), "no archive beside it");
        Path jsa = Files.createFile(dir.resolve("csto-figures.jsa"));
        assertEquals(jsa, Launcher.archive(jar.toString()));
        assertNull(Launcher.archive(jar + java.io.File.pathSeparator + dir.resolve("classes")));
        assertNull(Launcher.archive(dir.resolve("classes").toString()));
        assertNull(Launcher.directives(jar.toString()), "no directives beside it");
        Path directives = Files.createFile(dir.resolve(Launcher.DIRECTIVES_FILE));
        assertEquals(directives, Launcher.directives(jar.toString()));
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
