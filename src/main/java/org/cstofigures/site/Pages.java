package org.cstofigures.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.ForeignKey;
import org.cstofigures.publish.Table;

/** The overview, charts and data-table pages; every word about the data comes from the release. */
final class Pages {

    /** A file of the release offered for download: path relative to output/, size and SHA-256. */
    record Download(String path, long bytes, String sha256) {
    }

    private Pages() {
    }

    static String overview(SiteData d, List<Download> downloads, List<Chart> charts) {
        ReleaseMetadata m = d.release.metadata();
        StringBuilder s = new StringBuilder(60_000);
        s.append("<h1>").append(Html.esc(m.title())).append("</h1>\n<p class=\"lead\">")
                .append(Html.esc(m.description())).append("</p>\n");
        s.append("<p class=\"meta\">Version ").append(Html.esc(m.version())).append(" · created ")
                .append(Html.esc(m.created())).append(" · ").append(d.figures.size()).append(" figures · licence <a href=\"")
                .append(Html.esc(m.license().path())).append("\" rel=\"license\">").append(Html.esc(m.license().title()))
                .append("</a></p>\n");
        s.append("<p>No software is needed to use this data: every table below is a plain CSV, JSON, Excel or"
                + " Parquet file, and these pages work offline from the folder.</p>\n");

        long corrected = d.figures.stream().filter(f -> "corrected".equals(f.text("status"))).count();
        s.append("<p class=\"warn\"><strong>Before quoting</strong>, read <a href=\"#caveats\">the caveats</a>: the"
                + " source is a machine translation; ").append(corrected).append(corrected == 1 ? " figure was" :
                " figures were").append(" corrected by the editor (value as written shown beside it); figures of"
                + " different subjects must not be added up.</p>\n");
        List<Membership.Lane> lanes = Membership.lanes(d.members, d.events);
        if (!lanes.isEmpty()) {
            s.append("<p class=\"who\" id=\"who\"><strong>Who is in it?</strong> ")
                    .append(Membership.answer(lanes, Membership.statuses(d.memberStatuses, lanes), d.sources().size(),
                            d.membersPage));
            if (charts.stream().anyMatch(c -> c.id().equals(TimelineChart.ID))) {
                s.append(" When each joined, left or was suspended: <a href=\"charts.html#").append(TimelineChart.ID)
                        .append("\">the membership timeline</a>");
                s.append(d.membersPage == null ? "." : ", and <a href=\"" + Html.esc(d.membersPage)
                        + "\">the members table</a> with the event that proves each date.");
            }
            s.append("</p>\n");
        }
        List<Headlines.Group> groups = Headlines.cards(d.figures);
        if (!groups.isEmpty()) {
            s.append("<section aria-labelledby=\"headlines\">\n<h2 id=\"headlines\">Headline figures</h2>\n");
            for (Headlines.Group g : groups) {
                s.append("<h3>").append(Html.esc(g.title())).append("</h3>\n<ul class=\"cards\">\n");
                for (Row f : g.figures().subList(0, Math.min(Charts.MAX_BARS, g.figures().size()))) {
                    s.append("<li class=\"card\"><a href=\"figures.html#").append(Html.esc(f.text("figure_id")))
                            .append("\"><span class=\"big\">").append(Html.esc(Words.value(f)))
                            .append("</span><span class=\"what\">").append(Html.esc(f.text("subject")))
                            .append("</span>");
                    String period = Words.period(f);
                    if (!period.isEmpty()) {
                        s.append("<span class=\"when\">").append(Html.esc(period.replaceAll(" \\(precision.*", "")))
                                .append("</span>");
                    }
                    if (!"extracted".equals(f.text("status"))) {
                        s.append("<span class=\"badge s-").append(Html.esc(f.text("status"))).append("\">")
                                .append(Html.esc(f.text("status"))).append("</span>");
                    }
                    s.append("<span class=\"src\">line ").append(Html.esc(f.text("first_line")))
                            .append(": <span lang=\"ko\">").append(Html.esc(f.text("as_written")))
                            .append("</span></span></a></li>\n");
                }
                if (g.figures().size() > Charts.MAX_BARS) {
                    s.append("<li class=\"card\"><a href=\"figures.html\"><span class=\"what\">and ")
                            .append(g.figures().size() - Charts.MAX_BARS).append(" more in the figures table")
                            .append("</span></a></li>\n");
                }
                s.append("</ul>\n");
            }
            s.append("</section>\n");
        }

        s.append("<section aria-labelledby=\"caveats\">\n<h2 id=\"caveats\">Before you quote a number</h2>\n<ul"
                + " class=\"caveats\">\n");
        for (Source src : d.sources()) {
            s.append("<li><strong>Machine translation.</strong> The source <a href=\"")
                    .append(SiteData.sourcePage(src.id())).append("\"><span lang=\"")
                    .append(Html.esc(src.language() == null ? "und" : src.language())).append("\">")
                    .append(Html.esc(src.title())).append("</span></a>");
            if (src.translatedFrom() != null) {
                s.append(" is a text in ").append(Html.esc(language(src.language()))).append(" translated from ")
                        .append(Html.esc(language(src.translatedFrom())));
            }
            if (src.publisher() != null) {
                s.append(", published by ").append(Html.esc(src.publisher()));
            }
            if (src.published() != null) {
                s.append(" on ").append(Html.esc(src.published()));
            }
            s.append(".");
            if (src.notes() != null) {
                s.append(" ").append(Html.esc(src.notes()));
            }
            s.append("</li>\n");
        }
        for (Row f : d.figures) {
            if (!"corrected".equals(f.text("status"))) {
                continue;
            }
            s.append("<li><strong>Corrected by the editor:</strong> <a href=\"figures.html#")
                    .append(Html.esc(f.text("figure_id"))).append("\">").append(Html.esc(f.text("subject")))
                    .append("</a> is published as ").append(Html.esc(Words.value(f))).append("; the source writes <span"
                            + " lang=\"ko\">").append(Html.esc(f.text("as_written"))).append("</span>");
            if (f.has("as_written_value")) {
                s.append(" (").append(Html.esc(Html.num(f.decimal("as_written_value")))).append(")");
            }
            s.append(". ");
            if (f.has("note")) {
                s.append(Html.esc(f.text("note")));
            }
            s.append("</li>\n");
        }
        s.append("<li><strong>Do not add figures across subjects.</strong> Each row is one statement about one"
                + " subject and period; different subjects, units or periods (and several statements of the same"
                + " fact) do not add up. Compare like with like.</li>\n");
        Map<String, Integer> qualifiers = new TreeMap<>();
        for (Row f : d.figures) {
            qualifiers.merge(f.text("qualifier"), 1, Integer::sum);
        }
        s.append("<li><strong>Intervals and qualifiers.</strong> <code>value</code> is what the text states;"
                + " <code>value_low</code> and <code>value_high</code> bound what it can mean. Qualifiers in this"
                + " release:<ul>\n");
        for (Map.Entry<String, Integer> e : qualifiers.entrySet()) {
            s.append("<li><code>").append(Html.esc(e.getKey())).append("</code> (").append(e.getValue())
                    .append("): ").append(Html.esc(Words.meaning(e.getKey()))).append("</li>\n");
        }
        s.append("</ul></li>\n");
        int open = 0;
        int acknowledged = 0;
        for (List<Row> fs : d.findingsByFigure.values()) {
            for (Row x : fs) {
                open += "open".equals(x.text("status")) ? 1 : 0;
                acknowledged += "acknowledged".equals(x.text("status")) ? 1 : 0;
            }
        }
        s.append("<li><strong>Validation.</strong> ").append(d.release.findings().rows().size())
                .append(" findings: ").append(open).append(" open, ").append(acknowledged)
                .append(" reviewed and acknowledged by the editor; ").append(d.decisions.size())
                .append(" editorial decisions in all. A decision on a figure is shown with its reason on the figure's row; the"
                        + " findings table lists every finding, on figures and on events, with its reason.</li>\n");
        s.append("</ul>\n</section>\n");

        if (!charts.isEmpty()) {
            s.append("<section aria-labelledby=\"charts-h\">\n<h2 id=\"charts-h\">Charts</h2>\n<ul>\n");
            for (Chart c : charts) {
                s.append("<li><a href=\"charts.html#").append(c.id()).append("\">").append(Html.esc(c.title()))
                        .append("</a> (<a href=\"charts/").append(c.id()).append(".svg\">SVG</a>)</li>\n");
            }
            s.append("</ul>\n</section>\n");
        }

        s.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">Downloads</h2>\n<p>The same tables"
                + " in every format. Check a download against its SHA-256: <code>sha256sum FILE</code>.</p>\n")
                .append("<div class=\"scroll\" role=\"region\" aria-label=\"Downloads\" tabindex=\"0\">")
                .append("<table class=\"data\"><caption class=\"visually-hidden\">Files of the release</caption>\n")
                .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Format</th><th scope=\"col\">Size"
                        + "</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
        for (Download dl : downloads) {
            String ext = dl.path().substring(dl.path().lastIndexOf('.') + 1);
            s.append("<tr><th scope=\"row\"><a href=\"../").append(Html.esc(dl.path())).append("\">")
                    .append(Html.esc(dl.path())).append("</a></th><td>").append(Html.esc(format(dl.path(), ext)))
                    .append("</td><td class=\"num\">").append(Html.bytes(dl.bytes())).append("</td><td><code"
                            + " class=\"hash\">").append(dl.sha256()).append("</code></td></tr>\n");
        }
        s.append("</tbody></table></div>\n<p><a href=\"../datapackage.json\">datapackage.json</a> (Frictionless Data"
                + " Package) lists every file, these pages included, with its size and hash; <a"
                + " href=\"../dataset.jsonld\">dataset.jsonld</a> describes the data set for search engines.</p>\n")
                .append("</section>\n");

