package org.cstofigures.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Format;
import org.cstofigures.publish.FormatWriter;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.StagedFiles;
import org.cstofigures.publish.Table;

/**
 * Writes {@code site/}: a static site that reads the release without any software but a browser, from the same
 * tables as every other format. {@code index.html} (what the data is, caveats, headline figures, downloads with
 * size and SHA-256, citation, version), {@code figures.html} (the explorer), {@code source-<id>.html} (the source
 * text, every mention marked), {@code charts.html} with {@code charts/<id>.svg}, {@code tables.html} and one page
 * per table. No request leaves the folder: no CDN, no fonts, one stylesheet and one script of our own. Runs after
 * the data files and the validation report (it lists their hashes) and before {@code datapackage.json} (which
 * lists the site's files). Byte-identical for the same release.
 */
public final class SiteWriter implements FormatWriter {

    /** Directory of the site inside the release. */
    public static final String DIR = "site";

    private static final String RESOURCES = "/org/cstofigures/site/";

    private static final String SITE = "A file of the static site (open site/index.html in a browser): pages,"
            + " charts and assets generated from the same tables.";

    @Override
    public Format declaration() {
        return new Format("site", "text/html", "utf-8", "A static site to read, filter and chart the data.",
                List.of(new Format.Layout(DIR + "/**.html", SITE, "text/html"),
                        new Format.Layout(DIR + "/**.svg", SITE, "image/svg+xml"),
                        new Format.Layout(DIR + "/**.css", SITE, "text/css"),
                        new Format.Layout(DIR + "/**.js", SITE, "text/javascript")));
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        List<Pages.Download> downloads = downloads(dir);
        SiteData d = new SiteData(release);
        ReleaseMetadata m = release.metadata();
        List<Chart> charts = new ArrayList<>(Charts.all(d.figures, sourceLine(release)));
        Chart timeline = TimelineChart.chart(d, sourceLine(release));
        if (timeline != null) {
            charts.add(0, timeline);
        }
        List<Layout.Nav> nav = new ArrayList<>();
        nav.add(new Layout.Nav("index.html", "Overview"));
        nav.add(new Layout.Nav(ExplorerPage.FILE, "Figures"));
        if (!charts.isEmpty()) {
            nav.add(new Layout.Nav("charts.html", "Charts"));
        }
        List<Source> withText = new ArrayList<>();
        for (Source s : release.sources()) {
            if (release.sourceTexts().containsKey(s.id())) {
                withText.add(s);
                nav.add(new Layout.Nav(SiteData.sourcePage(s.id()),
                        release.sources().size() == 1 ? "Source text" : "Source " + s.id()));
            }
        }
        nav.add(new Layout.Nav("tables.html", "Tables"));
        String footer = "<p>" + Html.esc(m.name()) + " " + Html.esc(m.version()) + " · data under <a href=\""
                + Html.esc(m.license().path()) + "\">" + Html.esc(m.license().title()) + "</a> · cite as: "
                + Html.esc(m.citation()) + "</p>\n";
        Layout layout = new Layout(m.name() + " " + m.version(), nav, footer);

        Path site = dir.resolve(DIR);
        Files.createDirectories(site.resolve("assets"));
        List<String> out = new ArrayList<>();
        out.add(copy(site, "assets/site.css"));
        out.add(copy(site, "assets/site.js"));
        out.add(write(site, "index.html", layout.page("index.html", "Overview", m.title(),
                Pages.overview(d, downloads, charts), false)));
        out.add(write(site, ExplorerPage.FILE, layout.page(ExplorerPage.FILE, "Figures", "Every figure of "
                + m.name() + ", filterable, with its source sentence and validation", ExplorerPage.body(d), true)));
        if (!charts.isEmpty()) {
            out.add(write(site, "charts.html", layout.page("charts.html", "Charts", "Charts of " + m.name(),
                    Pages.charts(charts), false)));
            Files.createDirectories(site.resolve("charts"));
            for (Chart c : charts) {
                out.add(write(site, "charts/" + c.id() + ".svg",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.svg()));
            }
        }
        for (Source s : withText) {
            String file = SiteData.sourcePage(s.id());
            out.add(write(site, file, layout.page(file, "Source " + s.id(), s.title(),
                    SourcePage.body(d, s, release.sourceTexts().get(s.id())), false)));
        }
        List<Table> tables = Cells.published(release);
        out.add(write(site, "tables.html", layout.page("tables.html", "Data tables", "The tables of " + m.name(),
                Pages.tables(tables), false)));
        for (Table t : tables) {
            String file = TablePages.file(t);
            out.add(write(site, file, layout.page(file, t.title(), t.description(), TablePages.body(t, tables),
                    false)));
        }
        out.sort(null);
        return out;
    }

    private static String sourceLine(Release release) {
        List<String> parts = new ArrayList<>();
        for (Source s : release.sources()) {
            String p = s.title();
            if (s.publisher() != null || s.published() != null) {
                p += " (" + (s.publisher() == null ? "" : s.publisher() + ", ")
                        + (s.published() == null ? "" : s.published()) + ")";
            }
            parts.add(p);
        }
        ReleaseMetadata m = release.metadata();
        return "Source: " + String.join("; ", parts) + " · " + m.name() + " " + m.version() + ", " + m.license().name();
    }

    /** Every file already written into the release directory outside site/, sorted, with size and hash. */
    private static List<Pages.Download> downloads(Path dir) throws IOException {
        List<Pages.Download> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.startsWith(DIR + "/")) {
                continue;
            }
            StagedFiles.StagedFile f = StagedFiles.read(dir, rel);
            out.add(new Pages.Download(rel, f.bytes(), f.sha256()));
        }
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }

    private static String write(Path site, String rel, String content) throws IOException {
        Files.write(site.resolve(rel), content.getBytes(StandardCharsets.UTF_8));
        return DIR + "/" + rel;
    }

    private static String copy(Path site, String rel) throws IOException {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        try (InputStream in = SiteWriter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + RESOURCES + name));
            }
            Files.write(site.resolve(rel), in.readAllBytes());
        }
        return DIR + "/" + rel;
    }
}
