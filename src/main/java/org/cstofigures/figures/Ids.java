package org.cstofigures.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cstofigures.model.Decimals;

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
        String v = plain(value);
        // low and high mostly equal the value: their text is the value's
        String l = low != null && low.equals(value) ? v : plain(low);
        String h = high != null && high.equals(value) ? v : high != null && high.equals(low) ? l : plain(high);
        return "f-" + hash(sourceId, category, subject, operation, unit, v, l, h, String.valueOf(periodStart),
                String.valueOf(periodEnd));
    }

    public static String mentionId(String sourceId, int start, int end, String surface) {
        return "m-" + hash(sourceId, Integer.toString(start), Integer.toString(end), surface);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : Decimals.plain(v);
    }

    /** The hash of the parts joined by U+001F, digested part by part (the same digest, without the joined text). */
    private static String hash(String... parts) {
        MessageDigest md;
        try {
            md = (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            md = sha256();
        }
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                md.update(SEPARATOR);
            }
            md.update(String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8)); // null as "null", as join wrote it
        }
        // the first 12 hex digits are the first 6 bytes of the digest
        return HEX.formatHex(md.digest(), 0, 6);
    }

    /** U+001F in UTF-8. */
    private static final byte SEPARATOR = 0x1f;
}
