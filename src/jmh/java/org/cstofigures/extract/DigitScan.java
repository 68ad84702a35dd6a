package org.cstofigures.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor {@code extract} is measured against, as a process: reads a UTF-8 file line by line and prints every
 * {@code \d[\d,.]*} run on a line of its own to stdout, like {@code grep -oE '[0-9][0-9,.]*'}.
 * {@code DigitScan FILE > OUT}.
 */
public final class DigitScan {

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");

    private DigitScan() {
    }

    public static void main(String[] args) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = DIGITS.matcher(line);
                while (m.find()) {
                    out.append(line, m.start(), m.end()).append('\n');
                }
            }
        }
    }
}
