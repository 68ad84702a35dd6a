package org.cstofigures.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.cstofigures.source.Sha256;

/**
 * Content-derived ids, never row numbers. A figure's id is "f-" and the first 12 hex digits of the SHA-256 of
 * source id, category code, normalized subject (the English subject, lower-cased and trimmed), operation, unit
 * code, value, low and high (plain decimals without trailing zeros) and period start and end, joined by U+001F:
 * the same fact stated twice gets one id, and unrelated edits elsewhere leave it unchanged. A mention's id is
 * "m-" and the same hash of source id, code-point start and end, and surface.
 */
public final class Ids {

    private Ids() {
    }

    public static String figureId(String sourceId, String category, String subject, String operation, String unit,
            BigDecimal value, BigDecimal low, BigDecimal high, Object periodStart, Object periodEnd) {
        return "f-" + hash(sourceId, category, subject, operation, unit, plain(value), plain(low), plain(high),
                String.valueOf(periodStart), String.valueOf(periodEnd));
    }

    public static String mentionId(String sourceId, int start, int end, String surface) {
        return "m-" + hash(sourceId, Integer.toString(start), Integer.toString(end), surface);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String hash(String... parts) {
        String joined = String.join("\u001f", parts);
        return Sha256.hex(joined.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
