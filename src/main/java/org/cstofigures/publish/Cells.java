package org.cstofigures.publish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.model.Decimals;

/**
 * How cell values are rendered as text (CSV, XLSX strings) and which tables a release publishes. Decimals are
 * plain ({@code 1500}, never {@code 1.5E+3} or {@code 1500.000}), dates ISO 8601, missing is empty.
 */
public final class Cells {

    /**
     * OWASP's list of characters that make a spreadsheet treat a text cell as a formula, and their fullwidth forms
     * (＝ ＋ － ＠), which spreadsheets with East Asian input turn into the ASCII ones.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private Cells() {
    }

    /** Plain text of a cell: no exponent, no trailing zeros, ISO dates, empty for null. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal) {
            return plain((BigDecimal) v);
        }
        if (v instanceof LocalDate) {
            return v.toString();
        }
        return v.toString();
    }

    /** A decimal without exponent and without trailing zeros: 1500, 0.5, -12 ({@link Decimals#plain}). */
    public static String plain(BigDecimal d) {
        return Decimals.plain(d);
    }

    /**
     * Text as a spreadsheet cell may show it: a string that begins with {@code = + - @}, tab or carriage return
     * (or its fullwidth form) gets a leading apostrophe (OWASP "CSV injection"), so a spreadsheet shows it as text and never runs it.
     * Only strings pass through here; numbers and dates are never changed.
     */
    public static String neutralized(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    /** Text of a cell for CSV: strings neutralized, everything else as {@link #text}. */
    public static String csvText(Object v) {
        if (v instanceof String) {
            return neutralized((String) v);
        }
        return text(v);
    }

    /** The tables a release publishes as data files: see {@link Release#published()}. */
    public static List<Table> published(Release release) {
        return release.published();
    }
}
