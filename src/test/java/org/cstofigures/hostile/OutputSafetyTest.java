package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cstofigures.error.PipelineException;
import org.cstofigures.publish.OutputGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, data loss: a typo in paths.output must never replace anything that is not a release. Each protected
 * place is tried by name, through a symbolic link and as an ancestor; each refusal is exit 2 naming the path, and
 * the place is byte-identical afterwards. A seeded property test checks the guard against an independent oracle
 * over generated layouts.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private TestProject project() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        TestProject.write(p.root().resolve(".git/HEAD"), "ref: refs/heads/main\n".getBytes(StandardCharsets.UTF_8));
        TestProject.write(p.root().resolve("src/main/java/A.java"), "class A {}\n".getBytes(StandardCharsets.UTF_8));
        TestProject.write(p.root().resolve("docs/guide.md"), "# guide\n".getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private static void setOutput(TestProject p, String output) {
        p.replaceIn(p.config(), "  output: output", "  output: \"" + output + "\"");
    }

    private static void assertRefused(TestProject p, String output, String... fragments) {
        Map<String, String> before = tree(p.root());
        setOutput(p, output);
        Map<String, String> afterEdit = tree(p.root());
        List<String> all = new ArrayList<>(List.of(fragments));
        all.add("paths.output");
        TestProject.Result r = p.run().assertError(2, all.toArray(new String[0]));
        assertEquals(afterEdit, tree(p.root()), () -> "the project changed; stderr: " + r.err());
        assertEquals(before.keySet(), afterEdit.keySet());
    }

    /** Every entry under {@code root}, not following links: files by content hash, links by their target. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> m = new java.util.TreeMap<>();
        try (var s = Files.walk(root)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                String k = root.relativize(f).toString();
                if (Files.isSymbolicLink(f)) {
                    m.put(k, "-> " + Files.readSymbolicLink(f));
                } else if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    m.put(k, org.cstofigures.source.Sha256.hex(Files.readAllBytes(f)));
                } else {
                    m.put(k, "dir");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    @Test
    void outputDotGitIsRefusedAndGitSurvives() {
        TestProject p = project();
        assertRefused(p, ".git", p.root().resolve(".git").toString(), "the git repository");
        assertTrue(Files.isRegularFile(p.root().resolve(".git/HEAD")));
    }

    @Test
    void outputSrcIsRefused() {
        TestProject p = project();
        assertRefused(p, "src", p.root().resolve("src").toString(), "the source code");
    }

    @Test
    void outputInsideGitOrSrcIsRefused() {
        TestProject p = project();
        assertRefused(p, ".git/objects", "lies inside the git repository");
        TestProject q = TestProject.copyInto(dir.resolve("q"));
        assertRefused(q, "src/main", "lies inside the source code");
    }

    @Test
    void outputAnyOtherProjectDirectoryThatIsNotAReleaseIsRefused() {
        TestProject p = project();
        assertRefused(p, "docs", p.root().resolve("docs").toString(), "does not hold a release");
        assertTrue(Files.isRegularFile(p.root().resolve("docs/guide.md")));
    }

    @Test
    void outputThatLooksLikeAReleaseButIsNotOursIsRefused() {
        TestProject p = project();
        TestProject.write(p.root().resolve("other/datapackage.json"),
                "{\"profile\":\"data-package\",\"name\":\"someone-else\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused(p, "other", "does not hold a release");
    }

    @Test
    void outputHoldingTheInputsIsRefused() {
        TestProject p = project();
        TestProject.write(p.root().resolve("nest/inner/x.txt"), "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(p, "raw/..", "is the project directory itself");
    }

    @Test
    void outputSymlinkedToGitIsRefused() throws IOException {
        TestProject p = project();
        Files.createSymbolicLink(p.root().resolve("release"), p.root().resolve(".git"));
        assertRefused(p, "release", "the git repository", "through a symbolic link");
    }

    @Test
    void outputThroughASymlinkedParentToSrcIsRefused() throws IOException {
        TestProject p = project();
        Files.createSymbolicLink(p.root().resolve("here"), p.root());
        assertRefused(p, "here/src", "the source code", "through a symbolic link");
    }

    @Test
    void outputThroughASymlinkToTheCuratedDataIsRefused() throws IOException {
        TestProject p = project();
        Files.createSymbolicLink(p.root().resolve("cur"), p.root().resolve("curated"));
        assertRefused(p, "cur", "the curated directory", "through a symbolic link");
    }

    @Test
    void outputThroughASymlinkToAnAncestorOfTheProjectIsRefused() throws IOException {
        TestProject p = project();
        Files.createSymbolicLink(p.root().resolve("up"), dir);
        assertRefused(p, "up", "holds", "through a symbolic link");
    }

    @Test
    void outputThatIsTheWorkingDirectoryIsRefused() {
        TestProject p = project();
        Path wd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        List<OutputGuard.Protected> places = OutputGuard.protectedPlaces(p.root(), p.config(), p.manifest(),
                p.root().resolve("curated"));
        PipelineException e = org.junit.jupiter.api.Assertions.assertThrows(PipelineException.class,
                () -> OutputGuard.requireOurs(wd, places));
        assertEquals(2, e.exitCode().code());
        assertTrue(e.getMessage().contains("the working directory") || e.getMessage().contains("the home directory")
                || e.getMessage().contains("does not hold a release"), e.getMessage());
        PipelineException up = org.junit.jupiter.api.Assertions.assertThrows(PipelineException.class,
                () -> OutputGuard.requireOurs(wd.getParent(), places));
        assertTrue(up.getMessage().contains("holds"), up.getMessage());
    }

    @Test
    void emptyDirectoryAndPreviousReleaseAreReplaced() throws IOException {
        TestProject p = project();
        Files.createDirectories(p.root().resolve("fresh"));
        setOutput(p, "fresh");
        p.run().assertOk();
        assertTrue(Files.isRegularFile(p.root().resolve("fresh/datapackage.json")));
        p.run().assertOk(); // the release it wrote is ours now
        assertFalse(Files.exists(p.root().resolve(".fresh-previous")));
    }

    // ---- property: the guard against an independent oracle over generated layouts ----------------------------

    private static final String[] NAMES = {"output", "raw", "curated", ".git", "src", "docs", "empty", "rel", "new",
        "link-git", "link-root", "link-out", "link-up", "..", "."};

    /**
     * Seeded: each layout is a project with the protected places, a release, an empty and a foreign directory and
     * links to several of them; the output path is 1–3 random names. The guard must accept exactly when the real
     * path is neither a protected place, nor inside an input or the repository, nor above the project, and the
     * directory is absent, empty or a release.
     */
    @Test
    void guardAgreesWithTheOracleOverGeneratedLayouts() throws IOException {
        long seed = 0x15_0A_7E_5AL;
        Random rnd = new Random(seed);
        Path root = dir.resolve("layout").resolve("proj");
        Files.createDirectories(root.resolve("raw"));
        Files.writeString(root.resolve("raw/sources.yaml"), "sources: []\n");
        Files.createDirectories(root.resolve("curated"));
        Files.writeString(root.resolve("pipeline.yaml"), "x: 1\n");
        Files.createDirectories(root.resolve(".git"));
        Files.createDirectories(root.resolve("src/main"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/a.md"), "a");
        Files.createDirectories(root.resolve("empty"));
        Files.createDirectories(root.resolve("rel"));
        Files.writeString(root.resolve("rel/datapackage.json"),
                "{\"profile\":\"data-package\",\"provenance\":{\"pipeline_version\":\"0.1.0\"}}");
        Files.createDirectories(root.resolve("output"));
        Files.createSymbolicLink(root.resolve("link-git"), root.resolve(".git"));
        Files.createSymbolicLink(root.resolve("link-root"), root);
        Files.createSymbolicLink(root.resolve("link-out"), root.resolve("rel"));
        Files.createSymbolicLink(root.resolve("link-up"), root.getParent());
        List<OutputGuard.Protected> places = OutputGuard.protectedPlaces(root, root.resolve("pipeline.yaml"),
                root.resolve("raw/sources.yaml"), root.resolve("curated"));
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 600; i++) {
            int n = 1 + rnd.nextInt(3);
            Path rel = Path.of(NAMES[rnd.nextInt(NAMES.length)]);
            for (int k = 1; k < n; k++) {
                rel = rel.resolve(NAMES[rnd.nextInt(NAMES.length)]);
            }
            Path out = root.resolve(rel).normalize();
            if (!out.startsWith(root)) {
                continue; // the configuration refuses '..' out of the project before the guard runs
            }
            boolean expectOk = oracle(root, out);
            Path shown = rel;
            boolean ok;
            try {
                OutputGuard.requireOurs(out, places);
                ok = true;
            } catch (PipelineException e) {
                assertEquals(2, e.exitCode().code());
                assertTrue(e.getMessage().startsWith(out.toString()), e.getMessage());
                ok = false;
            }
            assertEquals(expectOk, ok, () -> "seed " + seed + ": output '" + shown + "'");
            if (ok) {
                accepted++;
            } else {
                refused++;
            }
        }
        assertTrue(accepted > 20 && refused > 20, "layouts too one-sided: " + accepted + "/" + refused);
    }

    /** Independent oracle: canonical path strings, the layout's known releases and empties. */
    private static boolean oracle(Path root, Path out) throws IOException {
        String r = root.toFile().getCanonicalPath();
        String o = canonical(out);
        String wd = Path.of(System.getProperty("user.dir")).toFile().getCanonicalPath();
        String home = Path.of(System.getProperty("user.home")).toFile().getCanonicalPath();
        for (String inside : List.of(r + "/raw", r + "/curated", r + "/.git", r + "/src", r + "/pipeline.yaml")) {
            if (o.equals(inside) || o.startsWith(inside + "/") || inside.startsWith(o + "/")) {
                return false;
            }
        }
        for (String above : List.of(r, wd, home)) {
            if (o.equals(above) || above.startsWith(o + "/") || "/".equals(o)) {
                return false;
            }
        }
        Path real = Path.of(o);
        if (!Files.exists(real)) {
            return true;
        }
        if (!Files.isDirectory(real)) {
            return false;
        }
        try (var s = Files.list(real)) {
            if (s.findAny().isEmpty()) {
                return true;
            }
        }
        return o.equals(r + "/rel");
    }

    private static String canonical(Path p) throws IOException {
        Path existing = p;
        List<String> rest = new ArrayList<>();
        while (!Files.exists(existing)) {
            rest.add(0, existing.getFileName().toString());
            existing = existing.getParent();
        }
        StringBuilder b = new StringBuilder(existing.toFile().getCanonicalPath());
        for (String s : rest) {
            b.append('/').append(s);
        }
        return b.toString();
    }
}
