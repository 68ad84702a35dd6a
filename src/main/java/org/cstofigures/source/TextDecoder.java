package org.cstofigures.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Decodes bytes as strict UTF-8 and splits the text into lines. Invalid UTF-8 and NUL bytes (binary content)
 * are errors that name the file, the line and the byte offset.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String shown) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new PipelineException(ExitCode.IO, shown + ":" + lineAt(bytes, at) + ": not valid UTF-8 at byte "
                    + at + "; save the file as UTF-8");
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw new PipelineException(ExitCode.IO, shown + ": not valid UTF-8 at the end of the file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new PipelineException(ExitCode.IO, shown + ":" + lineAt(bytes, i) + ": NUL byte at byte " + i
                        + "; this looks like a binary file, not UTF-8 text");
            }
        }
        out.flip();
        return out.toString();
    }

    /** Decodes or throws the JDK's exception; for callers that handle errors themselves. */
    public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Splits on \n, \r\n and lone \r; offsets are code points from the start of the text. */
    public static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int lineStartChar = 0;
        int lineStartCp = 0;
        int cp = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, lineStartCp, text.substring(lineStartChar, i)));
                int len = (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                i += len;
                cp += len;
                lineStartChar = i;
                lineStartCp = cp;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2;
            } else {
                i++;
            }
            cp++;
        }
        if (lineStartChar < text.length()) {
            lines.add(new Line(number, lineStartCp, text.substring(lineStartChar)));
        }
        return lines;
    }
}
