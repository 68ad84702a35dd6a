package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    private static final String ALPHABET = "=+-@\t\r'a1 헤로인,\"\n.";

    /** Property: whatever the text, the neutralized form never starts a formula and loses nothing. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 42L, 20190906L})
    void neutralizedTextNeverStartsAFormulaAndKeepsTheOriginal(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(6);
            for (int k = 0; k < len; k++) {
                sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            String n = Cells.neutralized(s);
            if (!n.isEmpty()) {
                assertFalse("=+-@\t\r".indexOf(n.charAt(0)) >= 0, () -> "starts a formula: " + n);
            }
            assertTrue(n.equals(s) || n.equals("'" + s), () -> "changed more than a prefix: " + s + " -> " + n);
        }
    }

    /** Property: a decimal's plain text parses back to the same value, without exponent or trailing zeros. */
    @ParameterizedTest
    @ValueSource(longs = {7L, 11L, 2026L})
    void plainDecimalsRoundTrip(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            BigDecimal d = BigDecimal.valueOf(rnd.nextLong() % 1_000_000_000_000L, rnd.nextInt(10) - 4);
            String s = Cells.plain(d);
            assertEquals(0, new BigDecimal(s).compareTo(d), s);
            assertFalse(s.contains("E"), s);
            assertFalse(s.contains(".") && s.endsWith("0"), s);
        }
    }

    /**
     * Property: the text built from a long (most figures, Decimals) is exactly the text of the general way (strip the
     * zeros, no negative scale, {@code toPlainString}), for values at the edges of the fast path and beyond it.
     */
    @ParameterizedTest
    @ValueSource(longs = {5L, 17L, 20261201L})
    void plainFromDigitsIsThePlainStringOfTheGeneralWay(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + rnd.nextInt(20);
            StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "-" : "");
            for (int k = 0; k < digits; k++) {
                sb.append(rnd.nextInt(4) == 0 ? '0' : (char) ('0' + rnd.nextInt(10)));
            }
            BigDecimal d = new BigDecimal(new java.math.BigInteger(sb.toString()), rnd.nextInt(24) - 3);
            BigDecimal s = d.stripTrailingZeros();
            String expected = (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
            assertEquals(expected, Cells.plain(d), () -> d.unscaledValue() + "e-" + d.scale());
            assertEquals(s.toPlainString(), Cells.plain(d), "the text ids hash (Ids) is the same");
        }
        for (String edge : List.of("0", "0.000", "-0.0", "999999999999999999", "-999999999999999999",
                "0.000000000000000001", "1000000000000000000", "12.500", "-0.05")) {
            BigDecimal d = new BigDecimal(edge);
            BigDecimal s = d.stripTrailingZeros();
            assertEquals((s.scale() < 0 ? s.setScale(0) : s).toPlainString(), Cells.plain(d), edge);
        }
    }
}
