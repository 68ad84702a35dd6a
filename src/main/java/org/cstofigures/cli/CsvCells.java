package org.cstofigures.cli;

import java.util.Arrays;
import java.util.List;
import org.cstofigures.publish.Cells;

/**
 * Rows of CSV text exactly as Commons CSV prints them with {@code CSVFormat.RFC4180} (cells separated by commas,
 * rows ended by CRLF, a cell quoted when it holds a comma, quote, CR or LF, begins with a char up to {@code #},
 * ends with a char up to a space, or is an empty first cell; quotes inside doubled), written straight into UTF-8
 * bytes: {@code extract}'s workers encode hundreds of thousands of rows, and going through a {@code CSVPrinter},
 * a StringBuilder and {@code String.getBytes} copied every cell three times. {@code CsvCellsTest} holds it to
 * Commons CSV's output on seeded random cells.
 */
final class CsvCells {
    private byte[] buf;
    private int size;

    CsvCells(int capacity) {
        this.buf = new byte[Math.max(16, capacity)];
    }

    /** Appends one row of cell values ({@link Cells#text} of each) and its CRLF. */
    void row(List<Object> row) {
        for (int i = 0; i < row.size(); i++) {
            cell(Cells.text(row.get(i)), i == 0);
        }
        endRow();
    }

    /** Ends the row of the cells appended since the last end. */
    void endRow() {
        ensure(2);
        buf[size++] = '\r';
        buf[size++] = '\n';
    }

    /**
     * Cells at least this long are remembered with their bytes: the sentence of a mention repeats in the rows of
     * every mention of that sentence, and comparing it with the last one is cheaper than encoding it again.
     */
    static final int REMEMBERED_CHARS = 32;

    private String lastLong;
    private boolean lastLongFirst;
    private byte[] lastLongBytes;

    /** Appends one cell; {@code first} if it begins its row (else a comma goes before it). */
    void cell(String s, boolean first) {
        if (!first) {
            ensure(1);
            buf[size++] = ',';
        }
        if (s.length() < REMEMBERED_CHARS) {
            encode(s, first);
        } else if (first == lastLongFirst && s.equals(lastLong)) {
            ensure(lastLongBytes.length);
            System.arraycopy(lastLongBytes, 0, buf, size, lastLongBytes.length);
            size += lastLongBytes.length;
        } else {
            int start = size;
            encode(s, first);
            lastLong = s;
            lastLongFirst = first;
            lastLongBytes = Arrays.copyOfRange(buf, start, size);
        }
    }

    /** The cell's bytes, quoted if it needs quotes. */
    private void encode(String s, boolean first) {
        if (!needsQuotes(s, first)) {
            text(s, 0, s.length());
            return;
        }
        ensure(1);
        buf[size++] = '"';
        int from = 0;
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
            text(s, from, i + 1); // the quote itself, then again below
            from = i;
        }
        text(s, from, s.length());
        ensure(1);
        buf[size++] = '"';
    }

    /** Appends an integer cell, as {@code Integer.toString} writes it (never quoted: no char up to '#'). */
    void cell(int v, boolean first) {
        ensure(12);
        if (!first) {
            buf[size++] = ',';
        }
        if (v < 0) {
            if (v == Integer.MIN_VALUE) {
                text(Integer.toString(v), 0, 11);
                return;
            }
            buf[size++] = '-';
            v = -v;
        }
        int digits = 1;
        for (int x = v; x >= 10; x /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
    }

    /** Commons CSV's {@code QuoteMode.MINIMAL} test for RFC 4180 (comma delimiter, quote as its own escape). */
    static boolean needsQuotes(String s, boolean first) {
        int n = s.length();
        if (n == 0) {
            return first; // an empty first cell is quoted, or an empty one-cell row would be an empty line
        }
        return s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ' || s.indexOf(',') >= 0 || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /**
     * Appends {@code s[from, to)} as UTF-8, as {@code String.getBytes(UTF_8)} encodes it (a surrogate without its
     * pair becomes {@code ?}).
     */
    private void text(String s, int from, int to) {
        ensure(3 * (to - from));
        byte[] b = buf;
        int p = size;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = '?';
            }
        }
        size = p;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** Bytes written so far. */
    int size() {
        return size;
    }

    /** The bytes written so far, and empties this buffer. */
    byte[] take() {
        byte[] out = Arrays.copyOf(buf, size);
        size = 0;
        return out;
    }
}
