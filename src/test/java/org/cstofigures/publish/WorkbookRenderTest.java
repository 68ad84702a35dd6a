package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as a person sees it: LibreOffice prints output/xlsx/csto-figures.xlsx to PDF and the pages are
 * inspected. Every page is landscape and there are few of them; every data sheet fits the page width (each page
 * of a sheet shows all of its column headers); no text of the About sheet runs past its row into the next one
 * (LibreOffice does not size rows, so the heights the writer computes must hold the wrapped text), and no row is
 * much taller than its text. Needs {@code soffice} (libreoffice-calc, fonts-nanum): run by
 * {@code .ci/external-checks.sh} with {@code CSTO_LIBREOFFICE=1}.
 */
@Tag("libreoffice")
@EnabledIfEnvironmentVariable(named = "CSTO_LIBREOFFICE", matches = "1")
class WorkbookRenderTest {

    /** The most pages the seed's workbook may print to per sheet (About, eight tables, findings: 16 pages today). */
    private static final int MAX_PAGES_PER_SHEET = 2;

    @TempDir
    Path tmp;

    /** One run of text as LibreOffice drew it: where, how tall, and the text. */
    record Run(int page, float x, float top, float bottom, String text) {
    }

    @Test
    void printsToFewLandscapePagesFittedToWidthWithNoTextCut() throws Exception {
        Path pdf = render(Path.of("output", XlsxWriter.PATH));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            for (PDPage p : doc.getPages()) {
                assertTrue(p.getMediaBox().getWidth() > p.getMediaBox().getHeight(), "landscape");
            }
            List<Run> runs = runs(doc);
            Map<String, List<Integer>> sheetPages = sheetPages(runs);
            assertTrue(pages <= MAX_PAGES_PER_SHEET * sheetPages.size(), pages + " pages for " + sheetPages.size()
                    + " sheets");
            assertTrue(sheetPages.containsKey(XlsxWriter.ABOUT), "About pages: " + sheetPages);
            for (Table t : tablesOf(sheetPages)) {
                for (int page : sheetPages.get(t.name())) {
                    String text = pageText(runs, page);
                    for (Column c : t.columns()) {
                        assertTrue(text.contains(c.name()), "sheet " + t.name() + " page " + page + ": column "
                                + c.name() + " is not on the page (the print does not fit the width)");
                    }
                }
            }
            aboutRowsHoldTheirText(runs, sheetPages.get(XlsxWriter.ABOUT));
        }
    }

    /** The published tables whose sheets were printed (from the CSV headers, so this stays generic). */
    private static List<Table> tablesOf(Map<String, List<Integer>> sheetPages) throws IOException {
        List<Table> out = new ArrayList<>();
        for (String sheet : sheetPages.keySet()) {
            Path csv = Path.of("output", CsvWriter.DIR, sheet + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
            List<Column> cols = new ArrayList<>();
            for (String name : header.split(",")) {
                cols.add(Column.of(name, FieldType.STRING, false, name));
            }
            out.add(new Table(sheet, sheet, sheet, cols, List.of(), List.of(), List.of()));
        }
        assertTrue(out.size() >= 4, "data sheets printed: " + sheetPages.keySet());
        return out;
    }

    /**
     * On the About pages, each label (column A) starts a row. Every line of text in column B belongs to the row at
     * whose top it starts (its first line's baseline sits where the label's does, shifted as in the one-line first row), or else it is
     * a further line of the cell drawn just before it (LibreOffice draws a wrapped cell's lines one after the
     * other). A cell whose lines reach below the next row's top is cut; a cell that leaves more than about one
     * spare line under its text is too tall: the writer sizes rows for Excel, whose columns hold fewer
     * characters and whose lines are taller than LibreOffice's, so LibreOffice may show one spare line, never
     * more.
     */
    static void aboutRowsHoldTheirText(List<Run> runs, List<Integer> pages) {
        List<String> problems = new ArrayList<>();
        int rows = 0;
        float offset = Float.NaN;
        float pitch = Float.NaN;
        for (int page : pages) {
            List<Run> onPage = runs.stream().filter(r -> r.page() == page && !r.text().contains(" — page ")).toList();
            float labelX = (float) onPage.stream().mapToDouble(Run::x).min().orElse(0);
            List<Run> labels = onPage.stream().filter(r -> Math.abs(r.x() - labelX) < 1)
                    .sorted(java.util.Comparator.comparingDouble(Run::top)).toList();
            List<Run> texts = onPage.stream().filter(r -> r.x() > labelX + 20).toList();
            assertTrue(labels.size() > 1 && !texts.isEmpty(), "page " + page + ": no rows found");
            if (Float.isNaN(offset)) {
                offset = texts.get(0).bottom() - labels.get(0).bottom();
            }
            float rowOffset = offset;
            Map<Integer, List<Run>> cells = new LinkedHashMap<>();
            int current = -1;
            for (Run r : texts) {
                for (int l = 0; l < labels.size(); l++) {
                    if (Math.abs(r.bottom() - (labels.get(l).bottom() + rowOffset)) < 0.75f) {
                        current = l;
                    }
                }
                if (current >= 0) {
                    cells.computeIfAbsent(current, k -> new ArrayList<>()).add(r);
                }
            }
            // a page of short rows (the About sheet's last page) has no wrapped text: keep the pitch measured before
            float measured = linePitch(new ArrayList<>(cells.values()));
            pitch = Float.isNaN(measured) ? pitch : measured;
            assertTrue(!Float.isNaN(pitch), "no wrapped text on the About page before page " + page);
            for (Map.Entry<Integer, List<Run>> cell : cells.entrySet()) {
                int l = cell.getKey();
                if (l + 1 >= labels.size()) {
                    continue;
                }
                String label = labels.get(l).text();
                float nextTop = labels.get(l + 1).top();
                float lowest = (float) cell.getValue().stream().mapToDouble(Run::bottom).max().orElse(0);
                if (lowest > nextTop + 1) {
                    problems.add("page " + page + ": the text of row '" + label + "' runs " + (lowest - nextTop)
                            + " pt into the next row (cut)");
                }
                if (nextTop - lowest > 2.2f * pitch) {
                    problems.add("page " + page + ": row '" + label + "' leaves " + (nextTop - lowest)
                            + " pt under its text, more than one spare line of " + pitch + " pt");
                }
                rows++;
            }
        }
        assertTrue(rows >= 10, "About rows found: " + rows);
        assertEquals(List.of(), problems);
    }

    /** Distance between two lines of wrapped text: the median step down between consecutive
     * runs of one row (runs on the same line, e.g. where the font changes for Hangul, are not a step); NaN when no
     * row wraps. */
    private static float linePitch(List<List<Run>> rows) {
        List<Float> steps = new ArrayList<>();
        for (List<Run> row : rows) {
            for (int i = 1; i < row.size(); i++) {
                float d = row.get(i).top() - row.get(i - 1).top();
                if (d > 3) {
                    steps.add(d);
                }
            }
        }
        if (steps.isEmpty()) {
            return Float.NaN;
        }
        steps.sort(null);
        return steps.get(steps.size() / 2);
    }

    /** Sheet name → its pages (1-based), from the footer "sheet — page N of M" the writer puts on every page. */
    private static Map<String, List<Integer>> sheetPages(List<Run> runs) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (Run r : runs) {
            int at = r.text().indexOf(" — page ");
            if (at > 0) {
                out.computeIfAbsent(r.text().substring(0, at).strip(), k -> new ArrayList<>()).add(r.page());
            }
        }
        return out;
    }

    private static String pageText(List<Run> runs, int page) {
        StringBuilder b = new StringBuilder();
        runs.stream().filter(r -> r.page() == page).forEach(r -> b.append(r.text()).append('\n'));
        return b.toString();
    }

    /** Every run of text in drawing order (not sorted by position), with its page and box. */
    static List<Run> runs(PDDocument doc) throws IOException {
        List<Run> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                float top = Float.MAX_VALUE;
                float bottom = 0;
                for (TextPosition p : positions) {
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                }
                out.add(new Run(getCurrentPageNo(), positions.get(0).getXDirAdj(), top, bottom, text));
            }
        };
        s.setSortByPosition(false);
        s.getText(doc);
        return out;
    }

    /** Converts a workbook to PDF with a private LibreOffice profile. */
    Path render(Path xlsx) throws IOException, InterruptedException {
        Path out = tmp.resolve("pdf");
        Files.createDirectories(out);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(),
                xlsx.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice timed out");
        String name = xlsx.getFileName().toString().replaceAll("\\.xlsx$", ".pdf");
        assertTrue(Files.exists(out.resolve(name)), "LibreOffice wrote no PDF: " + log);
        return out.resolve(name);
    }
}
