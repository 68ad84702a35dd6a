package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema mapping and failure behaviour of the Parquet writer; DuckDbReadTest reads the files back. */
class ParquetWriterTest {

    @TempDir
    Path dir;

    @Test
    void schemaUsesLogicalTypesAndRequiredWhereNeverEmpty() {
        MessageType s = ParquetWriter.schema(TestReleases.standard().table("figures"));
        assertEquals(LogicalTypeAnnotation.decimalType(12, 38), s.getType("value").getLogicalTypeAnnotation());
        assertEquals(PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY,
                s.getType("value").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(16, s.getType("value").asPrimitiveType().getTypeLength());
        assertEquals(LogicalTypeAnnotation.dateType(), s.getType("period_start").getLogicalTypeAnnotation());
        assertEquals(LogicalTypeAnnotation.stringType(), s.getType("subject").getLogicalTypeAnnotation());
        assertEquals(LogicalTypeAnnotation.intType(32, true), s.getType("first_line").getLogicalTypeAnnotation());
        assertTrue(s.getType("figure_id").isRepetition(Type.Repetition.REQUIRED));
        assertTrue(s.getType("value").isRepetition(Type.Repetition.OPTIONAL));
    }

    @Test
    void aDecimalTakesTheFewestBytesItsPrecisionNeeds() {
        assertEquals(16, ParquetWriter.bytes(38));
        assertEquals(8, ParquetWriter.bytes(18));
        assertEquals(1, ParquetWriter.bytes(2));
        assertEquals(4, ParquetWriter.bytes(9));
        assertEquals(9, ParquetWriter.bytes(19));
    }

    /** The 16-byte two's complement round-trips the extremes of DECIMAL(38,12), negative ones too, as DuckDB reads it. */
    @Test
    void theWholeRangeOfTheDecimalTypeReadsBackExactly() throws IOException, java.sql.SQLException {
        List<String> values = List.of("99999999999999999999999999.999999999999",
                "-99999999999999999999999999.999999999999", "0.000000000001", "-0.0015", "0", "12345678901234567890",
                "4567890123456789", "0.0003305785", "-1");
        List<Column> cols = List.of(Column.of("i", FieldType.INTEGER, true, "row"),
                Column.of("v", FieldType.NUMBER, true, "value"));
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(List.of(i, new BigDecimal(values.get(i))));
        }
        Release r = TestReleases.standard();
        Release one = new Release(r.metadata(), r.sources(), List.of(new Table("range", "Range", "extremes", cols,
                rows, List.of(), List.of())), r.findings(), r.validationReport(), r.provenance());
        new ParquetWriter().write(one, dir);
        String file = dir.resolve("parquet/range.parquet").toString().replace("'", "''");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement st = db.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT i, typeof(v), v::VARCHAR FROM read_parquet('" + file
                        + "') ORDER BY i")) {
            for (String v : values) {
                assertTrue(rs.next());
                assertEquals("DECIMAL(38,12)", rs.getString(2));
                assertEquals(0, new BigDecimal(v).compareTo(new BigDecimal(rs.getString(3))), v + " read as "
                        + rs.getString(3));
            }
            assertFalse(rs.next());
        }
    }

    @Test
    void dictionaryForVocabulariesAndRepeatedValuesOnly() {
        Table mentions = TestReleases.standard().table("mentions");
        assertTrue(ParquetWriter.dictionary(mentions, mentions.columnIndex("unit")), "a vocabulary");
        assertTrue(ParquetWriter.dictionary(mentions, mentions.columnIndex("source_id")), "one value, 3 rows");
        assertFalse(ParquetWriter.dictionary(mentions, mentions.columnIndex("mention_id")), "unique ids");
        assertFalse(ParquetWriter.dictionary(mentions, mentions.columnIndex("line")), "numbers are not");
    }

    @Test
    void aValueParquetCannotHoldExactlyFailsLoudlyAndLeavesNoFile() throws IOException {
        Release r = TestReleases.standard();
        Table f = r.table("figures");
        List<List<Object>> rows = new java.util.ArrayList<>(f.rows());
        List<Object> bad = new java.util.ArrayList<>(rows.get(0));
        bad.set(f.columnIndex("value"), new BigDecimal("0.0000000000001"));
        rows.set(0, bad);
        Table badFigures = new Table(f.name(), f.title(), f.description(), f.columns(), rows, f.primaryKey(),
                f.foreignKeys());
        Release badRelease = new Release(r.metadata(), r.sources(),
                List.of(badFigures, r.table("mentions"), r.table("sources")), r.findings(), r.validationReport(),
                r.provenance());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParquetWriter().write(badRelease, dir));
        assertTrue(e.getMessage().startsWith("table figures row 1 (source " + TestReleases.SOURCE_ID + ", line "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" column value: 0.0000000000001 has 13 decimal places; DECIMAL(38,12)"
                + " holds 12"), e.getMessage());
        try (Stream<Path> s = Files.list(dir.resolve("parquet"))) {
            assertEquals(List.of(), s.toList(), "neither a partial file nor a temporary one is left");
        }
    }

    @Test
    void anEmptyRequiredCellFailsWithItsPlace() {
        Release r = TestReleases.standard();
        Table f = r.table("sources");
        List<Object> row = new java.util.ArrayList<>(f.rows().get(0));
        row.set(f.columnIndex("title"), null);
        Table bad = new Table(f.name(), f.title(), f.description(), f.columns(), List.of(row), f.primaryKey(),
                f.foreignKeys());
        Release badRelease = new Release(r.metadata(), r.sources(), List.of(r.table("figures"),
                r.table("mentions"), bad), r.findings(), r.validationReport(), r.provenance());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParquetWriter().write(badRelease, dir));
        assertEquals("table sources row 1 column title: empty in a required column", e.getMessage());
    }

    @Test
    void writesOneFilePerTableWithTheFindings() throws IOException {
        assertEquals(List.of("parquet/figures.parquet", "parquet/mentions.parquet", "parquet/sources.parquet",
                "parquet/findings.parquet", "parquet/codebook.parquet"), new ParquetWriter().write(TestReleases.standard(), dir));
        assertEquals("PAR1", new String(Files.readAllBytes(dir.resolve("parquet/figures.parquet")), 0, 4,
                java.nio.charset.StandardCharsets.US_ASCII));
    }
}
