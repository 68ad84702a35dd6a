package org.cstofigures.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Splits text into {@link Line}s with code-point offsets from the start of the file, streaming, so that a file
 * of any size runs in flat memory. Line terminators are \n, \r\n and a lone \r. A line longer than
 * {@code maxChars} chars is handed out in pieces of at most {@code maxChars} chars (cut after a space in the
 * second half of the piece where there is one, never inside a surrogate pair) that all keep the line's number.
 * The split depends only on the text, not on how it arrives in chunks; for lines of at most {@code maxChars}
 * chars it gives exactly the lines of {@link TextDecoder#lines}, which the {@code run} path uses. A UTF-8 byte order mark is kept: U+FEFF is code point 0 of the
 * file, so offsets count every code point the file's bytes decode to.
 */
public final class LineReader implements Closeable {

    /** The longest piece of a line handed to the grammar at once. */
    public static final int MAX_PIECE_CHARS = 1 << 20;

    private static final int CHUNK = 1 << 16;

    /** Where the chars come from: a decoder over bytes, or text already decoded. */
    private interface CharSource {
        int read(char[] dst, int off, int len) throws IOException;
    }

    private final CharSource source;
    private final Closeable closeable;
    private final String shown;
    private final int maxChars;
    private char[] buf;
    private int head;
    private int tail;
    private boolean eof;
    private int lineNumber = 1;
    private long offsetCp;
    private boolean midLine;

    /** Decodes {@code in} as strict UTF-8; {@code shown} names the file in messages. */
    public LineReader(InputStream in, String shown, int maxChars) {
        this(new Utf8Chars(in, shown)::read, in, shown, maxChars);
    }

    private LineReader(CharSource source, Closeable closeable, String shown, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2");
        }
        this.source = source;
        this.closeable = closeable;
        this.shown = shown;
        this.maxChars = maxChars;
        this.buf = new char[Math.min(2 * maxChars + CHUNK, 2 * MAX_PIECE_CHARS + CHUNK)];
    }

    /** Lines of text that is already decoded. */
    public static LineReader of(String text, String shown, int maxChars) {
        int[] pos = {0};
        CharSource src = (dst, off, len) -> {
            if (pos[0] >= text.length()) {
                return -1;
            }
            int n = Math.min(len, text.length() - pos[0]);
            text.getChars(pos[0], pos[0] + n, dst, off);
            pos[0] += n;
            return n;
        };
        return new LineReader(src, () -> { }, shown, maxChars);
    }

    /** The next line or piece of a line, or null at the end of the text. */
    public Line next() {
        try {
            while (true) {
                ensure(maxChars + 2);
                int avail = tail - head;
                int limit = Math.min(avail, maxChars + 1);
                int nl = -1;
                for (int i = head; i < head + limit; i++) {
                    char c = buf[i];
                    if (c == '\n' || c == '\r') {
                        nl = i;
                        break;
                    }
                }
                if (nl >= 0) {
                    int termLen = buf[nl] == '\r' && nl + 1 < tail && buf[nl + 1] == '\n' ? 2 : 1;
                    String text = new String(buf, head, nl - head);
                    head = nl + termLen;
                    boolean skip = text.isEmpty() && midLine;
                    Line line = emit(text, termLen);
                    lineNumber++;
                    midLine = false;
                    if (skip) {
                        continue;
                    }
                    return line;
                }
                if (avail > maxChars) {
                    int cut = cutPoint();
                    String text = new String(buf, head, cut);
                    head += cut;
                    midLine = true;
                    return emit(text, 0);
                }
                if (avail == 0) {
                    return null;
                }
                String text = new String(buf, head, avail);
                head = tail;
                Line line = emit(text, 0);
                lineNumber++;
                midLine = false;
                return line;
            }
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PipelineException(ExitCode.IO, shown + ": cannot read: " + msg, e);
        }
    }

    private Line emit(String text, int termLen) {
        if (offsetCp > Integer.MAX_VALUE) {
            throw new PipelineException(ExitCode.IO, shown + ":" + lineNumber
                    + ": the file has more than 2147483647 characters; split it into smaller files");
        }
        Line line = new Line(lineNumber, (int) offsetCp, text);
        offsetCp += text.codePointCount(0, text.length()) + termLen;
        return line;
    }

    private void ensure(int wanted) throws IOException {
        while (tail - head < wanted && !eof) {
            if (buf.length - tail < CHUNK) {
                System.arraycopy(buf, head, buf, 0, tail - head);
                tail -= head;
                head = 0;
                if (buf.length - tail < CHUNK) {
                    char[] bigger = new char[Math.max(buf.length * 2, tail + CHUNK)];
                    System.arraycopy(buf, 0, bigger, 0, tail);
                    buf = bigger;
                }
            }
            int n = source.read(buf, tail, buf.length - tail);
            if (n < 0) {
                eof = true;
            } else {
                tail += n;
            }
        }
    }

    private int cutPoint() {
        for (int i = head + maxChars - 1; i > head + maxChars / 2; i--) {
            if (buf[i] == ' ') {
                return i + 1 - head;
            }
        }
        int cut = maxChars;
        if (Character.isHighSurrogate(buf[head + cut - 1])) {
            cut--;
        }
        return cut;
    }

    @Override
    public void close() throws IOException {
        closeable.close();
    }
}
