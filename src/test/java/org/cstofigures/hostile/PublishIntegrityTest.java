package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.PipelineException;
import org.cstofigures.publish.FormatWriter;
import org.cstofigures.publish.Publisher;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Format;
import org.cstofigures.publish.Table;
import org.cstofigures.publish.Tables;
import org.cstofigures.validate.FindingsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, nothing corrupt published and messages that tell the truth: control characters in release metadata
 * are a configuration error; a file no reader of its format accepts is never swapped in; a value a format cannot
 * hold is named, with no advice about the disk; a previous release someone made read-only does not block the
 * next run, and what output/ holds is stated truly.
 */
class PublishIntegrityTest {

    @TempDir
    Path dir;

    private TestProject published() {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.run().assertOk();
        return p;
    }

    @Test
    void controlCharacterInReleaseTitleIsAConfigurationError() {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        p.replaceIn(p.config(), "  title: \"CSTO figures:", "  title: \"CSTO\\x01 figures:");
        p.run().assertError(2, "pipeline.yaml", "release.title", "U+0001");
        assertEquals(before, TestProject.snapshot(p.output()));
    }

    @Test
    void overlongReleaseDescriptionIsAConfigurationError() {
        TestProject p = published();
        // release.version, not release.previous.version (indented deeper); the old value becomes a comment
        p.replaceIn(p.config(), "\n  version: ", "\n  version: \"" + "9".repeat(40_000) + "\"\n  # was ");
        p.run().assertError(2, "release.version", "40000 characters");
    }

    @Test
    void overlongPreviousReleaseVersionIsAConfigurationError() {
        TestProject p = published();
        p.replaceIn(p.config(), "    version: 0.1.0", "    version: \"" + "9".repeat(40_000) + "\"");
        p.run().assertError(2, "release.previous.version", "40000 characters");
    }

    private static Release release() {
        PipelineConfig c = new YamlFiles().read(TestProject.PROJECT.resolve("pipeline.yaml"), "pipeline.yaml",
                PipelineConfig.class);
        Table findings = FindingsTable.DEFINITION.render(List.of());
        return new Release(c.release(), List.of(), List.of(Tables.FIGURES.render(List.of()),
                Tables.MENTIONS.render(List.of()), Tables.SOURCES.render(List.of())), findings, Map.of("summary", "x"), Map.of("pipeline_version", "test"));
    }

    /** A writer that writes one file with the given bytes, as a buggy format writer would. */
    private static FormatWriter writing(String path, byte[] content) {
        return new FormatWriter() {
            @Override
            public Format declaration() {
                return new Format("csv", "text/csv", "utf-8", "a buggy writer", List.of(new Format.Layout(path,
                        "one file")));
            }

            @Override
            public List<String> write(Release release, Path d) throws IOException {
                Files.createDirectories(d.resolve(path).getParent());
                Files.write(d.resolve(path), content);
                return List.of(path);
            }
        };
    }

