package org.cstofigures.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes each table twice. {@code csv/<table>.csv} is for programs (pandas, R, DuckDB, Spark, Frictionless):
 * RFC 4180 (comma, double quotes, CRLF), UTF-8 without a byte-order mark, so the first header is read without
 * a stray character by every reader. {@code csv-excel/<table>.csv} is the same bytes behind a UTF-8 BOM, which
 * is what makes Excel (and LibreOffice) show Korean correctly on a double-click. Text cells that a spreadsheet
 * would run as a formula are neutralized with a leading apostrophe; numbers and dates are never changed.
 */
public final class CsvWriter implements FormatWriter {

    /** Directory of the plain UTF-8 files. */
    public static final String DIR = "csv";
    /** Directory of the copies with a byte-order mark, for spreadsheets. */
    public static final String EXCEL_DIR = "csv-excel";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final Format FORMAT = new Format("csv", "text/csv", "utf-8",
            "Every table as RFC 4180 CSV, twice: for programs, and with a byte-order mark for spreadsheets.",
            List.of(new Format.Layout(DIR + "/{table}.csv", "The {table} table as RFC 4180 CSV in UTF-8 without a"
                            + " byte-order mark, for programs."),
                    new Format.Layout(EXCEL_DIR + "/{table}.csv", "The {table} table as CSV with a UTF-8 byte-order"
                            + " mark, for opening in Excel or LibreOffice; same content as " + DIR + "/{table}.csv.")));

    @Override
    public Format declaration() {
        return FORMAT;
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        Files.createDirectories(dir.resolve(DIR));
        Files.createDirectories(dir.resolve(EXCEL_DIR));
        List<String> out = new ArrayList<>();
        List<String> excel = new ArrayList<>();
        for (Table t : Cells.published(release)) {
            String rel = DIR + "/" + t.name() + ".csv";
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(dir.resolve(rel)), 1 << 16)) {
                write(t, o);
            }
            out.add(rel);
            String relExcel = EXCEL_DIR + "/" + t.name() + ".csv";
            try (OutputStream o = Files.newOutputStream(dir.resolve(relExcel))) {
                o.write(BOM);
                Files.copy(dir.resolve(rel), o);
            }
            excel.add(relExcel);
        }
        out.addAll(excel);
        return out;
    }

    /** One table as RFC 4180 CSV bytes in UTF-8, header first. */
    static byte[] render(Table t) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(t, bytes);
        return bytes.toByteArray();
    }

    /** One table as RFC 4180 CSV in UTF-8, header first, row by row to {@code out} (which it closes). */
    static void write(Table t, OutputStream out) throws IOException {
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(t.columns().stream().map(Column::name).toList());
            for (List<Object> row : t.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object v : row) {
                    cells.add(Cells.csvText(v));
                }
                p.printRecord(cells);
            }
        }
    }
}
