package org.cstofigures.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.cstofigures.source.Sha256;

/**
 * Content-derived ids, never row numbers: a figure's id hashes source id, category, normalized subject,
 * operation, unit, value and period; a mention's id hashes source id, span and surface. Unrelated edits
 * elsewhere in the text leave both unchanged.
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
