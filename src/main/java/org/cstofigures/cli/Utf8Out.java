package org.cstofigures.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer on a byte stream that also hands out the stream, so that a command can write text it
 * has already encoded (extract's workers encode their rows) without decoding and encoding it again. Whoever
 * writes bytes flushes this writer first.
 */
final class Utf8Out extends PrintWriter {
    private final OutputStream bytes;

    Utf8Out(OutputStream bytes) {
        super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16), false);
        this.bytes = bytes;
    }

    /** The byte stream under this writer. */
    OutputStream bytes() {
        return bytes;
    }
}
