package org.cstofigures.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated varied Korean corpus ({@link KoreanCorpus}) to a file, one paragraph a line, for measuring
 * the {@code extract} command as a user runs it: {@code WriteCorpus FILE [SEED [MIB]]} (default seed 42, 50 MiB).
 */
public final class WriteCorpus {

    private WriteCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WriteCorpus FILE [SEED [MIB]]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        long mib = args.length > 2 ? Long.parseLong(args[2]) : 50L;
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line : KoreanCorpus.generate(seed, mib * 1024 * 1024)) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
