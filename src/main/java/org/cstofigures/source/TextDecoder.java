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

    public static String decode(byte[] bytes, String shown) {
        Utf8Chars in = new Utf8Chars(new ByteArrayInputStream(bytes), shown);
        StringBuilder sb = new StringBuilder(bytes.length);
        char[] buf = new char[1 << 16];
        try {
            int n;
            while ((n = in.read(buf, 0, buf.length)) >= 0) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        return sb.toString();
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
