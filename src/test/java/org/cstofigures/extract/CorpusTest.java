package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of src/test/resources/extract/corpus.tsv (format in the README beside it). */
class CorpusTest {

    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);

    static List<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = CorpusTest.class.getResourceAsStream("/extract/corpus.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                out.add(Arguments.of(i + 1, l));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "corpus.tsv:{0}")
    @MethodSource("cases")
    void corpusLine(int lineNo, String line) {
        String[] c = line.split("\t", -1);
        String where = "corpus.tsv:" + lineNo + ": ";
        Extraction x = EXTRACTOR.extract(c[0], PUBLISHED);
        for (Quantity q : x.quantities()) {
            assertEquals(q.surface(), cpSub(c[0], q.start(), q.end()), where + "surface differs from text at span");
        }
        if (c.length == 2 && "-".equals(c[1])) {
            assertTrue(x.quantities().isEmpty(), where + "expected no quantity, got " + describe(x.quantities()));
            return;
        }
        if (c.length != 7) {
            fail(where + "expected 7 columns, got " + c.length);
        }
        Quantity q = x.quantities().stream().filter(e -> e.surface().equals(c[1])).findFirst().orElse(null);
        if (q == null) {
            fail(where + "no quantity with surface [" + c[1] + "]; got " + describe(x.quantities()));
        }
        assertNum(where + "value", c[2], q.value());
        assertNum(where + "low", c[3], q.low());
        assertNum(where + "high", c[4], q.high());
        assertEquals(c[5], q.unit().code(), where + "unit");
        assertEquals(c[6], q.qualifier().code(), where + "qualifier");
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        List<Arguments> all = cases();
        long negatives = all.stream().filter(a -> ((String) a.get()[1]).endsWith("\t-")).count();
        assertTrue(all.size() - negatives >= 150, "positives: " + (all.size() - negatives));
        assertTrue(negatives >= 30, "negatives: " + negatives);
    }

    static void assertNum(String what, String expected, BigDecimal actual) {
        if ("-".equals(expected)) {
            assertEquals(null, actual, what);
        } else {
            if (actual == null || new BigDecimal(expected).compareTo(actual) != 0) {
                fail(what + ": expected " + expected + " but was " + (actual == null ? null : actual.toPlainString()));
            }
        }
    }

    static String cpSub(String text, int start, int end) {
        int a = text.offsetByCodePoints(0, start);
        int b = text.offsetByCodePoints(0, end);
        return text.substring(a, b);
    }

    static String describe(List<Quantity> qs) {
        return qs.stream().map(q -> "[" + q.surface() + " " + (q.value() == null ? "-" : q.value().toPlainString())
                + " " + q.unit().code() + " " + q.qualifier().code() + "]").collect(Collectors.joining(", "));
    }
}
