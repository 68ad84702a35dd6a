package org.cstofigures.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a whole file as strict UTF-8 and splits the text into lines, exactly as the streaming
 * {@link LineReader} does. Invalid UTF-8, NUL bytes and other control characters (binary content) are errors
 * that name the file, the line and the byte offset. A byte order mark is kept as code point 0.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * Decodes a whole file. The char array is sized exactly from the byte count of lead bytes, so a large source
     * costs its bytes plus one copy of its text, not a growing buffer.
     */
    public static String decode(byte[] bytes, String shown) {
        Utf8Chars in = new Utf8Chars(new ByteArrayInputStream(bytes), shown);
        char[] chars = new char[charCount(bytes) + 1];
        int len = 0;
        try {
            int n;
            while ((n = in.read(chars, len, chars.length - len)) >= 0) {
                len += n;
                if (len == chars.length) {
                    chars = java.util.Arrays.copyOf(chars, chars.length + (1 << 16));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        return new String(chars, 0, len);
    }

    /** The number of UTF-16 chars valid UTF-8 bytes decode to: one per lead byte, two for 4-byte sequences. */
    private static int charCount(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if ((b & 0xC0) != 0x80) {
                n += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 16);
    }

    /** Decodes or throws the JDK's exception; for callers that handle errors themselves. */
    public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Splits on \n, \r\n and lone \r, with lines longer than {@link LineReader#MAX_PIECE_CHARS} in pieces;
     * offsets are code points from the start of the text.
     */
    public static List<Line> lines(String text) {
        return lines(text, LineReader.MAX_PIECE_CHARS);
    }

    /** As {@link #lines(String)} with a given piece length (for tests). */
    public static List<Line> lines(String text, int maxChars) {
        List<Line> lines = new ArrayList<>();
        LineReader r = LineReader.of(text, "text", maxChars);
        Line line;
        while ((line = r.next()) != null) {
            lines.add(line);
        }
        return lines;
    }
}
