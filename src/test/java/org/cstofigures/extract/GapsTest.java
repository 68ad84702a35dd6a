package org.cstofigures.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The grammar gaps of src/test/resources/extract/gaps.tsv, scored: a line marked ok must be read right; a line
 * marked gap must still be missed, so that a fix shows up here and the line is moved to the corpus. Prints the
 * score (lines read right / lines).
 */
class GapsTest {

    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);

    @Test
    void gapsAreScoredAndMarkedAsTheyAre() throws IOException {
        List<String> wrongMark = new ArrayList<>();
        int right = 0;
        int all = 0;
        try (InputStream in = GapsTest.class.getResourceAsStream("/extract/gaps.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] c = l.split("\t", -1);
                assertTrue(c.length == 3 || c.length == 8, "gaps.tsv:" + (i + 1) + ": 3 or 8 columns");
                String status = c[c.length - 1];
                assertTrue(status.equals("ok") || status.equals("gap"), "gaps.tsv:" + (i + 1) + ": ok or gap");
                boolean read = readRight(Arrays.copyOf(c, c.length - 1));
                all++;
                right += read ? 1 : 0;
                if (read != status.equals("ok")) {
                    wrongMark.add("gaps.tsv:" + (i + 1) + " is " + (read ? "read right" : "missed") + " but marked "
                            + status + ": " + c[0]);
                }
            }
        }
        System.err.printf("grammar gaps: %d of %d read right%n", right, all);
        assertTrue(all >= 30, "the gaps file has its cases");
        assertFalse(!wrongMark.isEmpty(), String.join("\n", wrongMark));
    }

    private static boolean readRight(String[] c) {
        Extraction x = EXTRACTOR.extract(c[0], PUBLISHED);
        if (c.length == 2) {
            return x.quantities().isEmpty();
        }
        Quantity q = x.quantities().stream().filter(e -> e.surface().equals(c[1])).findFirst().orElse(null);
        return q != null && same(c[2], q.value()) && same(c[3], q.low()) && same(c[4], q.high())
                && c[5].equals(q.unit().code()) && c[6].equals(q.qualifier().code());
    }

    private static boolean same(String expected, BigDecimal actual) {
        return "-".equals(expected) ? actual == null
                : actual != null && new BigDecimal(expected).compareTo(Objects.requireNonNull(actual)) == 0;
    }
}
