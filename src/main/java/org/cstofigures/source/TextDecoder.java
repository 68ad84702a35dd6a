package org.cstofigures.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Decodes a whole file as strict UTF-8, exactly as the streaming {@link LineReader} does, and splits the text
 * into whole lines. Invalid UTF-8, NUL bytes and other control characters (binary content) are errors
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

    /**
     * Splits on \n, \r\n and lone \r into whole lines, one {@link Line} per line number, so that
     * {@code lines().get(n - 1)} is line n (the figures and validate stages rely on it). Offsets are code points
     * from the start of the text. Lines are never cut here; the source stage refuses a line longer than
     * {@link LineReader#MAX_PIECE_CHARS} instead, so for every source {@code run} accepts, the streaming
     * {@code extract} path sees exactly the same lines.
     */
    public static List<Line> lines(String text) {
        return lines(text, null, Integer.MAX_VALUE);
    }

    /**
     * As {@link #lines(String)}, refusing a line longer than {@code maxLineChars} chars with an error naming
     * {@code shown} and the line (exit 3), before copying it.
     */
    public static List<Line> lines(String text, String shown, int maxLineChars) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int lineStartChar = 0;
        int lineStartCp = 0;
        int cp = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i - lineStartChar > maxLineChars) {
                throw tooLong(shown, number, maxLineChars);
            }
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, lineStartCp, text.substring(lineStartChar, i)));
                int len = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                i += len;
                cp += len;
                lineStartChar = i;
                lineStartCp = cp;
                continue;
            }
            i += Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    ? 2 : 1;
            cp++;
        }
        if (text.length() - lineStartChar > maxLineChars) {
            throw tooLong(shown, number, maxLineChars);
        }
        if (lineStartChar < text.length()) {
            lines.add(new Line(number, lineStartCp, text.substring(lineStartChar)));
        }
        return lines;
    }

    private static PipelineException tooLong(String shown, int line, int max) {
        return new PipelineException(ExitCode.IO, shown + ":" + line + ": line longer than " + max
                + " characters; run takes a source line (paragraph) at most that long: break the text into lines,"
                + " or use extract, which streams a file of any shape");
    }

    /** The lines and pieces the streaming {@link LineReader} gives for this text, in memory (for tests). */
    public static List<Line> pieces(String text, int maxChars) {
        List<Line> lines = new ArrayList<>();
        LineReader r = LineReader.of(text, "text", maxChars);
        Line line;
        while ((line = r.next()) != null) {
            lines.add(line);
        }
        return lines;
    }
}
