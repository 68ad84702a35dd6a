package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subject that a spreadsheet would run as a formula goes through every writer: CSV and XLSX show it as inert
 * text (leading apostrophe, never a formula cell); JSON and Parquet keep it exactly, as a typed string that no
 * program evaluates; numbers, including negative ones, are never touched.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class InjectionTest {

    @TempDir
    Path dir;

    private static final int SUBJECT = 2;

    private void writeAll(String subject) throws IOException {
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(TestReleases.withSubject(subject), dir);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-x", "@x", "\tx", "\rx", "=1+1"})
    void csvCellIsNeutralizedInBothCopies(String payload) throws IOException {
        writeAll(payload);
        for (String d : List.of(CsvWriter.DIR, CsvWriter.EXCEL_DIR)) {
            String text = Files.readString(dir.resolve(d + "/figures.csv"), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
            assertEquals("'" + payload, rows.get(1).get(SUBJECT), d);
            assertEquals("-12.25", rows.get(2).get(Tables.FIGURES.schema().indexOf(Tables.FIGURES.schema().stream()
                    .filter(c -> c.name().equals("value")).findFirst().orElseThrow())), "numbers untouched");
            List<CSVRecord> mentions = CSVFormat.RFC4180.parse(new StringReader(
                    Files.readString(dir.resolve("csv/mentions.csv")))).getRecords();
            assertEquals("'" + payload, mentions.get(1).get(Tables.MENTIONS.schema().indexOf(
                    Tables.MENTIONS.column("subject").column())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-x", "@x", "\tx", "\rx"})
    void xlsxHasNoFormulaCellAndShowsTheTextInert(String payload) throws IOException {
        writeAll(payload);
        try (InputStream in = Files.newInputStream(dir.resolve(XlsxWriter.PATH));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        assertNotEquals(CellType.FORMULA, c.getCellType(), sh.getSheetName() + " " + c.getAddress());
                    }
                }
            }
            Cell subject = wb.getSheet("figures").getRow(1).getCell(SUBJECT);
            assertEquals(CellType.STRING, subject.getCellType());
            assertEquals("'" + payload, subject.getStringCellValue());
            Cell negative = wb.getSheet("figures").getRow(2).getCell(5);
            assertEquals(CellType.NUMERIC, negative.getCellType(), "a negative number stays a number");
            assertEquals(-12.25, negative.getNumericCellValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-x", "@x", "\tx", "\rx"})
    void jsonAndParquetKeepTheExactTextAsATypedString(String payload) throws IOException, SQLException {
        writeAll(payload);
        var rec = new ObjectMapper().readTree(dir.resolve("json/figures.json").toFile()).get("records").get(0);
        assertEquals(payload, rec.get("subject").textValue());
        assertEquals(-12.25, new ObjectMapper().readTree(dir.resolve("json/figures.json").toFile())
                .get("records").get(1).get("value").doubleValue());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT subject, typeof(subject) FROM read_parquet('"
                        + dir.resolve("parquet/figures.parquet") + "') ORDER BY figure_id")) {
            rs.next();
            assertEquals(payload, rs.getString(1));
            assertEquals("VARCHAR", rs.getString(2));
        }
    }
}
