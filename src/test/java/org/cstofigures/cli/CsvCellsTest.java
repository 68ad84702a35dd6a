package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cstofigures.publish.Cells;
import org.junit.jupiter.api.Test;

/** {@link CsvCells} writes the bytes Commons CSV's RFC 4180 printer writes, for any cells. */
class CsvCellsTest {

    /** Chars that matter to quoting (delimiter, quote, line breaks, chars up to '#' and ' '), and others. */
    private static final char[] CHARS = {',', '"', '\r', '\n', ' ', '\t', '#', '!', '$', '\'', 'a', 'Z', '0', '.', '-',
        '\u0000', '\u001f', '\u00e9', '\u0416', '\ud55c', '\uae00', '\u3000', '\uff0c', '\ud83d', '\ude00', '\uffff'};

    @Test
    void randomRowsAreTheBytesOfCommonsCsv() throws Exception {
        Random r = new Random(4180);
        for (int trial = 0; trial < 20_000; trial++) {
            List<Object> row = new ArrayList<>();
            int cells = 1 + r.nextInt(5);
            for (int i = 0; i < cells; i++) {
                row.add(value(r));
            }
            assertArrayEquals(commons(row), encode(row), () -> "row " + row);
        }
    }

    @Test
    void edgeCells() throws Exception {
        for (List<Object> row : List.<List<Object>>of(Arrays.asList(""), Arrays.asList("", ""), Arrays.asList("a", ""),
                Arrays.asList((Object) null), Arrays.asList("#a", "#a"), Arrays.asList(" a", "a "),
                Arrays.asList("\"", "a\"b\"\""), Arrays.asList("\ud83d\ude00", "\ud83d", "x\ude00y"),
                Arrays.asList(new BigDecimal("1.500"), new BigDecimal("1E+3"), 7, LocalDate.of(2024, 2, 29)))) {
            assertArrayEquals(commons(row), encode(row), () -> "row " + row);
        }
    }

    @Test
    void integerCellsAreTheirDecimalText() {
        Random r = new Random(11);
        for (int trial = 0; trial < 10_000; trial++) {
            int v = trial < 4 ? new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}[trial] : r.nextInt() >> r.nextInt(31);
            boolean first = r.nextBoolean();
            CsvCells a = new CsvCells(1);
            a.cell(v, first);
            CsvCells b = new CsvCells(1);
            b.cell(Integer.toString(v), first);
            assertArrayEquals(b.take(), a.take(), () -> "cell " + v);
        }
    }

    @Test
    void aRepeatedLongCellIsWrittenAgainExactly() throws Exception {
        String sentence = "부산의 인구는 약 237만명이며, 면적은 \"94헥타르\"에 이른다. 😀 and some more text to be long";
        List<Object> a = Arrays.asList(sentence, "x", sentence);
        List<Object> b = Arrays.asList("y", sentence, sentence + " ");
        CsvCells c = new CsvCells(8);
        c.row(a);
        c.row(b);
        c.row(a);
        byte[] all = c.take();
        byte[] expected = concat(commons(a), commons(b), commons(a));
        assertArrayEquals(expected, all);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void takeEmptiesTheBuffer() {
        CsvCells c = new CsvCells(1);
        c.row(List.of("한국어 텍스트, 쉼표"));
        assertEquals("\"한국어 텍스트, 쉼표\"\r\n", new String(c.take(), StandardCharsets.UTF_8));
        assertEquals(0, c.size());
        c.row(List.of("b"));
        assertEquals("b\r\n", new String(c.take(), StandardCharsets.UTF_8));
    }

    private static Object value(Random r) {
        switch (r.nextInt(8)) {
            case 0:
                return null;
            case 1:
                return BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(5) - 2);
            case 2:
                return r.nextInt(1000);
            default:
                StringBuilder s = new StringBuilder();
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    s.append(CHARS[r.nextInt(CHARS.length)]);
                }
                return s.toString();
        }
    }

    private static byte[] encode(List<Object> row) {
        CsvCells c = new CsvCells(4);
        c.row(row);
        return c.take();
    }

    private static byte[] commons(List<Object> row) throws Exception {
        StringBuilder out = new StringBuilder();
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        for (Object v : row) {
            p.print(Cells.text(v));
        }
        p.println();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