    private void assertNotPublished(String path, byte[] content, String... fragments) {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        PipelineException e = assertThrows(PipelineException.class,
                () -> new Publisher(List.of(writing(path, content)), List.of()).publish(release(), p.output()));
        assertEquals(3, e.exitCode().code());
        TestProject.assertOneLine("csto-figures: " + e.getMessage());
        assertTrue(e.getMessage().contains("cannot be read back"), e.getMessage());
        assertTrue(e.getMessage().contains("output/ was left as it was"), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), e.getMessage());
        }
        assertEquals(before, TestProject.snapshot(p.output()));
        assertFalse(Files.exists(Publisher.stagingDir(p.output())));
    }

    @Test
    void malformedJsonIsNeverPublished() {
        assertNotPublished("json/x.json", "{\"a\": [1, 2}".getBytes(StandardCharsets.UTF_8), "json/x.json");
    }

    @Test
    void csvWithInvalidUtf8IsNeverPublished() {
        assertNotPublished("csv/x.csv", new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, ',', 'x', '\n'}, "UTF-8");
    }

    @Test
    void xlsxWithAMalformedXmlPartIsNeverPublished() throws IOException {
        // a real workbook whose docProps/core.xml holds a raw U+0001, as a control character in release.title did
        assertNotPublished("xlsx/x.xlsx", workbookWith("docProps/core.xml", "TITLE-MARK", "T\u0001"),
                "docProps/core.xml");
    }

    @Test
    void xlsxWithAMalformedSheetIsNeverPublished() throws IOException {
        // the sheets are parsed by POI's reader alone: a broken one is still caught, and named
        assertNotPublished("xlsx/x.xlsx", workbookWith("xl/worksheets/sheet1.xml", "</sheetData>", "</sheetDat>"),
                "xl/worksheets/sheet1.xml");
    }

    @Test
    void xlsxWithASharedStringTheWorkbookLacksIsNeverPublished() throws IOException {
        // each cell is checked against the workbook's shared strings and styles, as a spreadsheet resolves it
        assertNotPublished("xlsx/x.xlsx", workbookWith("xl/worksheets/sheet1.xml", "<v>0</v>", "<v>7</v>"),
                "xl/worksheets/sheet1.xml", "cell A1", "shared string 7");
    }

    @Test
    void xlsxWithACellOfAStyleTheWorkbookLacksIsNeverPublished() throws IOException {
        assertNotPublished("xlsx/x.xlsx", workbookWith("xl/worksheets/sheet1.xml", " s=\"0\"", " s=\"40\""),
                "xl/worksheets/sheet1.xml", "cell A1", "style 40");
    }

    /** A real workbook (one sheet, title TITLE-MARK) with {@code from} replaced by {@code to} in one part. */
    private static byte[] workbookWith(String partName, String from, String to) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
            wb.getProperties().getCoreProperties().setTitle("TITLE-MARK");
            wb.write(buf);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(buf.toByteArray()));
                java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(partName)) {
                    String text = new String(b, StandardCharsets.UTF_8);
                    assertTrue(text.contains(from), partName + " holds no " + from);
                    b = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void truncatedParquetIsNeverPublished() {
        byte[] b = "PAR1 not really a parquet file PAR1".getBytes(StandardCharsets.US_ASCII);
        assertNotPublished("parquet/x.parquet", b, "parquet/x.parquet");
    }

    /**
     * The writers' own guard, behind validation (which refuses such a value first, see ExactValuesTest): a number
     * that does not fit its column's decimal type stops the publish with a message naming table, row, source,
     * line, column and value, and no advice about the disk.
     */
    @Test
    void valueAFormatCannotHoldIsNamedWithoutDiskAdvice() {
        TestProject p = published();
        Map<String, String> before = TestProject.snapshot(p.output());
        Release ok = release();
        Table odd = new Table("odd", "Odd", "a value finer than any format holds",
                List.of(org.cstofigures.publish.Column.of("source_id", org.cstofigures.publish.FieldType.STRING, true,
                        "source"), org.cstofigures.publish.Column.of("line", org.cstofigures.publish.FieldType.INTEGER,
                        true, "line"), org.cstofigures.publish.Column.of("value", org.cstofigures.publish.FieldType.NUMBER,
                        false, "value")),
                List.of(java.util.Arrays.asList("src", 7, new java.math.BigDecimal("0.0000000000001"))), List.of(),
                List.of());
        Release r = new Release(ok.metadata(), ok.sources(), List.of(odd), ok.findings(), ok.validationReport(),
                ok.provenance());
        PipelineException e = assertThrows(PipelineException.class, () -> new Publisher(
                List.of(new org.cstofigures.publish.ParquetWriter()), List.of()).publish(r, p.output()));
        assertEquals(3, e.exitCode().code());
        TestProject.assertOneLine("csto-figures: " + e.getMessage());
        assertTrue(e.getMessage().contains("a value cannot be written (table odd row 1 (source src, line 7) column"
                + " value: 0.0000000000001 has 13 decimal places; DECIMAL(38,12) holds 12)"), e.getMessage());
        assertFalse(e.getMessage().contains("disk space"), e.getMessage());
        assertTrue(e.getMessage().contains("output/ was left as it was"), e.getMessage());
        assertEquals(before, TestProject.snapshot(p.output()));
    }

    /** chattr +i stops even root from deleting entries in a directory. */
    private static boolean immutable(Path p, boolean on) throws IOException, InterruptedException {
        Process pr = new ProcessBuilder("chattr", on ? "+i" : "-i", p.toString()).redirectErrorStream(true).start();
        pr.getInputStream().readAllBytes();
        return pr.waitFor() == 0;
    }

    @Test
    void previousReleaseThatCannotBeRemovedIsReportedTrulyAndCleanedNextRun() throws Exception {
        TestProject p = published();
        Path json = p.output().resolve("json");
        assumeTrue(immutable(json, true), "chattr +i is not available here");
        TestProject.Result r;
        try {
            r = p.run();
        } finally {
            immutable(Publisher.previousDir(p.output()).resolve("json"), false);
            immutable(json, false);
        }
        r.assertError(3, "output/ holds the new release", "could not be removed");
        assertTrue(Files.isRegularFile(p.output().resolve("datapackage.json")), "the new release is in place");
        assertTrue(Files.isDirectory(Publisher.previousDir(p.output())));
        p.run().assertOk();
        assertFalse(Files.exists(Publisher.previousDir(p.output())), "the next run removed the stale previous");
    }

    @Test
    void readOnlyPreviousAndStagingAreRemovedAtTheNextStart() throws IOException {
        TestProject p = published();
        Path prev = Publisher.previousDir(p.output());
        Path staging = Publisher.stagingDir(p.output());
        Files.createDirectories(prev.resolve("json"));
        Files.writeString(prev.resolve("json/a.json"), "{}");
        Files.createDirectories(staging.resolve("csv"));
        Files.writeString(staging.resolve("csv/a.csv"), "a\n");
        for (Path d : List.of(prev.resolve("json"), prev, staging.resolve("csv"), staging)) {
            d.toFile().setWritable(false, false);
        }
        p.run().assertOk();
        assertFalse(Files.exists(prev));
        assertFalse(Files.exists(staging));
    }
}
