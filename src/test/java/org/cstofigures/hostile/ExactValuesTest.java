package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, a real sentence never blocks the release: a value finer than grams (헤로인 1.5그램, 3밀리그램), a count
 * with 20 significant digits and a sum of money in 조 원 with 16 go through {@code run} into every format and read
 * back exactly: the same decimal text in CSV and JSON, DECIMAL(38,12) in Parquet as DuckDB reads it, and in the
 * workbook a number cell where a spreadsheet number holds the value exactly, else a text cell with the exact
 * decimal. Before, each of these stopped {@code run} with exit 3. A value no format can hold (27 digits before the
 * point, 13 after) is a validation error naming source, line and value (exit 1), and rejecting it releases the
 * rest.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExactValuesTest {

    /** A sentence, what it is written as, and the exact value it must be published as in base units. */
    private record Case(String sentence, String asWritten, String value, String numberAsWritten,
            String unitAsWritten) {
    }

    private static final List<Case> CASES = List.of(
            new Case("헤로인 1.5그램이 압수되었다.", "1.5그램", "0.0015", "1.5", "그램"),
            new Case("코카인 3밀리그램이 압수되었다.", "3밀리그램", "0.000003", "3", "밀리그램"),
            new Case("2019년 병력 12345678901234567890명이 참가했다.", "12345678901234567890명", "12345678901234567890",
                    "12345678901234567890", "명"),
            new Case("예산 4567조 8901억 2345만 6789원이 배정되었다.", "4567조 8901억 2345만 6789원",
                    "4567890123456789", "4567조 8901억 2345만 6789", "원"),
            new Case("예산 1.25조 원이 배정되었다.", "1.25조 원", "1250000000000", "1.25조", "원"));

    private TestProject project;

    @BeforeAll
    void publish(@TempDir Path dir) {
        project = TestProject.copyInto(dir.resolve("project"));
        StringBuilder text = new StringBuilder();
        for (Case c : CASES) {
            text.append(c.sentence()).append('\n');
        }
        project.addSource("exact", "exact.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        project.run().assertOk();
    }

    private Path out(String rel) {
        return project.output().resolve(rel);
    }

    /** The record of {@code rows} whose {@code column} is {@code value}; exactly one. */
    private static CSVRecord only(List<CSVRecord> rows, String column, String value) {
        List<CSVRecord> found = rows.stream().filter(r -> r.get(column).equals(value)).toList();
        assertEquals(1, found.size(), () -> column + " = " + value + ": " + found);
        return found.get(0);
    }

    @Test
    void csvWritesTheExactDecimal() {
        List<CSVRecord> figures = TestProject.mentions(TestProject.read(out("csv/figures.csv")));
        List<CSVRecord> mentions = TestProject.mentions(TestProject.read(out("csv/mentions.csv")));
        for (Case c : CASES) {
            CSVRecord f = only(figures, "as_written", c.asWritten());
            for (String col : List.of("value", "value_low", "value_high", "as_written_value")) {
                assertEquals(c.value(), f.get(col), c.asWritten() + " figures." + col);
            }
            CSVRecord m = only(mentions, "surface", c.asWritten());
            assertEquals(c.value(), m.get("value"), c.asWritten() + " mentions.value");
            assertEquals(c.value(), m.get("published_value"), c.asWritten() + " mentions.published_value");
            assertEquals(c.numberAsWritten(), m.get("number_as_written"), "the number in its own unit, as written");
            assertEquals(c.unitAsWritten(), m.get("unit_as_written"));
        }
    }

    @Test
    void jsonWritesTheSameDecimalTextAsCsv() {
        List<String> figures = TestProject.read(out("json/figures.json")).lines().toList();
        for (Case c : CASES) {
            List<String> rec = figures.stream().filter(l -> l.contains("\"as_written\":\"" + c.asWritten() + "\""))
                    .toList();
            assertEquals(1, rec.size(), c.asWritten());
            for (String col : List.of("value", "value_low", "value_high", "as_written_value")) {
                assertTrue(rec.get(0).contains("\"" + col + "\":" + c.value() + ","),
                        () -> c.asWritten() + ": " + col + " should be the JSON number " + c.value() + " in " + rec);
            }
        }
    }

    @Test
    void parquetHoldsTheExactDecimalAsDuckDbReadsIt() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String table : List.of("figures", "mentions")) {
                String file = out("parquet/" + table + ".parquet").toString().replace("'", "''");
                String key = table.equals("figures") ? "as_written" : "surface";
                try (PreparedStatement st = db.prepareStatement("SELECT typeof(value), value::VARCHAR,"
                        + " value_low::VARCHAR, value_high::VARCHAR FROM read_parquet('" + file + "') WHERE "
                        + key + " = ?")) {
                    for (Case c : CASES) {
                        st.setString(1, c.asWritten());
                        try (ResultSet rs = st.executeQuery()) {
                            assertTrue(rs.next(), table + ": " + c.asWritten());
                            assertEquals("DECIMAL(38,12)", rs.getString(1));
                            for (int i = 2; i <= 4; i++) {
                                assertEquals(0, new BigDecimal(c.value()).compareTo(new BigDecimal(rs.getString(i))),
                                        table + " " + c.asWritten() + ": " + rs.getString(i));
                            }
                            assertFalse(rs.next());
                        }
                    }
                }
            }
        }
    }

    @Test
    void workbookHasANumberCellWhereExactElseTheExactDecimalAsText() throws IOException {
        try (InputStream in = Files.newInputStream(out("xlsx/csto-figures.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("figures");
            Row head = sh.getRow(0);
            int asWritten = -1;
            int value = -1;
            for (Cell h : head) {
                asWritten = h.getStringCellValue().equals("as_written") ? h.getColumnIndex() : asWritten;
                value = h.getStringCellValue().equals("value") ? h.getColumnIndex() : value;
            }
            for (Case c : CASES) {
                Cell cell = null;
                for (Row r : sh) {
                    Cell a = r.getCell(asWritten);
                    if (r.getRowNum() > 0 && a != null && a.getStringCellValue().equals(c.asWritten())) {
                        cell = r.getCell(value);
                    }
                }
                assertNotNull(cell, c.asWritten());
                BigDecimal expected = new BigDecimal(c.value());
                if (expected.stripTrailingZeros().precision() <= 15) {
                    assertEquals(CellType.NUMERIC, cell.getCellType(), c.asWritten());
                    assertEquals(0, expected.compareTo(new BigDecimal(Double.toString(cell.getNumericCellValue()))),
                            c.asWritten() + ": " + cell.getNumericCellValue());
                } else {
                    assertEquals(CellType.STRING, cell.getCellType(), c.asWritten() + ": more than 15 digits");
                    assertEquals(c.value(), cell.getStringCellValue());
                }
            }
        }
    }

    @Test
    void aValueNoFormatCanHoldIsAValidationErrorNamingSourceLineAndValueAndRejectingItReleasesTheRest(
            @TempDir Path other) {
        TestProject p = TestProject.copyInto(other.resolve("project"));
        p.run().assertOk();
        Map<String, String> before = TestProject.snapshot(p.output());
        p.addSource("huge", "huge.txt", "첫째 줄\n2019년 병력 123456789012345678901234567명이 참가했다.\n"
                .getBytes(StandardCharsets.UTF_8));
        TestProject.Result r = p.run();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().endsWith("csto-figures: validation failed: output/ was left as it was; fix the errors"
                + " above or record a correction in curated/corrections.yaml\n"), r.err());
        assertTrue(r.err().contains("(source huge, line 2): value, value_low, value_high, as_written_value:"
                + " 123456789012345678901234567 has 27 digits before the decimal point; DECIMAL(38,12) holds 26;"
                + " no format can publish it exactly"), r.err());
        assertFalse((r.out() + r.err()).contains("disk"), r.err());
        assertEquals(before, TestProject.snapshot(p.output()));

        p.replaceIn(p.root().resolve("curated/corrections.yaml"), "\nacknowledgements:", "\n  - match:\n"
                + "      source_id: huge\n      line: 2\n      surface: \"123456789012345678901234567명\"\n"
                + "    reject: true\n    reason: a count no format can hold exactly\n    evidence: the sentence\n"
                + "    editor: test\n    date: 2026-11-30\n\nacknowledgements:");
        p.run().assertOk();
        assertFalse(TestProject.read(p.output().resolve("csv/figures.csv")).contains("123456789012345678901234567"));
    }

    @Test
    void aValueFinerThanTwelveDecimalsIsAValidationErrorToo(@TempDir Path other) {
        TestProject p = TestProject.copyInto(other.resolve("project"));
        p.addSource("fine", "fine.txt", "헤로인 0.0000001밀리그램이 압수되었다.\n".getBytes(StandardCharsets.UTF_8));
        TestProject.Result r = p.run();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("(source fine, line 1): value, value_low, value_high, as_written_value:"
                + " 0.0000000000001 has 13 decimal places; DECIMAL(38,12) holds 12"), r.err());
    }
}
