package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with more rows than a spreadsheet holds: its sheet takes the first {@link XlsxWriter#MAX_SHEET_ROWS}
 * under the header, and the About sheet says so and where every row is. Before, POI refused row 1,048,576 and
 * `run` over about 60 MB of text ended in an internal error.
 */
@Tag("slow") // the slow tier: a million rows are rendered (about half a minute)
class XlsxRowLimitTest {

    @Test
    void aTableLongerThanASheetIsCutAtTheSheetsLimitAndTheAboutSheetSaysWhereTheRestIs(@TempDir Path dir)
            throws IOException {
        Release standard = TestReleases.standard();
        Table sources = standard.table("sources");
        int n = XlsxWriter.MAX_SHEET_ROWS + 2;
        List<List<Object>> rows = Collections.nCopies(n, sources.rows().get(0));
        Table big = new Table("sources", sources.title(), sources.description(), sources.columns(), rows,
                List.of(), List.of());
        List<Table> tables = new ArrayList<>(standard.tables());
        tables.set(tables.indexOf(sources), big);
        Release release = new Release(standard.metadata(), standard.sources(), tables, standard.findings(),
                standard.validationReport(), standard.provenance());

        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            XlsxWriter.render(release, out);
        }
        int sheet = 2 + release.published().indexOf(big); // About is sheet1
        assertEquals(1 + XlsxWriter.MAX_SHEET_ROWS, rowsOf(file, "xl/worksheets/sheet" + sheet + ".xml"),
                "the header and as many rows as a sheet holds");
        assertEquals(1_048_576, 1 + XlsxWriter.MAX_SHEET_ROWS, "a spreadsheet's rows");
        String about = XlsxWriter.aboutLines(release).toString();
        assertTrue(about.contains("The sources sheet holds the first 1,048,575 of the table's 1,048,577 rows, as"
                + " many as a spreadsheet holds; every row is in csv/sources.csv and parquet/sources.parquet."),
                about);
        assertTrue(!XlsxWriter.aboutLines(standard).toString().contains("Rows not in this workbook"),
                "no note where every row fits");
    }

    /** The rows of one sheet of a workbook, counted in its XML as it streams past. */
    private static int rowsOf(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(part);
            if (e == null) {
                throw new AssertionError("no " + part + " in " + file);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return count(in, "<row ".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static int count(InputStream in, byte[] needle) throws IOException {
        int found = 0;
        int matched = 0;
        byte[] buf = new byte[1 << 16];
        for (int r = in.read(buf); r > 0; r = in.read(buf)) {
            for (int i = 0; i < r; i++) {
                matched = buf[i] == needle[matched] ? matched + 1 : buf[i] == needle[0] ? 1 : 0;
                if (matched == needle.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }
}
