package org.cstofigures.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code xlsx/csto-figures.xlsx}: an About sheet first (title, description, sources and their checksums,
 * licences, how to cite, version, provenance), then one sheet per table (figures, mentions, sources), a data
 * dictionary and the validation findings. Numbers are numeric cells in General format, dates are date cells
 * formatted yyyy-mm-dd, the header row is bold and frozen, every data sheet has an autofilter, long text wraps.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe. The zip is rewritten with fixed
 * entry times and the document dates are the release date, so the file is byte-identical run after run.
 */
public final class XlsxWriter implements FormatWriter {

    /** Path of the workbook under output/. */
    public static final String PATH = "xlsx/csto-figures.xlsx";
    /** Name of the first sheet. */
    public static final String ABOUT = "About";
    /** Name of the data dictionary sheet. */
    public static final String DICTIONARY = Codebook.DEFINITION.name();

    /** Columns wider than this many characters wrap instead of growing. */
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 8;
    /** A double holds 15 significant decimal digits exactly; more would change the value silently. */
    private static final int MAX_DIGITS = 15;

    @Override
    public Format declaration() {
        return new Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null,
                "All tables as one workbook.", List.of(new Format.Layout(PATH,
                        "All tables as one workbook: About, {tables}.")));
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        Files.createDirectories(dir.resolve(PATH).getParent());
        Files.write(dir.resolve(PATH), render(release));
        return List.of(PATH);
    }

    /** The workbook's bytes. */
    static byte[] render(Release release) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            about(wb, st, release);
            for (Table t : release.tables()) {
                dataSheet(wb, st, t);
            }
            dataSheet(wb, st, dictionary(release));
            dataSheet(wb, st, release.findings());
            properties(wb, release);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            wb.write(raw);
            return normalizeZip(raw.toByteArray(), release.metadata().created().atStartOfDay());
        }
    }

    /** The cell styles of the workbook, created once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle wrap;
        final CellStyle label;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            label = wb.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    private static void about(XSSFWorkbook wb, Styles st, Release release) {
        XSSFSheet sh = wb.createSheet(ABOUT);
        var m = release.metadata();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Title", m.title()});
        lines.add(new String[] {"Description", m.description()});
        lines.add(new String[] {"Version", m.version()});
        lines.add(new String[] {"Created", m.created().toString()});
        lines.add(new String[] {"Data licence", m.license().name() + " (" + m.license().title() + ") "
                + m.license().path()});
        lines.add(new String[] {"Code licence", m.codeLicense().name() + " (" + m.codeLicense().title() + ") "
                + m.codeLicense().path()});
        lines.add(new String[] {"How to cite", m.citation()});
        if (m.homepage() != null) {
            lines.add(new String[] {"Homepage", m.homepage()});
        }
        lines.add(new String[] {"Keywords", String.join(", ", m.keywords())});
        for (var s : release.sources()) {
            lines.add(new String[] {"Source " + s.id(), s.title() + " (" + s.publisher() + ", " + s.published()
                    + "), file " + s.path()});
            lines.add(new String[] {"Source " + s.id() + " sha256", s.sha256() + " (" + s.bytes() + " bytes)"});
            if (s.rights() != null) {
                lines.add(new String[] {"Source " + s.id() + " rights", s.rights()});
            }
        }
        Map<String, String> prov = new TreeMap<>(release.provenance());
        for (Map.Entry<String, String> e : prov.entrySet()) {
            lines.add(new String[] {"Generated from: " + e.getKey(), e.getValue()});
        }
        for (Table t : release.tables()) {
            lines.add(new String[] {"Sheet " + t.name(), t.description()});
        }
        lines.add(new String[] {"Sheet " + DICTIONARY, "Every column of every sheet: type, unit, allowed values,"
                + " meaning."});
        lines.add(new String[] {"Sheet " + release.findings().name(), release.findings().description()});
        int r = 0;
        for (String[] l : lines) {
            Row row = sh.createRow(r++);
            Cell k = row.createCell(0);
            k.setCellValue(Cells.neutralized(l[0]));
            k.setCellStyle(st.label);
            Cell v = row.createCell(1);
            v.setCellValue(Cells.neutralized(l[1]));
            v.setCellStyle(st.wrap);
        }
        sh.setColumnWidth(0, 30 * 256);
        sh.setColumnWidth(1, 100 * 256);
    }

    /** The data dictionary sheet: the release's codebook. */
    static Table dictionary(Release release) {
        return release.codebook();
    }

    private static void dataSheet(XSSFWorkbook wb, Styles st, Table t) {
        XSSFSheet sh = wb.createSheet(t.name());
        int n = t.columns().size();
        int[] width = new int[n];
        Row head = sh.createRow(0);
        for (int c = 0; c < n; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(t.columns().get(c).name());
            cell.setCellStyle(st.header);
            width[c] = displayWidth(t.columns().get(c).name());
        }
        for (List<Object> row : t.rows()) {
            for (int c = 0; c < n; c++) {
                width[c] = Math.max(width[c], displayWidth(Cells.csvText(row.get(c))));
            }
        }
        int r = 1;
        for (List<Object> values : t.rows()) {
            Row row = sh.createRow(r++);
            for (int c = 0; c < n; c++) {
                cell(row, c, values.get(c), width[c] > MAX_WIDTH, st, t, r);
            }
        }
        for (int c = 0; c < n; c++) {
            sh.setColumnWidth(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width[c] + 2)) * 256);
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size()), 0, n - 1));
    }

    private static void cell(Row row, int c, Object v, boolean wrap, Styles st, Table t, int rowNumber) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof BigDecimal) {
            BigDecimal d = ((BigDecimal) v).stripTrailingZeros();
            if (d.precision() > MAX_DIGITS) {
                throw new IllegalArgumentException("table " + t.name() + " row " + rowNumber + " column "
                        + t.columns().get(c).name() + ": " + d.toPlainString() + " has more than " + MAX_DIGITS
                        + " significant digits, which a spreadsheet cannot hold exactly");
            }
            cell.setCellValue(d.doubleValue());
        } else if (v instanceof Integer || v instanceof Long) {
            cell.setCellValue(((Number) v).doubleValue());
        } else if (v instanceof LocalDate) {
            cell.setCellValue((LocalDate) v);
            cell.setCellStyle(st.date);
        } else {
            cell.setCellValue(Cells.neutralized(v.toString()));
            if (wrap) {
                cell.setCellStyle(st.wrap);
            }
        }
    }

    /** Approximate width in character cells: Hangul and other wide characters count twice. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean wide = script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            w += wide ? 2 : 1;
        }
        return w;
    }

    private static void properties(XSSFWorkbook wb, Release release) {
        var m = release.metadata();
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(m.title());
        core.setSubjectProperty("Figures stated in a Korean reference article on the CSTO, as open data");
        core.setCreator(String.join("; ", m.contributors().stream().map(c -> c.title()).toList()));
        core.setKeywords(String.join(", ", m.keywords()));
        core.setDescription(m.description());
        core.setIdentifier(m.name() + " " + m.version());
        Date day = Date.from(m.created().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
    }

    /**
     * Copies the zip with every entry's time set to {@code time} (a DOS local time, so no time zone enters),
     * in the order POI wrote them, so that identical workbooks are identical files.
     */
    static byte[] normalizeZip(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
