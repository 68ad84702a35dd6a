package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstofigures.validate.FindingsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @TempDir
    Path dir;

    private List<CSVRecord> read(String rel) throws IOException {
        String text = Files.readString(dir.resolve(rel), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void writesEveryTableTwiceAndTheFindings() throws IOException {
        List<String> written = new CsvWriter().write(TestReleases.standard(), dir);
        assertEquals(List.of("csv/figures.csv", "csv/mentions.csv", "csv/sources.csv", "csv/findings.csv",
                "csv/codebook.csv", "csv-excel/figures.csv", "csv-excel/mentions.csv", "csv-excel/sources.csv",
                "csv-excel/findings.csv", "csv-excel/codebook.csv"), written);
    }

    @Test
    void plainFileHasNoBomAndExcelCopyIsTheSameBytesBehindABom() throws IOException {
        new CsvWriter().write(TestReleases.standard(), dir);
        byte[] plain = Files.readAllBytes(dir.resolve("csv/figures.csv"));
        byte[] excel = Files.readAllBytes(dir.resolve("csv-excel/figures.csv"));
        assertEquals('f', plain[0], "the first header starts right away: no stray character for pandas/R");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(excel, 3));
        assertArrayEquals(plain, Arrays.copyOfRange(excel, 3, excel.length));
    }

    @Test
    void rfc4180WithCrlfHeaderIsoDatesPlainDecimalsAndEmptyForMissing() throws IOException {
        new CsvWriter().write(TestReleases.standard(), dir);
        String text = Files.readString(dir.resolve("csv/figures.csv"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("figure_id,category,subject,subject_ko,"));
        assertTrue(text.contains("\r\n"), "RFC 4180 line breaks are CRLF");
        List<CSVRecord> rows = read("csv/figures.csv");
        CSVRecord header = rows.get(0);
        CSVRecord f1 = rows.get(1);
        assertEquals(Tables.FIGURES.schema().size(), header.size());
        assertEquals("1500", f1.get(header.toList().indexOf("value")), "no trailing zeros, no exponent");
        assertEquals("1500", f1.get(header.toList().indexOf("value_high")), "1.5E+3 is written 1500");
        assertEquals("2018-01-01", f1.get(header.toList().indexOf("period_start")));
        assertEquals("", f1.get(header.toList().indexOf("part_of")), "missing is an empty cell");
        assertEquals("헤로인", f1.get(header.toList().indexOf("subject_ko")));
        assertTrue(f1.get(header.toList().indexOf("quote")).contains("\"채널\""), "quotes survive the round trip");
        CSVRecord f3 = rows.get(3);
        assertEquals("0.001", f3.get(header.toList().indexOf("value_low")));
        assertEquals("", f3.get(header.toList().indexOf("value")));
    }

    @Test
    void negativeNumbersStayNumbersButFormulaLikeTextIsNeutralized() throws IOException {
        new CsvWriter().write(TestReleases.standard(), dir);
        List<CSVRecord> rows = read("csv/figures.csv");
        List<String> header = rows.get(0).toList();
        CSVRecord f2 = rows.get(2);
        assertEquals("-12.25", f2.get(header.indexOf("value")), "a number is never touched");
        assertEquals("'-12.25", f2.get(header.indexOf("as_written")), "text that starts with '-' is");
        assertEquals("'=1+1 stays text", f2.get(header.indexOf("note")));
        List<CSVRecord> findings = read("csv/findings.csv");
        assertEquals("'@check the Russian original", findings.get(1).get(7));
    }

    @Test
    void emptyTableStillHasItsHeader() throws IOException {
        Release r = TestReleases.standard();
        Table empty = new Table("findings", "Validation findings", "none", FindingsTable.DEFINITION.schema(), List.of(), List.of(),
                List.of());
        Release noFindings = new Release(r.metadata(), r.sources(), r.tables(), empty, r.validationReport(),
                r.provenance());
        new CsvWriter().write(noFindings, dir);
        assertEquals("rule,severity,status,figure_id,mention_ids,line,message,suggested_fix,decision,reason,evidence\r\n",
                Files.readString(dir.resolve("csv/findings.csv")));
        assertFalse(Files.readString(dir.resolve("csv-excel/findings.csv")).isEmpty());
    }
}
