package org.cstofigures.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cstofigures.extract.Extraction;
import org.cstofigures.extract.Extractor;
import org.cstofigures.extract.Extractors;
import org.cstofigures.extract.Quantity;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.hostile.TestProject;

/**
 * What must hold for any text, whatever extractor {@link Extractors#standard()} is: no exception escapes, every
 * span lies inside the text and points at its surface, bounds are ordered, and the text run through the CLI's
 * extract (grammar, figures, mentions table) gives mentions that point at their surface. Shared by the fuzz target and the
 * seeded-random property test; a violation is an {@link AssertionError} naming the input.
 */
final class ExtractorInvariants {

    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);

    private ExtractorInvariants() {
    }

    /** The extractor's invariants and the whole chain through the CLI. */
    static void check(String text) {
        checkExtractor(text);
        validates(text);
    }

    /** Only the extractor's invariants: thousands of inputs a second, for the fuzzer. */
    static void checkExtractor(String text) {
        Extraction x;
        try {
            x = EXTRACTOR.extract(text, PUBLISHED);
        } catch (RuntimeException e) {
            throw new AssertionError("extractor threw on " + quote(text), e);
        }
        if (x == null) {
            throw new AssertionError("extractor returned null on " + quote(text));
        }
        int cps = text.codePointCount(0, text.length());
        for (Quantity q : x.quantities()) {
            span(text, cps, q.start(), q.end(), q.surface(), "quantity " + q);
            ordered(q.low(), q.value(), "low <= value", q, text);
            ordered(q.value(), q.high(), "value <= high", q, text);
            ordered(q.low(), q.high(), "low <= high", q, text);
        }
        for (TimeExpression t : x.times()) {
            span(text, cps, t.start(), t.end(), t.surface(), "time " + t);
        }
    }

    private static void span(String text, int cps, int start, int end, String surface, String what) {
        if (start < 0 || end < start || end > cps) {
            throw new AssertionError(what + ": span " + start + ".." + end + " outside the text of " + cps
                    + " code points: " + quote(text));
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        if (!text.substring(from, to).equals(surface)) {
            throw new AssertionError(what + ": text at span is '" + text.substring(from, to) + "', not the surface, in "
                    + quote(text));
        }
    }

    private static void ordered(BigDecimal a, BigDecimal b, String rule, Quantity q, String text) {
        if (a != null && b != null && a.compareTo(b) > 0) {
            throw new AssertionError(rule + " violated by " + q + " in " + quote(text));
        }
    }

    /**
     * The whole chain, through the CLI so that it holds whatever the stages' constructors become: the text as a
     * UTF-8 file through {@code extract} gives exit 0 and mentions whose spans point at their surface and whose
     * line numbers are right, or, for text with control characters, exit 3 and one line.
     */
    static void validates(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        Path file;
        try {
            file = Files.createTempFile("csto-fuzz", ".txt");
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            TestProject.Result r = TestProject.extract(file);
            boolean binary = decoded.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    && c != 0x0B && c != 0x0C);
            if (binary) {
                r.assertError(3, "this looks like a binary file");
                return;
            }
            if (r.code() != 0) {
                throw new AssertionError("extract exit " + r.code() + " (" + r.err().strip() + ") on " + quote(text));
            }
            try {
                TestProject.assertSpansPointAtSurface(decoded, TestProject.mentions(r.out()));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + " in " + quote(text), e);
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file; the OS cleans up
            }
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().limit(400).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E && (Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(s.codePointCount(0, s.length()) > 400 ? "…\"" : "\"").toString();
    }
}
