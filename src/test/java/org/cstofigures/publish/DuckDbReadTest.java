package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB, an implementation this project did not write, reads every Parquet, CSV and JSON file; the column
 * types are the designed ones and every value equals the in-memory table.
 */
class DuckDbReadTest {

    @TempDir
    static Path dir;

    private static final Release RELEASE = TestReleases.standard();

    private Connection db;

    @BeforeEach
    void open() throws SQLException, IOException {
        if (!java.nio.file.Files.exists(dir.resolve("csv"))) {
            for (FormatWriter w : TestReleases.allWriters()) {
                w.write(RELEASE, dir);
            }
        }
        db = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private String file(String rel) {
        return "'" + dir.resolve(rel).toString().replace("'", "''") + "'";
    }

    /** Column name → DuckDB type of a query's result. */
    private Map<String, String> types(String from) throws SQLException {
        Map<String, String> t = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (rs.next()) {
                t.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return t;
    }

    /** Every row of {@code from} (in file order) equals the table's rows; text compared via {@code text}. */
    private void assertSameValues(Table t, String from, boolean neutralizedText) throws SQLException {
        List<List<Object>> seen = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + from)) {
            assertEquals(t.columns().size(), rs.getMetaData().getColumnCount(), t.name() + ": column count");
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < t.columns().size(); c++) {
                    row.add(rs.getString(c + 1));
                }
                seen.add(row);
            }
        }
        assertEquals(t.rows().size(), seen.size(), t.name() + ": row count");
        for (int r = 0; r < seen.size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                Column col = t.columns().get(c);
                Object expected = t.rows().get(r).get(c);
                String actual = (String) seen.get(r).get(c);
                String where = from + " row " + (r + 1) + " " + col.name();
                if (expected == null) {
                    assertNull(actual, where);
                } else if (col.type() == FieldType.NUMBER) {
                    assertEquals(0, ((BigDecimal) expected).compareTo(new BigDecimal(actual)), where + ": " + actual);
                } else if (col.type() == FieldType.INTEGER) {
                    assertEquals(((Number) expected).longValue(), Long.parseLong(actual), where);
                } else if (col.type() == FieldType.DATE) {
                    assertEquals(expected, LocalDate.parse(actual), where);
                } else if (col.type() == FieldType.BOOLEAN) {
                    assertEquals(expected, Boolean.parseBoolean(actual), where);
                } else {
                    String s = (String) expected;
                    assertEquals(neutralizedText ? Cells.neutralized(s) : s, actual, where);
                }
            }
        }
    }

    @Test
    void parquetHasTheDesignedTypesAndTheSameValues() throws SQLException {
        for (Table t : Cells.published(RELEASE)) {
            String from = "read_parquet(" + file("parquet/" + t.name() + ".parquet") + ")";
            Map<String, String> types = types(from);
            for (Column c : t.columns()) {
                String expected;
                switch (c.type()) {
                    case NUMBER:
                        expected = c.decimal().sql();
                        break;
                    case INTEGER:
                        expected = "INTEGER";
                        break;
                    case DATE:
                        expected = "DATE";
                        break;
                    case BOOLEAN:
                        expected = "BOOLEAN";
                        break;
                    default:
                        expected = "VARCHAR";
                }
                assertEquals(expected, types.get(c.name()), t.name() + "." + c.name());
            }
            assertSameValues(t, from, false);
        }
    }

    @Test
    void parquetFooterCarriesProvenanceAndColumnDescriptions() throws SQLException {
        Map<String, String> kv = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata("
                        + file("parquet/figures.parquet") + ")")) {
            while (rs.next()) {
                kv.put(rs.getString("k"), rs.getString("v"));
            }
        }
        assertEquals(TestReleases.SHA, kv.get("source_sha256." + TestReleases.SOURCE_ID));
        assertEquals("9.9.9", kv.get("pipeline_version"));
        assertEquals("c0ffee", kv.get("config_sha256"));
        assertEquals(Tables.FIGURES.schema().get(0).description(), kv.get("column.figure_id.description"));
        assertEquals("CC-BY-4.0", kv.get("release.license"));
    }

    /** README's snippet for the JSON envelope: one row per record, one column per field. */
    @Test
    void jsonRecordsUnnestAsReadmeSays() throws SQLException {
        Table t = RELEASE.table("figures");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT"
                + " unnest(records, recursive := true) FROM read_json(" + file("json/figures.json") + "))")) {
            assertTrue(rs.next());
            assertEquals(t.rows().size(), rs.getInt(1));
        }
        Map<String, String> cols = types("(SELECT unnest(records, recursive := true) FROM read_json("
                + file("json/figures.json") + "))");
        assertEquals(t.columns().stream().map(Column::name).toList(), List.copyOf(cols.keySet()));
    }

    @Test
    void parquetIsZstdRequiredWhereNeverEmptyAndDictionaryForVocabularies() throws SQLException {
        String f = file("parquet/mentions.parquet");
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT compression FROM parquet_metadata(" + f + ")")) {
                assertTrue(rs.next());
                assertEquals("ZSTD", rs.getString(1));
            }
            Map<String, String> rep = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT name, repetition_type FROM parquet_schema(" + f + ")"
                    + " WHERE num_children IS NULL OR num_children = 0")) {
                while (rs.next()) {
                    rep.put(rs.getString(1), rs.getString(2));
                }
            }
            for (Column c : Tables.MENTIONS.schema()) {
                assertEquals(c.required() ? "REQUIRED" : "OPTIONAL", rep.get(c.name()), c.name());
            }
            Map<String, String> enc = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT path_in_schema, encodings FROM parquet_metadata(" + f + ")")) {
                while (rs.next()) {
                    enc.put(rs.getString(1), rs.getString(2));
                }
            }
            assertTrue(enc.get("unit").contains("DICTIONARY"), "unit: " + enc.get("unit"));
            assertTrue(!enc.get("mention_id").contains("DICTIONARY"), "ids are unique: " + enc.get("mention_id"));
        }
    }

    @Test
    void csvHeadersReadWithoutStrayCharactersAndValuesMatch() throws SQLException {
        for (String d : List.of(CsvWriter.DIR, CsvWriter.EXCEL_DIR)) {
            for (Table t : Cells.published(RELEASE)) {
                String from = "read_csv(" + file(d + "/" + t.name() + ".csv") + ", header = true)";
                assertEquals(t.columns().stream().map(Column::name).toList(), new ArrayList<>(types(from).keySet()),
                        d + "/" + t.name() + ": header names exactly, no BOM glued to the first");
                assertSameValues(t, from, true);
            }
        }
        Map<String, String> types = types("read_csv(" + file("csv/figures.csv") + ", header = true)");
        assertEquals("DATE", types.get("period_start"), "ISO dates are recognised as dates");
        assertTrue(types.get("value").startsWith("DOUBLE") || types.get("value").startsWith("DECIMAL"),
                "'.' decimals without separators are numbers: " + types.get("value"));
        assertEquals("BIGINT", types.get("mention_count"));
    }

    @Test
    void jsonRecordsAreTypedAndMatch() throws SQLException {
        for (Table t : Cells.published(RELEASE)) {
            String from = "(SELECT unnest(records, recursive := true) FROM read_json("
                    + file("json/" + t.name() + ".json") + "))";
            assertSameValues(t, from, false);
        }
        Map<String, String> types = types("(SELECT unnest(records, recursive := true) FROM read_json("
                + file("json/figures.json") + "))");
        assertEquals("DATE", types.get("period_start"));
        assertTrue(types.get("value").equals("DOUBLE") || types.get("value").startsWith("DECIMAL"),
                types.get("value"));
        assertEquals("BIGINT", types.get("mention_count"));
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT provenance.pipeline_version FROM read_json(" + file("json/figures.json") + ")")) {
            assertTrue(rs.next());
            assertEquals("9.9.9", rs.getString(1));
        }
    }
}
