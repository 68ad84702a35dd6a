package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cstofigures.validate.FindingsTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    @TempDir
    Path dir;

    private XSSFWorkbook wb;

    @BeforeEach
    void write() throws IOException {
        new XlsxWriter().write(TestReleases.standard(), dir);
        try (InputStream in = Files.newInputStream(dir.resolve(XlsxWriter.PATH))) {
            wb = new XSSFWorkbook(in);
        }
    }

    private static int col(XSSFSheet sh, String name) {
        for (Cell c : sh.getRow(0)) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void sheetsAboutFirstThenTablesFindingsCodebook() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        assertEquals(List.of("About", "figures", "mentions", "sources", "findings", "codebook"), names);
        assertEquals(names.subList(1, names.size()), TestReleases.standard().published().stream().map(Table::name).toList(),
                "the workbook's sheets come in the order of the downloads list");
    }

    @Test
    void aboutSheetLeadsWithWhatItIsThenCaveatsAndKeepsHashesBelow() {
        XSSFSheet about = wb.getSheet("About");
        StringBuilder all = new StringBuilder();
        for (Row r : about) {
            Cell v = r.getCell(1);
            all.append(r.getCell(0).getStringCellValue()).append(v == null ? "" : " = " + v.getStringCellValue())
                    .append('\n');
        }
        String text = all.toString();
        assertTrue(text.startsWith("What this is = Test figures\nDescription = Figures for the writer tests.\n"
                + "Version = 9.9.9, released 2026-11-28\n"), text);
        assertTrue(text.contains("How to cite = Test team (2026). Test figures."));
        assertTrue(text.contains("Machine translation = Source src-1 is a machine translation from 'ru'"), text);
        assertTrue(text.contains("Corrected by an editor = temperature change: '-12.25' (line 40) is written as"
                + " -12.25 other and published as -12.25"), text);
        assertTrue(text.contains("Do not add up across rows = "), text);
        assertTrue(text.contains("Open questions = 1 validation finding(s) are open"), text);
        assertTrue(text.contains("value_low, value_high = "), text);
        int caveats = text.indexOf("Before you quote a number");
        int hashes = text.indexOf(TestReleases.SHA);
        assertTrue(caveats > 0 && hashes > caveats, "caveats first, checksums below");
        assertTrue(text.indexOf("config_sha256 = c0ffee") > text.indexOf("Generated from"));
        assertTrue(text.indexOf("Generated from") > caveats);
        assertTrue(text.contains("CC-BY-4.0"));
        assertTrue(text.contains("Third-party text."), "the source's rights note");
    }

    @Test
    void rowHeightsShowWrappedText() {
        XSSFSheet about = wb.getSheet("About");
        for (Row r : about) {
            Cell v = r.getCell(1);
            if (v == null) {
                continue;
            }
            int lines = XlsxWriter.wrappedLines(v.getStringCellValue(), XlsxWriter.ABOUT_TEXT_WIDTH);
            assertTrue(r.getHeightInPoints() >= lines * XlsxWriter.LINE_POINTS, r.getCell(0) + ": " + lines
                    + " lines need more than " + r.getHeightInPoints() + " pt");
        }
        XSSFSheet fig = wb.getSheet("figures");
        int quote = col(fig, "quote");
        String q = fig.getRow(1).getCell(quote).getStringCellValue();
        int width = fig.getColumnWidth(quote) / 256;
        assertTrue(XlsxWriter.wrappedLines(q, width) > 1, "the test quote is longer than its column");
        assertTrue(fig.getRow(1).getHeightInPoints() >= XlsxWriter.wrappedLines(q, width) * XlsxWriter.LINE_POINTS);
    }

    @Test
    void wrappedLinesCountsWordsAndWideCharacters() {
        assertEquals(1, XlsxWriter.wrappedLines("abc def", 10));
        assertEquals(2, XlsxWriter.wrappedLines("abcdef ghijkl", 8));
        assertEquals(2, XlsxWriter.wrappedLines("a\nb", 10));
        assertEquals(2, XlsxWriter.wrappedLines("헤로인헤로인", 10), "Hangul counts twice: 12 cells in 9");
        assertEquals(3, XlsxWriter.wrappedLines("0".repeat(20), 9), "a long word is broken");
    }

    @Test
    void printsLandscapeFittedToWidthWithTheHeaderRepeated() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sh = wb.getSheetAt(i);
            assertTrue(sh.getPrintSetup().getLandscape(), sh.getSheetName());
            assertEquals(1, sh.getPrintSetup().getFitWidth(), sh.getSheetName());
            assertEquals(0, sh.getPrintSetup().getFitHeight(), sh.getSheetName());
            assertTrue(sh.getFitToPage(), sh.getSheetName());
            if (i > 0) {
                assertEquals("1:1", sh.getRepeatingRows().formatAsString().replace("$", ""), sh.getSheetName());
            }
        }
    }

    @Test
    void numbersAreNumericCellsDatesAreDateCellsAndMissingIsBlank() {
        XSSFSheet sh = wb.getSheet("figures");
        Row f1 = sh.getRow(1);
        Cell value = f1.getCell(col(sh, "value"));
        assertEquals(CellType.NUMERIC, value.getCellType());
        assertEquals(1500.0, value.getNumericCellValue());
        assertEquals("#,##0", value.getCellStyle().getDataFormatString(), "thousands separators");
        Cell start = f1.getCell(col(sh, "period_start"));
        assertEquals(CellType.NUMERIC, start.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(start));
        assertEquals("yyyy-mm-dd", start.getCellStyle().getDataFormatString());
        assertEquals(LocalDate.of(2018, 1, 1), start.getLocalDateTimeCellValue().toLocalDate());
        assertEquals(CellType.NUMERIC, f1.getCell(col(sh, "mention_count")).getCellType());
        assertNull(f1.getCell(col(sh, "part_of")), "missing is a blank cell");
        Cell negative = sh.getRow(2).getCell(col(sh, "value"));
        assertEquals(CellType.NUMERIC, negative.getCellType(), "a negative number stays a number");
        assertEquals(-12.25, negative.getNumericCellValue());
        assertEquals("#,##0.0##############", negative.getCellStyle().getDataFormatString());
        assertEquals("#,##0", f1.getCell(col(sh, "mention_count")).getCellStyle().getDataFormatString());
        assertEquals("헤로인", f1.getCell(col(sh, "subject_ko")).getStringCellValue(), "Korean survives");
    }

    @Test
    void everyDataSheetHasBoldFrozenHeaderAndAutofilter() {
        for (String name : List.of("figures", "mentions", "sources", "codebook", "findings")) {
            XSSFSheet sh = wb.getSheet(name);
            assertNotNull(sh.getPaneInformation(), name);
            assertTrue(sh.getPaneInformation().isFreezePane(), name);
            assertEquals(1, sh.getPaneInformation().getHorizontalSplitPosition(), name + ": header row frozen");
            assertTrue(sh.getPaneInformation().getVerticalSplitPosition() >= 1, name + ": id column frozen");
            assertTrue(sh.getCTWorksheet().isSetAutoFilter(), name + ": autofilter");
            assertTrue(wb.getFontAt(sh.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), name);
        }
        XSSFSheet fig = wb.getSheet("figures");
        assertEquals("A1:X4", fig.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(3, fig.getPaneInformation().getVerticalSplitPosition(), "figure_id, category, subject frozen");
    }

    @Test
    void longTextWrapsAndWidthsAreSensible() {
        XSSFSheet sh = wb.getSheet("figures");
        int quote = col(sh, "quote");
        assertTrue(sh.getRow(1).getCell(quote).getCellStyle().getWrapText(), "quote wraps");
        assertTrue(sh.getColumnWidth(quote) <= 60 * 256);
        assertTrue(sh.getColumnWidth(col(sh, "figure_id")) >= 8 * 256);
    }

    @Test
    void dictionaryDescribesEveryColumn() {
        XSSFSheet sh = wb.getSheet(XlsxWriter.DICTIONARY);
        int expected = Tables.FIGURES.schema().size() + Tables.MENTIONS.schema().size() + Tables.SOURCES.schema().size()
                + FindingsTable.DEFINITION.schema().size() + Codebook.DEFINITION.schema().size();
        assertEquals(expected, sh.getLastRowNum());
        Row unit = null;
        for (Row r : sh) {
            if (r.getCell(0).getStringCellValue().equals("figures") && r.getCell(1).getStringCellValue()
                    .equals("unit")) {
                unit = r;
            }
        }
        assertNotNull(unit);
        assertTrue(unit.getCell(6).getStringCellValue().contains("kg"), "allowed values listed");
    }

    @Test
    void aValueIsANumberCellOnlyWhereASpreadsheetNumberHoldsItExactly() {
        for (String v : List.of("0.0015", "0.000003", "123456789012345", "1250000000000", "-12.5", "3600000")) {
            assertTrue(XlsxWriter.asNumber(new java.math.BigDecimal(v)), v);
        }
        for (String v : List.of("12345678901234567890", "4567890123456789", "0.1234567890123456",
                "99999999999999999999999999.999999999999")) {
            assertFalse(XlsxWriter.asNumber(new java.math.BigDecimal(v)), v);
        }
    }

    @Test
    void numbersInSentencesAreExactWithSeparators() {
        assertEquals("3,600,000", XlsxWriter.number(new java.math.BigDecimal("3600000")));
        assertEquals("0.0000015", XlsxWriter.number(new java.math.BigDecimal("0.0000015")));
        assertEquals("-12,345,678,901,234,567,890.5",
                XlsxWriter.number(new java.math.BigDecimal("-12345678901234567890.50")));
        assertEquals("100", XlsxWriter.number(new java.math.BigDecimal("1E+2")));
    }

    @Test
    void workbookPropertiesAreSetAndDatedByTheReleaseNotTheClock() {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        assertEquals("Test figures", core.getTitle());
        assertEquals("test team", core.getCreator());
        assertTrue(core.getKeywords().contains("집단안보조약기구"));
        assertNotNull(core.getSubject());
        assertEquals(java.time.Instant.parse("2026-11-28T00:00:00Z"), core.getCreated().toInstant());
        assertEquals(java.time.Instant.parse("2026-11-28T00:00:00Z"), core.getModified().toInstant());
    }
    @Test
    void aTextLongerThanACellHoldsIsCutWithANoteAndTheRestPassesUnchanged() {
        String lines = "1;".repeat(20_000); // 40,000 characters: the lines of an event stated 20,000 times
        String cut = (String) XlsxWriter.fitted("events", lines);
        assertTrue(cut.length() <= XlsxWriter.MAX_CELL_TEXT - 1, "still " + cut.length() + " characters");
        assertTrue(cut.startsWith("1;1;1;"));
        assertTrue(cut.endsWith("… [cut: 40000 characters, more than a spreadsheet cell holds; the whole text is in"
                + " csv/events.csv]"), cut.substring(cut.length() - 120));
        String fits = "가".repeat(XlsxWriter.MAX_CELL_TEXT);
        assertEquals(fits, XlsxWriter.fitted("events", fits));
        assertEquals(12, XlsxWriter.fitted("events", 12));
        String surrogates = "\uD83D\uDE00".repeat(20_000);
        String cutPairs = (String) XlsxWriter.fitted("t", surrogates);
        assertFalse(Character.isHighSurrogate(cutPairs.charAt(cutPairs.indexOf('…') - 1)), "a pair was split");
    }
}