        s.append("<section aria-labelledby=\"cite\">\n<h2 id=\"cite\">How to cite</h2>\n<blockquote class=\"cite\">")
                .append(Html.esc(m.citation())).append("</blockquote>\n<p>Data licence: <a href=\"")
                .append(Html.esc(m.license().path())).append("\">").append(Html.esc(m.license().title()))
                .append("</a>. Code licence: <a href=\"").append(Html.esc(m.codeLicense().path())).append("\">")
                .append(Html.esc(m.codeLicense().title())).append("</a>.</p>\n</section>\n");

        s.append("<section aria-labelledby=\"version\">\n<h2 id=\"version\">Version and provenance</h2>\n<dl"
                + " class=\"facts\">\n<div><dt>Release</dt><dd>").append(Html.esc(m.name())).append(' ')
                .append(Html.esc(m.version())).append(", ").append(Html.esc(m.created())).append("</dd></div>\n");
        for (Map.Entry<String, String> e : new TreeMap<>(d.release.provenance()).entrySet()) {
            s.append("<div><dt>").append(Html.esc(e.getKey())).append("</dt><dd><code class=\"hash\">")
                    .append(Html.esc(e.getValue())).append("</code></dd></div>\n");
        }
        s.append("</dl>\n");
        for (Table t : d.release.tables()) {
            if (t.name().equals("changes")) {
                s.append("<p>What changed since the previous release: <a href=\"").append(TablePages.file(t))
                        .append("\">").append(t.rows().size()).append(" changes</a>.</p>\n");
            }
        }
        s.append("</section>\n");
        return s.toString();
    }

    /** A language tag in English words: "Korean (ko)". */
    private static String language(String tag) {
        if (tag == null) {
            return "an unknown language";
        }
        String name = java.util.Locale.forLanguageTag(tag).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isEmpty() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }

    private static String format(String path, String ext) {
        if (path.startsWith("csv-excel/")) {
            return "CSV for Excel (UTF-8 with BOM)";
        }
        switch (ext) {
            case "csv":
                return "CSV";
            case "json":
                return "JSON";
            case "xlsx":
                return "Excel workbook";
            case "parquet":
                return "Parquet";
            default:
                return ext.toUpperCase(java.util.Locale.ROOT);
        }
    }

    static String charts(List<Chart> charts) {
        StringBuilder s = new StringBuilder(100_000);
        s.append("<h1>Charts</h1>\n<p>Each chart is drawn from the release's tables; click a bar or span to open the"
                + " row behind it. Every chart is also a standalone SVG file to embed, and its data is in the table"
                + " beneath it. Legend of the bar charts: a solid bar is an exact value; a dashed arrow after a bar"
                + " means \"at least\" (open-ended); a whisker at the end means \"about\"; a hatched band is a value"
                + " known only by its bounds. In the membership timeline, a hatched start is a date known only to the"
                + " month or year.</p>\n");
        s.append("<nav aria-label=\"Charts\"><ul>\n");
        for (Chart c : charts) {
            s.append("<li><a href=\"#").append(c.id()).append("\">").append(Html.esc(c.title())).append("</a></li>\n");
        }
        s.append("</ul></nav>\n");
        for (Chart c : charts) {
            s.append("<section class=\"chart-box\" id=\"").append(c.id()).append("\" aria-labelledby=\"")
                    .append(c.id()).append("-h\">\n<h2 id=\"").append(c.id()).append("-h\">").append(Html.esc(c.title()))
                    .append("</h2>\n<figure>\n<div class=\"svg\" role=\"region\" tabindex=\"0\" aria-label=\"")
                    .append(Html.esc(c.title())).append(" (scrolls sideways on a narrow screen)\">").append(c.svg().replace("href=\"../", "href=\""))
                    .append("</div>\n<figcaption>").append(Html.esc(c.subtitle())).append(' ')
                    .append(Html.esc(c.source())).append(" <a href=\"charts/").append(c.id())
                    .append(".svg\" download>Download the SVG</a>.</figcaption>\n</figure>\n")
                    .append("<details><summary>The chart's data as a table</summary>\n")
                    .append("<div class=\"scroll\" role=\"region\" aria-label=\"Data of ").append(Html.esc(c.title()))
                    .append("\" tabindex=\"0\"><table class=\"data\"><caption>").append(Html.esc(c.title()))
                    .append("</caption>\n<thead><tr>");
            for (String h : c.header()) {
                s.append("<th scope=\"col\">").append(Html.esc(h)).append("</th>");
            }
            s.append("</tr></thead>\n<tbody>\n");
            for (List<String> r : c.rows()) {
                s.append("<tr>");
                for (int i = 0; i < r.size(); i++) {
                    String v = r.get(i);
                    String link = c.links().get(i);
                    s.append(i == 0 ? "<th scope=\"row\">" : "<td>");
                    if (!link.isEmpty() && !v.isEmpty()) {
                        s.append("<a href=\"").append(Html.esc(link + v)).append("\">").append(Html.esc(v))
                                .append("</a>");
                    } else {
                        s.append(Html.esc(v));
                    }
                    s.append(i == 0 ? "</th>" : "</td>");
                }
                s.append("</tr>\n");
            }
            s.append("</tbody></table></div>\n</details>\n</section>\n");
        }
        return s.toString();
    }

    static String tables(List<Table> tables) {
        StringBuilder s = new StringBuilder();
        boolean capped = tables.stream().anyMatch(t -> SiteData.capped(t.rows().size()));
        s.append("<h1>Data tables</h1>\n<p>Every table of the release, with what each column means. Each table"
                + " page shows ").append(capped ? "up to " + SiteData.MAX_ROWS + " rows; all" : "all rows; the same")
                .append(" rows are in the CSV, JSON, Excel and Parquet files.</p>\n");
        for (Table t : tables) {
            s.append("<section aria-labelledby=\"t-").append(Html.slug(t.name())).append("\">\n<h2 id=\"t-")
                    .append(Html.slug(t.name())).append("\"><a href=\"").append(TablePages.file(t)).append("\">")
                    .append(Html.esc(t.title())).append("</a> <span class=\"muted\">(").append(t.rows().size())
                    .append(" rows)</span></h2>\n<p>").append(Html.esc(t.description())).append("</p>\n")
                    .append(TablePages.codebook(t)).append("</section>\n");
        }
        return s.toString();
    }

    static String foreignKeyNote(ForeignKey fk) {
        return fk.field() + " → " + fk.resource() + "." + fk.referenceField();
    }

    static String columnNote(Column c) {
        return c.unit() == null ? c.description() : c.description() + " (" + c.unit() + ")";
    }
}
