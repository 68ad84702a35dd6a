package org.cstofigures.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.cstofigures.publish.Cells;

/** Escaping and number formatting for the site's pages; everything locale-independent. */
final class Html {

    private Html() {
    }

    /** Text escaped for an element or a double-quoted attribute. */
    static String esc(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof BigDecimal || v instanceof LocalDate ? Cells.text(v) : v.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    /** A number with thousands separators: 123,456; 7.5; 1,234.25. Empty for null. */
    static String num(BigDecimal d) {
        if (d == null) {
            return "";
        }
        String plain = Cells.plain(d);
        boolean neg = plain.startsWith("-");
        if (neg) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return (neg ? "-" : "") + b + frac;
    }

    /** A byte count for people: 15.1 kB, 1.2 MB (powers of 1000). */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP) + " kB";
        }
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP) + " MB";
    }

    /** A value usable in an id or file name: lower-case letters, digits and '-'. */
    static String slug(String s) {
        String out = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "x" : out;
    }
}
