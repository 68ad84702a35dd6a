package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, the smaller items: inputs symbolically linked out of the project are refused before they are read
 * (no content, no hash of a system file in the message, no 23 s read of /dev/zero), and so is a pipe; numbers that overflow or underflow are a configuration error naming the key.
 */
class InputLinksAndYamlTest {

    @TempDir
    Path dir;

    private TestProject project() {
        return TestProject.copyInto(dir.resolve("project"));
    }

    @Test
    void correctionsFileLinkedOutOfTheProjectIsRefused() throws IOException {
        TestProject p = project();
        Path outside = dir.resolve("elsewhere.yaml");
        Files.writeString(outside, "SECRET-CONTENT: [\n");
        Path corrections = p.root().resolve("curated/corrections.yaml");
        Files.delete(corrections);
        Files.createSymbolicLink(corrections, outside);
        TestProject.Result r = p.run().assertError(2, "corrections.yaml", "leaves the project");
        assertFalse(r.err().contains("SECRET-CONTENT"), r.err());
    }

    @Test
    void sourceLinkedToDevZeroIsRefusedAtOnce() throws IOException {
        TestProject p = project();
        Files.createSymbolicLink(p.raw().resolve("zero.txt"), Path.of("/dev/zero"));
        p.addManifestEntry("zero", "zero.txt", "ab".repeat(32), 10);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> p.run().assertError(2, "zero.txt",
                "symbolic link that leaves"));
    }

    @Test
    void sourceLinkedToASystemFileIsRefusedWithoutItsHash() throws IOException {
        TestProject p = project();
        Path system = Path.of("/etc/passwd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(system));
        Files.createSymbolicLink(p.raw().resolve("passwd.txt"), system);
        p.addManifestEntry("sys", "passwd.txt", "ab".repeat(32), 10);
        String sha = org.cstofigures.source.Sha256.hex(Files.readAllBytes(system));
        TestProject.Result r = p.run().assertError(2, "passwd.txt", "symbolic link that leaves");
        assertFalse(r.err().contains(sha), r.err());
    }

    @Test
    void overflowingNumberInPipelineYamlIsAConfigErrorNamingTheKey() {
        TestProject p = project();
        p.replaceIn(p.config(), "relative_tolerance: 0 ", "relative_tolerance: 1e999999999 ");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> p.run().assertError(2, "pipeline.yaml",
                "relative_tolerance"));
    }

    @Test
    void underflowingNumberInPipelineYamlIsAConfigErrorNamingTheKey() {
        TestProject p = project();
        p.replaceIn(p.config(), "relative_tolerance: 0 ", "relative_tolerance: 1e-999999999 ");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> p.run().assertError(2, "pipeline.yaml",
                "relative_tolerance"));
    }

    @Test
    void sourcePipeIsNotRead() throws Exception {
        TestProject p = project();
        Path fifo = p.raw().resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        p.addManifestEntry("pipe", "pipe.txt", "ab".repeat(32), 10);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> p.run().assertError(3, "pipe.txt",
                "not a regular file"));
        assertTrue(Files.exists(fifo));
    }
}
