package org.cstofigures.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files already written into a release directory, listed by walking it, in a stable (sorted) order. */
public final class StagedFiles {

    private StagedFiles() {
    }

    /** A written file: path relative to the release directory with '/' separators, size and SHA-256. */
    public record StagedFile(String path, long bytes, String sha256) {

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
            out.add(read(dir, p));
        }
        return out;
    }

    /** The file at {@code path} under {@code dir} with its size and SHA-256, read in blocks (files may be large). */
    public static StagedFile read(Path dir, String path) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        long size = 0;
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(dir.resolve(path))) {
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                sha.update(block, 0, n);
                size += n;
            }
        }
        return new StagedFile(path, size, HexFormat.of().formatHex(sha.digest()));
    }
}
