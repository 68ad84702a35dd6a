package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "text file" that is a directory, a symbolic link loop, unreadable, or missing: through {@code extract} and
 * as a source of {@code run}, exit 3 and one line naming the file; nothing is printed and output/ is untouched.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class SpecialFilesTest {

    private static final String ANY_SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    private Path loop(Path in) throws IOException {
        Path a = in.resolve("loop-a.txt");
        Files.createSymbolicLink(a, in.resolve("loop-b.txt"));
        Files.createSymbolicLink(in.resolve("loop-b.txt"), a);
        return a;
    }

    @Test
    void extractDirectory() throws IOException {
        Path d = Files.createDirectory(dir.resolve("adir.txt"));
        TestProject.Result r = TestProject.extract(d).assertError(3, "adir.txt: is a directory");
        assertEquals("", r.out(), "nothing is printed for a file that cannot be read");
    }

    @Test
    void extractSymlinkLoop() throws IOException {
        TestProject.extract(loop(dir)).assertError(3, "loop-a.txt: cannot read: symbolic link loop");
    }

    @Test
    void extractMissingFile() {
        TestProject.extract(dir.resolve("nope.txt")).assertError(3, "nope.txt: file not found");
    }

    @Test
    void extractFileThatFailsToRead() {
        // readable by permissions but every read fails with EIO, even for root
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "Linux only");
        TestProject.extract(mem).assertError(3, "/proc/self/mem: cannot read: Input/output error");
    }

    @Test
    void extractUnreadableFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file; ProcessBatteryIT runs this"
                + " case as an unprivileged user");
        Path f = dir.resolve("secret.txt");
        Files.writeString(f, "12명");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        TestProject.extract(f).assertError(3, "secret.txt: permission denied");
    }

    @Test
    void extractSecondFileBrokenPrintsNothing() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "12명");
        TestProject.Result r = TestProject.execute("extract", good.toString(), dir.resolve("missing.txt").toString());
        r.assertError(3, "missing.txt: file not found");
        assertEquals("", r.out());
    }

    private TestProject projectWithOutput() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.run().assertOk();
        return p;
    }

    @Test
    void runSourceIsDirectory() throws IOException {
        TestProject p = projectWithOutput();
        Map<String, String> before = TestProject.snapshot(p.output());
        Files.createDirectory(p.raw().resolve("adir.txt"));
        p.addManifestEntry("adir", "adir.txt", ANY_SHA, 0);
        p.run().assertError(3, "raw/adir.txt: is a directory");
        assertEquals(before, TestProject.snapshot(p.output()));
    }

    @Test
    void runSourceIsSymlinkLoop() throws IOException {
        TestProject p = projectWithOutput();
        Map<String, String> before = TestProject.snapshot(p.output());
        loop(p.raw());
        p.addManifestEntry("loop", "loop-a.txt", ANY_SHA, 0);
        p.run().assertError(3, "raw/loop-a.txt: cannot read: symbolic link loop");
        assertEquals(before, TestProject.snapshot(p.output()));
    }

    @Test
    void runSourceFailsToRead() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/mem")), "Linux only");
        TestProject p = projectWithOutput();
        Files.createSymbolicLink(p.raw().resolve("mem.txt"), Path.of("/proc/self/mem"));
        p.addManifestEntry("mem", "mem.txt", ANY_SHA, 0);
        // issue 15: a link out of raw/ is refused before anything is read from it
        p.run().assertError(2, "mem.txt", "symbolic link that leaves");
    }

    @Test
    void runSourceIsSymlinkOutOfRaw() throws IOException {
        TestProject p = projectWithOutput();
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "바깥 12명");
        Files.createSymbolicLink(p.raw().resolve("link.txt"), outside);
        byte[] b = Files.readAllBytes(outside);
        p.addManifestEntry("link", "link.txt", org.cstofigures.source.Sha256.hex(b), b.length);
        TestProject.Result r = p.run().assertError(2, "raw/sources.yaml", "source 'link'", "symbolic link that leaves raw");
        assertTrue(r.err().contains("copy the file"));
    }

    @Test
    void runSourceMissing() {
        TestProject p = projectWithOutput();
        p.addManifestEntry("gone", "gone.txt", ANY_SHA, 0);
        p.run().assertError(3, "raw/gone.txt: file not found");
    }
}
