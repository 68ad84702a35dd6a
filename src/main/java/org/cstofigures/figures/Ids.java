package org.cstofigures.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-derived ids, never row numbers. A figure's id is "f-" and the first 12 hex digits of the SHA-256 of
 * source id, category code, normalized subject (the English subject, lower-cased and trimmed), operation, unit
 * code, value, low and high (plain decimals without trailing zeros) and period start and end, joined by U+001F:
 * the same fact stated twice gets one id, and unrelated edits elsewhere leave it unchanged. A mention's id is
 * "m-" and the same hash of source id, code-point start and end, and surface.
 */
public final class Ids {

    /**
     * Never updated itself: each hash digests with a clone, which skips the provider look-up of
     * {@code MessageDigest.getInstance} (a measurable share of the figures stage at one id per mention).
     */
    private static final MessageDigest SHA256 = sha256();

    private static final HexFormat HEX = HexFormat.of();

    private Ids() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
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
        MessageDigest md;
        try {
            md = (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            md = sha256();
        }
        // the first 12 hex digits are the first 6 bytes of the digest
        return HEX.formatHex(md.digest(joined.getBytes(StandardCharsets.UTF_8)), 0, 6);
    }
}
