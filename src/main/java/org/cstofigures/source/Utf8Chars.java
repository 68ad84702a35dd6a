package org.cstofigures.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Decodes a byte stream as strict UTF-8 in fixed-size chunks. Invalid UTF-8, NUL bytes and other C0 control
 * characters (all but tab, vertical tab, form feed, CR and LF: they mean binary content) are errors whose one-line
 * message names the file, the 1-based line and the 0-based byte offset, so both the streaming {@code extract}
 * path and the whole-file {@code run} path report a broken file the same way.
 */
final class Utf8Chars {

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final String shown;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    /** Absolute offset of the first byte not yet decoded. */
    private long byteOffset;
    /** Line of the first byte not yet decoded. */
    private int line = 1;
    private boolean lastWasCr;
    private boolean inputEnded;
    private boolean done;

    Utf8Chars(InputStream in, String shown) {
        this.in = in;
        this.shown = shown;
        bytes.flip();
        chars.flip();
    }

    /** Reads up to {@code len} chars; -1 at the end of the stream. */
    int read(char[] dst, int off, int len) throws IOException {
        while (!chars.hasRemaining()) {
            if (done) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(dst, off, n);
        return n;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        if (!inputEnded) {
            bytes.compact();
            if (bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    inputEnded = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
        }
        int from = bytes.position();
        CoderResult r = decoder.decode(bytes, chars, inputEnded);
        scan(from, bytes.position());
        if (r.isError()) {
            throw malformed();
        }
        if (inputEnded && r.isUnderflow()) {
            r = decoder.flush(chars);
            if (r.isError()) {
                throw malformed();
            }
            done = !bytes.hasRemaining() && r.isUnderflow();
        }
        chars.flip();
    }

    /** Counts lines and rejects control bytes among bytes that decoded; such bytes never occur inside a sequence. */
    private void scan(int from, int to) {
        byte[] a = bytes.array();
        for (int i = from; i < to; i++) {
            byte b = a[i];
            if (b == '\n') {
                if (!lastWasCr) {
                    line++;
                }
                lastWasCr = false;
            } else if (b == '\r') {
                line++;
                lastWasCr = true;
            } else {
                lastWasCr = false;
                if (b >= 0 && b < 0x20 && b != '\t' && b != 0x0B && b != 0x0C) {
                    throw control(b, byteOffset + (i - from));
                }
            }
        }
        byteOffset += to - from;
    }

    private PipelineException malformed() {
        return new PipelineException(ExitCode.IO, shown + ":" + line + ": not valid UTF-8 at byte " + byteOffset
                + "; save the file as UTF-8" + (mayBeCp949() ? " (if it is Korean text in CP949/EUC-KR: iconv -f"
                + " CP949 -t UTF-8 " + shown + " > converted.txt)" : ""));
    }

    /**
     * The faulty byte could be part of a CP949/EUC-KR character (0xA1–0xFE). Judged on that byte alone, which
     * every way of buffering the input sees, so that run and extract say the same.
     */
    private boolean mayBeCp949() {
        int at = bytes.position();
        return at < bytes.limit() && (bytes.get(at) & 0xFF) >= 0xA1 && (bytes.get(at) & 0xFF) <= 0xFE;
    }

    private PipelineException control(byte b, long at) {
        String what = b == 0 ? "NUL byte" : String.format(Locale.ROOT, "control character U+%04X", (int) b);
        return new PipelineException(ExitCode.IO, shown + ":" + line + ": " + what + " at byte " + at
                + "; this looks like a binary file, not UTF-8 text");
    }
}
