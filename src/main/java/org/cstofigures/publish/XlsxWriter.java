package org.cstofigures.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code xlsx/csto-figures.xlsx}, a workbook a person can read and print:
 * <ul>
 * <li>an About sheet that starts with what the data is, then what to know before quoting a number (machine
 * translation, the editor's corrections, what not to add up), how to read value/low/high and the qualifier, the
 * sheets, version, date, how to cite, licence and contact, and only then the sources, checksums and provenance;</li>
 * <li>one sheet per table of the release ({@link Release#tables()}, any number), the data dictionary and the
 * validation findings, each with a bold header row frozen together with its id column (and subject, when it is
 * among the first columns), an autofilter, widths from the content, long text wrapped with row heights computed
 * to show it (spreadsheets do not size rows when opening a file), and numbers with thousands separators (the
 * cells stay numbers, except a value a spreadsheet number would change, which is a text cell holding the exact
 * decimal: {@link #asNumber}; dates are date cells, yyyy-mm-dd);</li>
 * <li>print setup on every sheet: landscape, fitted to the page width, the header row repeated on every page.</li>
 * </ul>
 * Rows are streamed (POI's SXSSF keeps a window of rows in memory and writes the rest to a compressed temporary
 * file), so the workbook of a large release costs little heap. Text a spreadsheet would run as a formula gets a
 * leading apostrophe. The zip is rewritten with fixed entry times and the document dates are the release date, so
 * the file is byte-identical run after run.
 */
public final class XlsxWriter implements FormatWriter {

    /** Path of the workbook under output/. */
    public static final String PATH = "xlsx/csto-figures.xlsx";
    /** Name of the first sheet. */
    public static final String ABOUT = "About";
    /** Name of the data dictionary sheet. */
    public static final String DICTIONARY = Codebook.DEFINITION.name();

    /** Columns wider than this many characters wrap instead of growing. */
    static final int MAX_WIDTH = 60;
    /** A frozen column wider than this wraps: the frozen part must leave room to scroll. */
    static final int MAX_FROZEN_WIDTH = 30;
    private static final int MIN_WIDTH = 8;
    /** Width of the About sheet's text column, in characters. */
    static final int ABOUT_TEXT_WIDTH = 100;
    private static final int ABOUT_LABEL_WIDTH = 34;
    /**
     * Height of one line of 11-point text in points: Calibri's (and Carlito's) ascent + descent + leading is
     * 13.4 pt, Nanum Gothic's (Hangul) 12.6 pt; a row adds {@link #ROW_PADDING} once.
     */
    static final float LINE_POINTS = 13.5f;
    private static final float ROW_PADDING = 3f;
    /** The tallest row a spreadsheet allows, in points. */
    private static final float MAX_ROW_POINTS = 409f;
    /**
     * A spreadsheet shows and keeps 15 significant digits of a number (a double); a value with more is written as
     * a text cell holding the exact decimal ({@link #asNumber}).
     */
    static final int MAX_DIGITS = 15;
    /** Rows kept in memory while writing a sheet; the rest are already flushed to the temporary file. */
    private static final int WINDOW = 200;

    @Override
    public Format declaration() {
        return new Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null,
                "All tables as one workbook.", List.of(new Format.Layout(PATH,
                        "All tables as one workbook: About, {tables}.")));
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        Path target = dir.resolve(PATH);
        Files.createDirectories(target.getParent());
        Path raw = target.resolveSibling(".raw-" + target.getFileName());
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                render(release, out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                normalizeZip(raw, out, release.metadata().created().atStartOfDay());
            }
        } finally {
            Files.deleteIfExists(raw);
        }
        return List.of(PATH);
    }

    /** Writes the workbook (before its zip entries are normalized) to {@code out}. */
    static void render(Release release, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, false, false);
        try {
            Styles st = new Styles(wb);
            about(wb, st, release);
            for (Table t : release.published()) {
                dataSheet(wb, st, t);
            }
            properties(wb, release);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** The cell styles of the workbook, created once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle label;
        final CellStyle section;
        final CellStyle integer;
        final CellStyle decimal;
        /** A decimal a spreadsheet number cannot hold exactly, as text: right-aligned like the numbers. */
        final CellStyle exact;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 12);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setWrapText(true);
            date = top(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            text = top(wb);
            wrap = top(wb);
            wrap.setWrapText(true);
            label = top(wb);
            label.setFont(bold);
            label.setWrapText(true);
            section = top(wb);
            section.setFont(big);
            integer = top(wb);
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = top(wb);
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0##############"));
            exact = top(wb);
            exact.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            exact.setDataFormat(wb.createDataFormat().getFormat("@"));
        }

        private static CellStyle top(SXSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }

    // ---- About ---------------------------------------------------------------------------------------------

    /** One line of the About sheet: a label (or a section heading when text is null) and its text. */
    private record Line(String label, String text) {
        static Line section(String title) {
            return new Line(title, null);
        }
    }

    private static void about(SXSSFWorkbook wb, Styles st, Release release) {
        SXSSFSheet sh = wb.createSheet(ABOUT);
        sh.setColumnWidth(0, ABOUT_LABEL_WIDTH * 256);
        sh.setColumnWidth(1, ABOUT_TEXT_WIDTH * 256);
        int r = 0;
        for (Line l : aboutLines(release)) {
            Row row = sh.createRow(r++);
            Cell k = row.createCell(0);
            k.setCellValue(Cells.neutralized(l.label()));
            if (l.text() == null) {
                k.setCellStyle(st.section);
                row.setHeightInPoints(LINE_POINTS * 1.6f);
                continue;
            }
            k.setCellStyle(st.label);
            Cell v = row.createCell(1);
            v.setCellValue(Cells.neutralized(l.text()));
            v.setCellStyle(st.wrap);
            int lines = Math.max(wrappedLines(l.label(), ABOUT_LABEL_WIDTH), wrappedLines(l.text(), ABOUT_TEXT_WIDTH));
            row.setHeightInPoints(height(lines));
        }
        printSetup(sh, false);
    }

    /** The About sheet: what the data is, caveats, how to read it, sheets, release facts, then sources and hashes. */
    static List<Line> aboutLines(Release release) {
        var m = release.metadata();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("What this is", m.title()));
        lines.add(new Line("Description", m.description()));
        lines.add(new Line("Version", m.version() + ", released " + m.created()
                + (m.previous() != null ? " (the changes sheet lists what changed since " + m.previous().version()
                + ")" : "")));

        lines.add(Line.section("Before you quote a number"));
        for (var s : release.sources()) {
            if (s.translatedFrom() != null) {
                lines.add(new Line("Machine translation", "Source " + s.id() + " is a machine translation from '"
                        + s.translatedFrom() + "' into '" + s.language() + "'. Numbers and units can be"
                        + " mistranslated (thousands written as tens of thousands or millions); validation flags the"
                        + " implausible ones, and every figure keeps its sentence (quote) so it can be checked."
                        + (s.notes() != null ? " Known defects: " + s.notes() : "")));
            }
        }
        for (String c : corrections(release)) {
            lines.add(new Line("Corrected by an editor", c));
        }
        for (Table t : release.published()) {
            if (t.rows().size() > MAX_SHEET_ROWS) {
                lines.add(new Line("Rows not in this workbook", "The " + t.name() + " sheet holds the first "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_SHEET_ROWS) + " of the table's "
                        + String.format(java.util.Locale.ROOT, "%,d", t.rows().size()) + " rows, as many as a"
                        + " spreadsheet holds; every row is in csv/" + t.name() + ".csv and parquet/" + t.name()
                        + ".parquet."));
            }
        }
        lines.add(new Line("Do not add up across rows", "Each row of figures is one distinct fact. Add values only"
                + " within one category, subject, unit and operation: different subjects (heroin and cocaine),"
                + " units (kg and person) or overlapping periods do not add up. A figure with part_of is already"
                + " included in its whole. A fact stated several times is one row (mention_count says how often),"
                + " so never sum over mentions."));
        long open = release.findings().rows().stream()
                .filter(r -> "open".equals(r.get(release.findings().columnIndex("status")))).count();
        lines.add(new Line("Open questions", open == 0 ? "No validation finding is open: every warning was"
                + " corrected or acknowledged by an editor (findings sheet)." : open + " validation finding(s) are"
                + " open: the figures or events concerned carry it in their flags column; see the findings sheet."));

        lines.add(Line.section("How to read a figure"));
        lines.add(new Line("value", "The best single estimate, in base units (kg, ha, a currency's unit, counts);"
                + " empty when the text gives no single number (a vague amount or a range)."));
        lines.add(new Line("Exact values", "Every value is exact, in every format. A spreadsheet number keeps"
                + " " + MAX_DIGITS + " significant digits, so a value with more (or one a spreadsheet number would"
                + " change) is a right-aligned text cell holding the exact decimal, e.g. 12345678901234567890;"
                + " every other value is a number cell. CSV and JSON write the same decimal text, Parquet holds it"
                + " as " + DecimalType.DEFAULT.sql() + "."));
        lines.add(new Line("value_low, value_high", "The bounds the wording implies: an exact number has both"
                + " equal to value; 'about' (approx) has neither; 'some N or more' (approx_over) and 'at least' have"
                + " only value_low; 'almost' and 'at most' have only value_high; a range or a vague amount has both"
                + " and no value."));
        lines.add(new Line("qualifier", "How the text qualifies the number: exact, approx (about), approx_over"
                + " (some N or more), at_least, at_most, almost, vague (tens of thousands), range."));
        lines.add(new Line("as_written", "The figure exactly as the source writes it; as_written_value is its"
                + " value before an editor's correction, so a corrected figure shows both."));
        lines.add(new Line("Provenance", "Every mention has its source, line and character span; quote and"
                + " sentence hold the text it comes from."));

        lines.add(Line.section("Sheets"));
        for (Table t : release.tables()) {
            lines.add(new Line(t.name(), t.description()));
        }
        lines.add(new Line(release.findings().name(), release.findings().description()));
        lines.add(new Line(DICTIONARY, "Every column of every sheet: type, unit, allowed values, meaning."));

        lines.add(Line.section("Release"));
        lines.add(new Line("How to cite", m.citation()));
        lines.add(new Line("Data licence", m.license().name() + " (" + m.license().title() + ") "
                + m.license().path()));
        lines.add(new Line("Code licence", m.codeLicense().name() + " (" + m.codeLicense().title() + ") "
                + m.codeLicense().path()));
        if (m.homepage() != null) {
            lines.add(new Line("Homepage", m.homepage()));
        }
        if (m.downloadBase() != null) {
            lines.add(new Line("Downloads", m.downloadBase()));
        }
        if (m.contact() != null) {
            lines.add(new Line("Contact and errata", m.contact()));
        }
        lines.add(new Line("Keywords", String.join(", ", m.keywords())));

        lines.add(Line.section("Sources and checksums"));
        for (var s : release.sources()) {
            lines.add(new Line("Source " + s.id(), s.title() + " (" + (s.publisher() == null ? "publisher unknown"
                    : s.publisher()) + ", " + (s.published() == null ? "undated" : s.published()) + "), file "
                    + s.path()));
            if (s.rights() != null) {
                lines.add(new Line("Rights", s.rights()));
            }
            lines.add(new Line("sha256", s.sha256() + " (" + s.bytes() + " bytes)"));
        }
        lines.add(Line.section("Generated from"));
        Map<String, String> prov = new TreeMap<>(release.provenance());
        for (Map.Entry<String, String> e : prov.entrySet()) {
            lines.add(new Line(e.getKey(), e.getValue()));
        }
        return lines;
    }

    /** One sentence per corrected figure: as written, as published, and the editor's reason. */
    private static List<String> corrections(Release release) {
        List<String> out = new ArrayList<>();
        for (Table t : release.tables()) {
            List<String> cols = t.columns().stream().map(Column::name).toList();
            if (!cols.containsAll(List.of("status", "as_written", "value", "as_written_value", "unit"))) {
                continue;
            }
            for (List<Object> r : t.rows()) {
                if (!"corrected".equals(r.get(cols.indexOf("status")))) {
                    continue;
                }
                Object note = cols.contains("note") ? r.get(cols.indexOf("note")) : null;
                Object subject = cols.contains("subject") ? r.get(cols.indexOf("subject")) : null;
                Object line = cols.contains("first_line") ? r.get(cols.indexOf("first_line")) : null;
                out.add((subject == null ? "" : subject + ": ") + "'" + r.get(cols.indexOf("as_written")) + "'"
                        + (line == null ? "" : " (line " + line + ")") + " is written as "
                        + number(r.get(cols.indexOf("as_written_value"))) + " " + r.get(cols.indexOf("unit"))
                        + " and published as " + number(r.get(cols.indexOf("value"))) + " (status corrected;"
                        + " as_written_value keeps the written value)." + (note == null ? "" : " " + note));
            }
        }
        return out;
    }

    /** A decimal exactly, with thousands separators in its integer part: 1,234,567 or 0.0015. */
    static String number(Object v) {
        if (v instanceof BigDecimal) {
            String plain = Cells.plain((BigDecimal) v);
            int sign = plain.startsWith("-") ? 1 : 0;
            int point = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
            StringBuilder sb = new StringBuilder(plain);
            for (int i = point - 3; i > sign; i -= 3) {
                sb.insert(i, ',');
            }
            return sb.toString();
        }
        return v == null ? "(none)" : v.toString();
    }

    // ---- data sheets ---------------------------------------------------------------------------------------

    /**
     * How many leading columns are frozen with the header: the key columns and a subject column, where they are
     * among the first four; at least the first column.
     */
    static int frozenColumns(Table t) {
        int last = 0;
        for (int c = 0; c < Math.min(4, t.columns().size()); c++) {
            String name = t.columns().get(c).name();
            if (t.primaryKey().contains(name) || name.equals("subject")) {
                last = c;
            }
        }
        return last + 1;
    }

    private static void dataSheet(SXSSFWorkbook wb, Styles st, Table t) {
        SXSSFSheet sh = wb.createSheet(t.name());
        // the first rows a sheet holds; the About sheet says where the rest are
        List<List<Object>> rows = t.rows().subList(0, Math.min(t.rows().size(), MAX_SHEET_ROWS));
        int n = t.columns().size();
        int frozen = frozenColumns(t);
        int[] content = new int[n];
        for (int c = 0; c < n; c++) {
            content[c] = displayWidth(t.columns().get(c).name());
        }
        for (List<Object> row : rows) {
            for (int c = 0; c < n; c++) {
                content[c] = Math.max(content[c], maxLineWidth(shown(row.get(c))));
            }
        }
        int[] width = new int[n];
        boolean[] wrap = new boolean[n];
        for (int c = 0; c < n; c++) {
            int max = c < frozen ? MAX_FROZEN_WIDTH : MAX_WIDTH;
            wrap[c] = content[c] + 1 > max;
            width[c] = Math.max(MIN_WIDTH, Math.min(max, content[c] + 2));
            sh.setColumnWidth(c, width[c] * 256);
        }
        Row head = sh.createRow(0);
        int headLines = 1;
        for (int c = 0; c < n; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(t.columns().get(c).name());
            cell.setCellStyle(st.header);
            headLines = Math.max(headLines, wrappedLines(t.columns().get(c).name(), width[c]));
        }
        if (headLines > 1) {
            head.setHeightInPoints(height(headLines));
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sh.createRow(r++);
            int lines = 1;
            for (int c = 0; c < n; c++) {
                Object v = fitted(t.name(), values.get(c));
                cell(row, c, v, wrap[c], st);
                if (wrap[c] && v instanceof String) {
                    lines = Math.max(lines, wrappedLines(Cells.neutralized((String) v), width[c]));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(height(lines));
            }
        }
        sh.createFreezePane(frozen, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, n - 1));
        printSetup(sh, true);
    }

    private static void printSetup(Sheet sh, boolean repeatHeader) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setMargin(Sheet.LeftMargin, 0.4);
        sh.setMargin(Sheet.RightMargin, 0.4);
        sh.setMargin(Sheet.TopMargin, 0.5);
        sh.setMargin(Sheet.BottomMargin, 0.6);
        sh.getFooter().setCenter(sh.getSheetName() + " — page &P of &N");
        if (repeatHeader) {
            sh.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /**
     * Whether a decimal is written as a number cell: it has at most {@value #MAX_DIGITS} significant digits and
     * the double a spreadsheet stores reads back as exactly the same decimal. Otherwise the cell is text holding
     * the exact decimal (12345678901234567890, not 1.23457E+19), right-aligned like a number.
     */
    static boolean asNumber(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.precision() > MAX_DIGITS) {
            return false;
        }
        double x = s.doubleValue();
        return Double.isFinite(x) && new BigDecimal(Double.toString(x)).compareTo(s) == 0;
    }

    /** The most rows of data a sheet holds under its header: a spreadsheet's rows, less one. */
    static final int MAX_SHEET_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** The most characters a spreadsheet cell holds. */
    static final int MAX_CELL_TEXT = 32_767;

    /**
     * A text too long for a spreadsheet cell (the lines of an event stated 10,000 times), cut to fit with a note
     * that says so and where the whole text is; any other value as it is.
     */
    static Object fitted(String table, Object v) {
        if (!(v instanceof String) || Cells.neutralized((String) v).length() <= MAX_CELL_TEXT) {
            return v;
        }
        String s = (String) v;
        String note = "… [cut: " + s.length() + " characters, more than a spreadsheet cell holds; the whole text is"
                + " in csv/" + table + ".csv]";
        int keep = MAX_CELL_TEXT - note.length() - 1; // one for the apostrophe a formula-like start gets
        if (Character.isLowSurrogate(s.charAt(keep))) {
            keep--;
        }
        return s.substring(0, keep) + note;
    }

    private static void cell(Row row, int c, Object v, boolean wrap, Styles st) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof BigDecimal) {
            BigDecimal d = ((BigDecimal) v).stripTrailingZeros();
            if (asNumber(d)) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(d.scale() <= 0 ? st.integer : st.decimal);
            } else {
                cell.setCellValue(Cells.plain(d));
                cell.setCellStyle(st.exact);
            }
        } else if (v instanceof Integer || v instanceof Long) {
            cell.setCellValue(((Number) v).doubleValue());
            cell.setCellStyle(st.integer);
        } else if (v instanceof LocalDate) {
            cell.setCellValue((LocalDate) v);
            cell.setCellStyle(st.date);
        } else {
            cell.setCellValue(Cells.neutralized(v.toString()));
            cell.setCellStyle(wrap ? st.wrap : st.text);
        }
    }

    /** A cell's text as a reader sees it (numbers with separators), for widths. */
    private static String shown(Object v) {
        if (v instanceof BigDecimal || v instanceof Integer || v instanceof Long) {
            String plain = Cells.text(v);
            int digits = 0;
            for (int i = 0; i < plain.length() && plain.charAt(i) != '.'; i++) {
                digits += Character.isDigit(plain.charAt(i)) ? 1 : 0;
            }
            return plain + ",".repeat(Math.max(0, (digits - 1) / 3));
        }
        return Cells.csvText(v);
    }

    // ---- text measure --------------------------------------------------------------------------------------

    private static float height(int lines) {
        return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + ROW_PADDING);
    }

    /** Width of the widest line of {@code s}, in character cells rounded up. */
    private static int maxLineWidth(String s) {
        double max = 0;
        for (String line : s.split("\n", -1)) {
            max = Math.max(max, width(line));
        }
        return (int) Math.ceil(max);
    }

    /**
     * How many lines {@code s} takes in a column {@code width} character cells wide when a spreadsheet wraps it
     * at spaces (a word longer than the line is broken): the row height that shows all of it. Widths are the
     * default font's advance widths (see {@link #width}); half a cell is left for the cell's margins.
     */
    static int wrappedLines(String s, int width) {
        double usable = Math.max(1, width - 0.5);
        int lines = 0;
        for (String para : s.split("\n", -1)) {
            lines++;
            double used = 0;
            double space = width(" ");
            for (String word : para.split(" ", -1)) {
                double w = width(word);
                double need = used == 0 ? w : used + space + w;
                if (need <= usable) {
                    used = need;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                int full = (int) (w / usable);
                double rest = w - full * usable;
                if (rest == 0 && full > 0) {
                    lines += full - 1;
                    used = usable;
                } else {
                    lines += full;
                    used = rest;
                }
            }
        }
        return Math.max(1, lines);
    }

    /**
     * Advance widths of printable ASCII in the default font (Calibri 11, and Carlito, its metric twin that
     * LibreOffice uses), in units of the digit '0', which is what a column width counts; from ' ' to '~'.
     */
    private static final double[] ASCII = {
        0.45, 0.64, 0.79, 0.98, 1, 1.41, 1.35, 0.44, 0.6, 0.6, 0.98, 0.98, 0.49, 0.6, 0.5, 0.76,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.53, 0.53, 0.98, 0.98, 0.98, 0.91,
        1.76, 1.14, 1.07, 1.05, 1.21, 0.96, 0.91, 1.24, 1.23, 0.5, 0.63, 1.03, 0.83, 1.69, 1.27, 1.31,
        1.02, 1.33, 1.07, 0.91, 0.96, 1.27, 1.12, 1.76, 1.02, 0.96, 0.92, 0.61, 0.76, 0.61, 0.98, 0.98,
        0.57, 0.95, 1.04, 0.83, 1.04, 0.98, 0.6, 0.93, 1.04, 0.45, 0.47, 0.9, 0.45, 1.58, 1.04, 1.04,
        1.04, 1.04, 0.69, 0.77, 0.66, 1.04, 0.89, 1.41, 0.85, 0.89, 0.78, 0.62, 0.91, 0.62, 0.98};

    /**
     * Width of {@code s} in character cells (multiples of the digit '0'): ASCII from the font's metrics, Hangul,
     * Han and kana 1.86 digits (Nanum Gothic's advance, the font used for them), anything else a digit's width.
     */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= ' ' && cp <= '~') {
                w += ASCII[cp - ' '];
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean wide = script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            w += wide ? 1.86 : 1;
        }
        return w;
    }

    /** Width in whole character cells, rounded up. */
    static int displayWidth(String s) {
        return (int) Math.ceil(width(s));
    }

    private static void properties(SXSSFWorkbook wb, Release release) {
        var m = release.metadata();
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
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
    static void normalizeZip(Path zip, OutputStream out, LocalDateTime time) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(z);
                }
                z.closeEntry();
            }
        }
    }
}
