package org.cstofigures.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming line reader and the whole-file decoder split the same bytes into the same lines and pieces with
 * the same code-point offsets, and report a broken file with the same message (line and byte offset).
 */
class LineReaderTest {

    private static final String[] ALPHABET = {"a", "가", "ㄱ", " ", " ", "\n", "\r", "\r\n", "😀", "𝟏", "1", "2", "명",
        "\uFEFF", "\u0301", "\u200B", "\u00A0", ",", "."};

    /** An InputStream that hands out a random 1..7 bytes per read, to shake out chunk-boundary bugs. */
    private static InputStream trickle(byte[] b, Random r) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] dst, int off, int len) {
                return super.read(dst, off, Math.min(len, 1 + r.nextInt(7)));
            }
        };
    }

    private static List<Line> streamed(byte[] bytes, int max, Random r) throws IOException {
        List<Line> out = new ArrayList<>();
        try (LineReader lr = new LineReader(trickle(bytes, r), "f.txt", max)) {
            Line l;
            while ((l = lr.next()) != null) {
                out.add(l);
            }
        }
        return out;
    }

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void streamedAndWholeAgree(int seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(300);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String text = sb.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int max = 2 + r.nextInt(40);
        String decoded = TextDecoder.decode(bytes, "f.txt");
        assertEquals(text, decoded, "the BOM and everything else is kept");
        List<Line> whole = TextDecoder.pieces(decoded, max);
        assertEquals(whole, streamed(bytes, max, r));
        assertEquals(TextDecoder.lines(decoded), streamed(bytes, 1 << 20, r), "run and extract split alike");
        List<Line> joined = new ArrayList<>();
        for (Line l : whole) { // pieces of a line, joined, are the run path's whole line
            Line last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.number() == l.number()) {
                joined.set(joined.size() - 1, new Line(last.number(), last.start(), last.text() + l.text()));
            } else {
                joined.add(l);
            }
        }
        List<Line> wholeLines = TextDecoder.lines(decoded);
        assertEquals(wholeLines.size(), joined.size());
        for (int i = 0; i < joined.size(); i++) {
            assertEquals(i + 1, wholeLines.get(i).number(), "lines().get(n - 1) is line n");
            assertEquals(wholeLines.get(i).start(), joined.get(i).start());
            assertEquals(wholeLines.get(i).text(), joined.get(i).text());
        }
        int[] cps = text.codePoints().toArray();
        for (Line l : whole) {
            assertTrue(l.text().length() <= max, "piece longer than max");
            assertTrue(l.text().isEmpty() || !Character.isLowSurrogate(l.text().charAt(0)), "split surrogate pair");
            int len = l.text().codePointCount(0, l.text().length());
            assertEquals(l.text(), new String(cps, l.start(), len), "text at the line's offset");
            int line = 1;
            for (int i = 0; i < l.start(); i++) {
                if (cps[i] == '\r' || cps[i] == '\n' && (i == 0 || cps[i - 1] != '\r')) {
                    line++;
                }
            }
            assertEquals(line, l.number(), "line number of piece at " + l.start());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void brokenBytesGiveTheSameMessageOnBothPaths(int seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(100); i < n; i++) {
            sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        bytes[r.nextInt(bytes.length)] = (byte) new int[] {0x00, 0x07, 0x1B, 0x80, 0xC0, 0xF8, 0xFF, 0xED}[r.nextInt(8)];
        PipelineException whole = null;
        try {
            TextDecoder.decode(bytes, "f.txt");
        } catch (PipelineException e) {
            whole = e;
        }
        PipelineException stream = null;
        try {
            streamed(bytes, 2 + r.nextInt(40), r);
        } catch (PipelineException | IOException e) {
            stream = (PipelineException) e;
        }
        if (whole == null) { // e.g. 0xED replaced the lead byte of a sequence that still decodes
            assertEquals(null, stream);
            return;
        }
        assertEquals(ExitCode.IO, whole.exitCode());
        assertEquals(whole.getMessage(), stream == null ? null : stream.getMessage());
        assertTrue(whole.getMessage().matches("f\\.txt:\\d+: .* at byte \\d+; .*"), whole.getMessage());
    }

    @Test
    void longLineIsCutAfterASpaceAndKeepsItsNumber() {
        String line = "가".repeat(8) + " 12명 " + "나".repeat(8) + " 끝";
        List<Line> ls = TextDecoder.pieces("첫 줄\r\n" + line + "\n셋", 12);
        assertEquals(List.of(1, 2, 2, 2, 3), ls.stream().map(Line::number).toList());
        assertEquals("가".repeat(8) + " ", ls.get(1).text());
        assertEquals("12명 " + "나".repeat(8), ls.get(2).text());
        assertEquals(line, ls.get(1).text() + ls.get(2).text() + ls.get(3).text());
        assertEquals(5, ls.get(1).start());
    }

    @Test
    void pieceNeverSplitsASurrogatePair() {
        List<Line> ls = TextDecoder.pieces("😀".repeat(5), 3);
        assertEquals(List.of("😀", "😀", "😀", "😀", "😀"), ls.stream().map(Line::text).toList());
        assertEquals(List.of(0, 1, 2, 3, 4), ls.stream().map(Line::start).toList());
    }

    @Test
    void byteOrderMarkIsCodePointZero() {
        byte[] b = "\uFEFF12명\r\n3건".getBytes(StandardCharsets.UTF_8);
        List<Line> ls = TextDecoder.lines(TextDecoder.decode(b, "f.txt"));
        assertEquals(new Line(1, 0, "\uFEFF12명"), ls.get(0));
        assertEquals(new Line(2, 6, "3건"), ls.get(1));
    }

    @Test
    void invalidUtf8NamesLineAndByte() {
        byte[] b = {'a', '\n', 'b', '\r', '\n', 'c', (byte) 0xC3, '(', '\n'};
        PipelineException e = assertThrows(PipelineException.class, () -> TextDecoder.decode(b, "x.txt"));
        assertEquals("x.txt:3: not valid UTF-8 at byte 6; save the file as UTF-8 (if it is Korean text in"
                + " CP949/EUC-KR: iconv -f CP949 -t UTF-8 x.txt > converted.txt)", e.getMessage());
        byte[] stray = {'a', (byte) 0x80, '\n'}; // a byte no CP949 character has: no such advice
        PipelineException f = assertThrows(PipelineException.class, () -> TextDecoder.decode(stray, "y.txt"));
        assertEquals("y.txt:1: not valid UTF-8 at byte 1; save the file as UTF-8", f.getMessage());
    }

    @Test
    void nulNamesLineAndByte() {
        byte[] b = {'a', '\r', 'b', 0, 'c'};
        PipelineException e = assertThrows(PipelineException.class, () -> TextDecoder.decode(b, "x.txt"));
        assertEquals("x.txt:2: NUL byte at byte 3; this looks like a binary file, not UTF-8 text", e.getMessage());
    }

    @Test
    void runRefusesALineLongerThanThePieceLimit() {
        String text = "a\r\nb\n" + "가".repeat(11) + "\nd";
        assertEquals(4, TextDecoder.lines(text, "raw/x.txt", 11).size());
        PipelineException e = assertThrows(PipelineException.class, () -> TextDecoder.lines(text, "raw/x.txt", 10));
        assertEquals(ExitCode.IO, e.exitCode());
        assertTrue(e.getMessage().startsWith("raw/x.txt:3: line longer than 10 characters;"), e.getMessage());
        PipelineException last = assertThrows(PipelineException.class,
                () -> TextDecoder.lines("a\n" + "b".repeat(11), "raw/y.txt", 10));
        assertTrue(last.getMessage().startsWith("raw/y.txt:2: line longer than 10"), last.getMessage());
    }

    @Test
    void tabFormFeedAndVerticalTabAreText() {
        assertEquals("a\tb\u000Bc\u000Cd", TextDecoder.decode("a\tb\u000Bc\u000Cd".getBytes(StandardCharsets.UTF_8), "x"));
    }
}
