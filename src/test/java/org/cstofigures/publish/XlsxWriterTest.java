package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void sheetsAboutFirstThenTablesDictionaryFindings() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        assertEquals(List.of("About", "figures", "mentions", "sources", "codebook", "findings"), names);
    }

    @Test
    void aboutSheetSaysWhatItIsWhereItComesFromAndHowToCite() {
        XSSFSheet about = wb.getSheet("About");
        StringBuilder all = new StringBuilder();
        for (Row r : about) {
            all.append(r.getCell(0).getStringCellValue()).append(" = ").append(r.getCell(1).getStringCellValue())
                    .append('\n');
        }
        String text = all.toString();
        assertTrue(text.contains("Title = Test figures"));
        assertTrue(text.contains(TestReleases.SHA), "the source checksum");
        assertTrue(text.contains("CC-BY-4.0"));
        assertTrue(text.contains("How to cite = Test team (2026). Test figures."));
        assertTrue(text.contains("Version = 9.9.9"));
        assertTrue(text.contains("Generated from: config_sha256 = c0ffee"));
        assertTrue(text.contains("Third-party text."), "the source's rights note");
    }

    @Test
    void numbersAreNumericCellsDatesAreDateCellsAndMissingIsBlank() {
        XSSFSheet sh = wb.getSheet("figures");
        Row f1 = sh.getRow(1);
        Cell value = f1.getCell(col(sh, "value"));
        assertEquals(CellType.NUMERIC, value.getCellType());
        assertEquals(1500.0, value.getNumericCellValue());
        assertEquals("General", value.getCellStyle().getDataFormatString());
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
        assertEquals("헤로인", f1.getCell(col(sh, "subject_ko")).getStringCellValue(), "Korean survives");
    }

    @Test
    void everyDataSheetHasBoldFrozenHeaderAndAutofilter() {
        for (String name : List.of("figures", "mentions", "sources", "codebook", "findings")) {
            XSSFSheet sh = wb.getSheet(name);
            assertNotNull(sh.getPaneInformation(), name);
            assertTrue(sh.getPaneInformation().isFreezePane(), name);
            assertEquals(1, sh.getPaneInformation().getHorizontalSplitPosition(), name + ": header row frozen");
            assertTrue(sh.getCTWorksheet().isSetAutoFilter(), name + ": autofilter");
            assertTrue(wb.getFontAt(sh.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), name);
        }
        XSSFSheet fig = wb.getSheet("figures");
        assertEquals("A1:W4", fig.getCTWorksheet().getAutoFilter().getRef());
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
                + FindingsTable.DEFINITION.schema().size();
        assertEquals(expected, sh.getLastRowNum());
        Row unit = null;
        for (Row r : sh) {
            if (r.getCell(0).getStringCellValue().equals("figures") && r.getCell(1).getStringCellValue()
                    .equals("unit")) {
                unit = r;
            }
        }
        assertNotNull(unit);
        assertTrue(unit.getCell(4).getStringCellValue().contains("kg"), "allowed values listed");
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
}
