package org.cstofigures.model;

import java.math.BigDecimal;

/**
 * The text of a decimal as every table, format and id writes it: no exponent, no trailing zeros, no negative
 * scale ({@code 1500}, {@code 0.5}, {@code -12}); the same as {@code d.stripTrailingZeros().toPlainString()}.
 * Most figures have at most 18 digits, and their text is built from a long: the general way strips the zeros by
 * BigInteger division, and it ran for every row of {@code extract} and every id.
 */
public final class Decimals {

    private Decimals() {
    }

    /** A decimal without exponent and without trailing zeros: 1500, 0.5, -12. */
    public static String plain(BigDecimal d) {
        // nearly every figure has at most 18 digits and a scale of 0 to 18: its digits fit a long, and the text
        // is built from them directly (the general way below strips zeros by BigInteger division, on every row)
        int scale = d.scale();
        int precision = d.precision();
        if (scale >= 0 && scale <= MAX_LONG_DIGITS && precision <= MAX_LONG_DIGITS) {
            return plain(d.unscaledValue().longValue(), scale);
        }
        if (scale < 0 && precision - scale <= MAX_LONG_DIGITS) { // 1.2E+4: an integer of at most 18 digits
            long v = d.unscaledValue().longValue();
            for (int i = scale; i < 0; i++) {
                v *= 10;
            }
            return Long.toString(v);
        }
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    /** Digits that always fit a long (10^18 - 1 < 2^63). */
    private static final int MAX_LONG_DIGITS = 18;

    /** {@code unscaled × 10^-scale} as {@link #plain(BigDecimal)} writes it, for |unscaled| < 10^18. */
    private static String plain(long unscaled, int scale) {
        long u = unscaled;
        int sc = scale;
        while (sc > 0 && u % 10 == 0) {
            u /= 10;
            sc--;
        }
        if (sc == 0) {
            return Long.toString(u);
        }
        String digits = Long.toString(Math.abs(u));
        StringBuilder b = new StringBuilder(digits.length() + sc + 3);
        if (u < 0) {
            b.append('-');
        }
        int intDigits = digits.length() - sc;
        if (intDigits > 0) {
            b.append(digits, 0, intDigits).append('.').append(digits, intDigits, digits.length());
        } else {
            b.append("0.");
            for (int i = intDigits; i < 0; i++) {
                b.append('0');
            }
            b.append(digits);
        }
        return b.toString();
    }

}
