package org.cstofigures.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Streams a UTF-8 file as {@link Line}s with code-point offsets from the start of the file, without holding the
 * whole file in memory. A line longer than {@code maxChars} is handed out in pieces (split at a space where
 * possible) that keep its line number, so a huge file without newlines still runs in flat memory.
 */
public final class LineReader implements Closeable {

    private final Reader reader;
    private final String shown;
    private final int maxChars;
    private int lineNumber = 1;
    private int offsetCp;
    private final StringBuilder pending = new StringBuilder();
    private boolean eof;

    public LineReader(InputStream in, String shown, int maxChars) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new InputStreamReader(in, dec);
        this.shown = shown;
        this.maxChars = maxChars;
    }

    /** The next line or piece of a line, or null at the end of the file. */
    public Line next() {
        try {
            while (true) {
                int nl = indexOfTerminator();
                if (nl >= 0) {
                    String text = pending.substring(0, nl);
                    int termLen = pending.charAt(nl) == '\r' && nl + 1 < pending.length()
                            && pending.charAt(nl + 1) == '\n' ? 2 : 1;
                    if (pending.charAt(nl) == '\r' && nl + 1 == pending.length() && !eof) {
                        // a \r at the end of the buffer: need one more char to know if \n follows
                        if (fill() < 0) {
                            continue;
                        }
                        continue;
                    }
                    pending.delete(0, nl + termLen);
                    Line line = new Line(lineNumber++, offsetCp, text);
                    offsetCp += text.codePointCount(0, text.length()) + termLen;
                    return line;
                }
                if (pending.length() >= maxChars) {
                    int cut = cutPoint();
                    String text = pending.substring(0, cut);
                    pending.delete(0, cut);
                    Line piece = new Line(lineNumber, offsetCp, text);
                    offsetCp += text.codePointCount(0, text.length());
                    return piece;
                }
                if (eof) {
                    if (pending.length() == 0) {
                        return null;
                    }
                    String text = pending.toString();
                    pending.setLength(0);
                    Line line = new Line(lineNumber++, offsetCp, text);
                    offsetCp += text.codePointCount(0, text.length());
                    return line;
                }
                fill();
            }
        } catch (MalformedInputException e) {
            throw new PipelineException(ExitCode.IO, shown + ":" + lineNumber
                    + ": not valid UTF-8; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, shown + ": cannot read: " + e.getMessage(), e);
        }
    }

    private int fill() throws IOException {
        char[] buf = new char[65536];
        int n = reader.read(buf);
        if (n < 0) {
            eof = true;
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (buf[i] == 0) {
                throw new PipelineException(ExitCode.IO, shown + ":" + lineNumber
                        + ": NUL byte; this looks like a binary file, not UTF-8 text");
            }
        }
        pending.append(buf, 0, n);
        return n;
    }

    private int indexOfTerminator() {
        for (int i = 0; i < pending.length(); i++) {
            char c = pending.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private int cutPoint() {
        int limit = Math.min(maxChars, pending.length());
        for (int i = limit - 1; i > limit / 2; i--) {
            if (pending.charAt(i) == ' ') {
                return i + 1;
            }
        }
        int cut = limit;
        if (Character.isHighSurrogate(pending.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
