package org.cstofigures.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cstofigures.source.Sha256;

/** The files already written into a release directory, listed by walking it, in a stable (sorted) order. */
final class StagedFiles {

    private StagedFiles() {
    }

    /** A written file: path relative to the release directory with '/' separators, size and SHA-256. */
    record StagedFile(String path, long bytes, String sha256) {

        String extension() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
    }

    /** Every regular file under {@code dir}, except the given relative paths, sorted by path. */
    static List<StagedFile> list(Path dir, List<String> except) throws IOException {
        List<String> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !except.contains(p))
                    .sorted()
                    .toList();
        }
        List<StagedFile> out = new ArrayList<>();
        for (String p : paths) {
            byte[] b = Files.readAllBytes(dir.resolve(p));
            out.add(new StagedFile(p, b.length, Sha256.hex(b)));
        }
        return out;
    }
}
