package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same release written twice, into two directories, gives byte-identical files, writer by writer. */
class ReproducibilityTest {

    @TempDir
    Path a;
    @TempDir
    Path b;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private void assertSameTrees() throws IOException {
        List<String> fa = files(a);
        assertEquals(fa, files(b));
        assertFalse(fa.isEmpty());
        for (String f : fa) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "xlsx", "parquet"})
    void eachDataWriterIsByteIdentical(String format) throws IOException, InterruptedException {
        Writers.forFormat(format).write(TestReleases.standard(), a);
        Thread.sleep(1100); // a second later: anything that reads the clock would differ
        Writers.forFormat(format).write(TestReleases.standard(), b);
        assertSameTrees();
    }

    @Test
    void metadataWritersAreByteIdentical() throws IOException, InterruptedException {
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(TestReleases.standard(), a);
        }
        Thread.sleep(1100);
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(TestReleases.standard(), b);
        }
        assertSameTrees();
    }

    @Test
    void xlsxEntriesAreDatedByTheReleaseNotTheClock() throws IOException {
        new XlsxWriter().write(TestReleases.standard(), a);
        int n = 0;
        try (InputStream in = Files.newInputStream(a.resolve(XlsxWriter.PATH)); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                assertEquals(LocalDateTime.of(2026, 11, 28, 0, 0), e.getTimeLocal(), e.getName());
                n++;
            }
        }
        assertFalse(n == 0);
    }
}
