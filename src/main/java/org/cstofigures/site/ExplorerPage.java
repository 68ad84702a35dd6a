package org.cstofigures.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * figures.html: every figure in one table with facets (category, operation, status, flag), free-text search over
 * English and Korean subjects and quotes, sortable columns; each row opens to its quote with the number
 * highlighted, value as written beside value published, qualifier and interval in words, period, findings and
 * the editor's decision with reason and evidence, and a permalink (#f-…). Without script it is a plain table with
 * every row's details shown.
 */
final class ExplorerPage {

    static final String FILE = "figures.html";

    private ExplorerPage() {
    }

    static String body(SiteData d) {
        StringBuilder s = new StringBuilder(200_000);
        s.append("<h1>Figures</h1>\n<p>Every figure of the release, one row per distinct fact. Open a row to read"
                + " the sentence it comes from, how it was written, how it was validated and what the editor"
                + " decided. Values are never summed across subjects: each row is one statement.</p>\n");
        List<Row> figures = d.shownFigures;
        if (figures.size() < d.figures.size()) {
            s.append("<p class=\"warn\">This page lists the first ").append(figures.size()).append(" of ")
                    .append(d.figures.size()).append(" figures, by source and line; filters and counts are over"
                            + " those. Every figure is in <a href=\"../csv/figures.csv\">figures.csv</a> (also as"
                            + " <a href=\"../parquet/figures.parquet\">Parquet</a>, JSON and Excel).</p>\n");
        }
        s.append("<form class=\"filters\" role=\"search\" aria-label=\"Filter figures\">\n")
                .append("<div class=\"field wide\"><label for=\"q\">Search subjects and quotes (English or"
                        + " 한국어)</label><input type=\"search\" id=\"q\" autocomplete=\"off\"></div>\n");
        facet(s, figures, "category", "Category", false);
        facet(s, figures, "operation", "Operation", false);
        facet(s, figures, "status", "Status", false);
        facet(s, figures, "flags", "Flag", true);
        s.append("<div class=\"field\"><button type=\"reset\" id=\"reset\">Clear filters</button></div>\n</form>\n");
        s.append("<p id=\"count\" role=\"status\">").append(figures.size()).append(" of ").append(figures.size())
                .append(" figures</p>\n");
        s.append("<table class=\"figs\">\n<caption class=\"visually-hidden\">Figures; column buttons sort, row"
                + " buttons open the details</caption>\n<thead><tr>")
                .append(th("subject", "Subject", "text"))
                .append(th("value", "Value", "num"))
                .append(th("category", "Category", "text"))
                .append(th("operation", "Operation", "text"))
                .append(th("period", "Period", "text"))
                .append(th("status", "Status", "text"))
                .append(th("line", "Source", "num"))
                .append("</tr></thead>\n");
        for (Row f : figures) {
            row(s, d, f);
        }
        s.append("</table>\n");
        return s.toString();
    }

    private static String th(String key, String label, String type) {
        return "<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-sort=\"" + key
                + "\" data-type=\"" + type + "\">" + label + "</button></th>";
    }

    private static void facet(StringBuilder s, List<Row> figures, String column, String label, boolean multi) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Row f : figures) {
            if (multi) {
                for (String v : f.list(column)) {
                    counts.merge(v, 1, Integer::sum);
                }
            } else if (f.has(column)) {
                counts.merge(f.text(column), 1, Integer::sum);
            }
        }
        String id = "filter-" + column;
        s.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(label)
                .append("</label><select id=\"").append(id).append("\" data-filter=\"").append(column)
                .append("\"><option value=\"\">all</option>");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            s.append("<option value=\"").append(Html.esc(e.getKey())).append("\">").append(Html.esc(e.getKey()))
                    .append(" (").append(e.getValue()).append(")</option>");
        }
        s.append("</select></div>\n");
    }

    private static void row(StringBuilder s, SiteData d, Row f) {
        String id = f.text("figure_id");
        StringBuilder search = new StringBuilder();
        for (String c : new String[] {"figure_id", "subject", "subject_ko", "operation", "category", "as_written",
                "quote", "note", "unit"}) {
            search.append(f.text(c)).append(' ');
        }
        for (Row m : shownMentions(d, id)) {
            search.append(m.text("sentence")).append(' ');
        }
        String status = f.text("status");
        s.append("<tbody id=\"").append(Html.esc(id)).append("\" class=\"fig\" data-category=\"")
                .append(Html.esc(f.text("category"))).append("\" data-operation=\"")
                .append(Html.esc(f.text("operation"))).append("\" data-status=\"").append(Html.esc(status))
                .append("\" data-flags=\"").append(Html.esc(String.join(" ", f.list("flags"))))
                .append("\" data-subject=\"").append(Html.esc(f.text("subject").toLowerCase(Locale.ROOT)))
                .append("\" data-value=\"").append(Html.esc(sortValue(f)))
                .append("\" data-period=\"").append(Html.esc(f.text("period_start")))
                .append("\" data-line=\"").append(Html.esc(f.text("first_line")))
                .append("\" data-search=\"").append(Html.esc(search.toString().toLowerCase(Locale.ROOT).strip()))
                .append("\">\n<tr class=\"sum\"><th scope=\"row\"><button type=\"button\" class=\"open\""
                        + " aria-expanded=\"false\" aria-controls=\"d-").append(Html.esc(id)).append("\">")
                .append(Html.esc(f.text("subject"))).append("</button> <span lang=\"ko\" class=\"ko\">")
                .append(Html.esc(f.text("subject_ko"))).append("</span></th>")
                .append("<td class=\"num\"><data value=\"").append(Html.esc(f.text("value"))).append("\">")
                .append(Html.esc(Words.value(f))).append("</data></td>")
                .append("<td>").append(Html.esc(f.text("category"))).append("</td>")
                .append("<td>").append(Html.esc(f.text("operation"))).append("</td>")
                .append("<td>").append(Html.esc(Words.period(f).replace(" (precision: ", " (")))
                .append("</td><td><span class=\"badge s-").append(Html.esc(status)).append("\">")
                .append(Html.esc(status)).append("</span>");
        for (String flag : f.list("flags")) {
            s.append(" <span class=\"badge flag\">").append(Html.esc(flag));
            if (reviewed(d, id, flag)) {
                s.append(" <span class=\"reviewed\">(reviewed: ").append(Html.esc(statusOf(d, id, flag)))
                        .append(")</span>");
            }
            s.append("</span>");
        }
        s.append("</td><td>");
        String link = d.lineLink(f.text("source_id"), f.text("first_line"));
        if (link != null) {
            s.append("<a href=\"").append(Html.esc(link)).append("\">line ").append(Html.esc(f.text("first_line")))
                    .append("</a>");
        } else {
            s.append("line ").append(Html.esc(f.text("first_line")));
        }
        s.append("</td></tr>\n<tr class=\"det\" id=\"d-").append(Html.esc(id))
                .append("\" hidden><td colspan=\"7\">\n");
        detail(s, d, f);
        s.append("</td></tr>\n</tbody>\n");
    }

    /** The most statements of one figure its row quotes (a fact a large corpus states a thousand times). */
    static final int MAX_MENTIONS = 20;

    private static List<Row> shownMentions(SiteData d, String figureId) {
        List<Row> all = d.mentionsByFigure.getOrDefault(figureId, List.of());
        return all.subList(0, Math.min(MAX_MENTIONS, all.size()));
    }

    /** True when the figure has findings of this rule and the editor closed every one of them. */
    private static boolean reviewed(SiteData d, String figureId, String rule) {
        List<Row> of = d.findingsByFigure.getOrDefault(figureId, List.of()).stream()
                .filter(x -> rule.equals(x.text("rule"))).toList();
        return !of.isEmpty() && of.stream().noneMatch(x -> "open".equals(x.text("status")));
    }

    private static String statusOf(SiteData d, String figureId, String rule) {
        return d.findingsByFigure.get(figureId).stream().filter(x -> rule.equals(x.text("rule")))
                .map(x -> x.text("status")).distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String sortValue(Row f) {
        String v = f.text("value");
        return v.isEmpty() ? f.text("value_high") : v;
    }

    private static void detail(StringBuilder s, SiteData d, Row f) {
        String id = f.text("figure_id");
        List<Row> all = d.mentionsByFigure.getOrDefault(id, List.of());
        List<Row> mentions = shownMentions(d, id);
        s.append("<div class=\"detail\">\n<h2 class=\"h3\">").append(Html.esc(f.text("subject")))
                .append(": ").append(Html.esc(Words.value(f))).append("</h2>\n");
        if (mentions.isEmpty()) {
            s.append("<blockquote lang=\"ko\">").append(highlight(f.text("quote"), f.text("as_written")))
                    .append("</blockquote>\n");
        }
        for (Row m : mentions) {
            s.append("<figure class=\"quote\"><blockquote lang=\"ko\">")
                    .append(highlight(m.text("sentence"), m.text("surface"))).append("</blockquote><figcaption>");
            String link = d.lineLink(m.text("source_id"), m.text("line"));
            String where = Html.esc(m.text("source_id")) + ", line " + Html.esc(m.text("line")) + ", characters "
                    + Html.esc(m.text("char_start")) + "–" + Html.esc(m.text("char_end"));
            if (link != null) {
                s.append("<a class=\"srclink\" href=\"").append(Html.esc(link)).append("\">").append(where)
                        .append("</a>");
            } else {
                s.append(where);
            }
            s.append(" · rule ").append(Html.esc(m.text("rule"))).append("</figcaption></figure>\n");
        }
        if (all.size() > mentions.size()) {
            s.append("<p class=\"muted\">The first ").append(mentions.size()).append(" of ").append(all.size())
                    .append(" statements; every one is in <a href=\"../csv/mentions.csv\">mentions.csv</a>.</p>\n");
        }
        s.append("<dl class=\"facts\">\n");
        dd(s, "In words", Html.esc(Words.value(f)));
        String asWritten = "<span lang=\"ko\">" + Html.esc(f.text("as_written")) + "</span>";
        if (f.has("as_written_value")) {
            asWritten += " = " + Html.esc(Html.num(f.decimal("as_written_value")));
        }
        dd(s, "As written", asWritten);
        String published = f.has("value") ? Html.esc(Html.num(f.decimal("value")) + " " + f.text("unit"))
                : "no single value (see interval)";
        if (f.has("as_written_value") && f.has("value")
                && f.decimal("as_written_value").compareTo(f.decimal("value")) != 0) {
            published += " <strong>(differs from the value as written)</strong>";
        }
        dd(s, "Published value", published);
        dd(s, "Qualifier", Html.esc(f.text("qualifier") + ": " + Words.meaning(f.text("qualifier"))));
        dd(s, "Interval", Html.esc(Words.interval(f)));
        String period = Words.period(f);
        dd(s, "Period", period.isEmpty() ? "not stated" : Html.esc(period));
        dd(s, "Status", Html.esc(f.text("status")));
        if (f.has("part_of")) {
            dd(s, "Part of", "<a href=\"#" + Html.esc(f.text("part_of")) + "\">" + Html.esc(f.text("part_of"))
                    + "</a>");
        }
        dd(s, "Mentions", Html.esc(f.text("mention_count")));
        dd(s, "Figure id", "<code>" + Html.esc(id) + "</code> · <a class=\"permalink\" href=\"#" + Html.esc(id)
                + "\">Permalink</a>");
        s.append("</dl>\n");
        if (f.has("note")) {
            s.append("<p class=\"note\"><strong>Note:</strong> ").append(Html.esc(f.text("note"))).append("</p>\n");
        }
        List<Row> findings = d.findingsByFigure.getOrDefault(id, List.of());
        s.append("<h3 class=\"h4\">Validation findings</h3>\n");
        if (findings.isEmpty()) {
            s.append("<p>None: every validation rule passed.</p>\n");
        } else {
            s.append("<ul class=\"findings\">\n");
            for (Row x : findings) {
                s.append("<li><span class=\"badge\">").append(Html.esc(x.text("rule"))).append("</span> ")
                        .append(Html.esc(x.text("severity"))).append(", <strong>").append(Html.esc(x.text("status")))
                        .append("</strong>: ").append(Html.esc(x.text("message")));
                if (x.has("suggested_fix")) {
                    s.append("<br><span class=\"muted\">Suggested: ").append(Html.esc(x.text("suggested_fix")))
                            .append("</span>");
                }
                s.append("</li>\n");
            }
            s.append("</ul>\n");
        }
        List<JsonNode> decisions = d.decisionsByFigure.getOrDefault(id, List.of());
        s.append("<h3 class=\"h4\">Editor's decision</h3>\n");
        if (decisions.isEmpty()) {
            s.append("<p>None recorded: the figure is published as extracted.</p>\n");
        }
        for (JsonNode x : decisions) {
            s.append("<dl class=\"facts decision\">\n");
            dd(s, "Action", Html.esc(x.path("action").asText()));
            StringBuilder changes = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it = sortedFields(x.path("changes")); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                changes.append(changes.length() == 0 ? "" : "; ").append(Html.esc(e.getKey())).append(": ")
                        .append(Html.esc(e.getValue().asText()));
            }
            if (changes.length() > 0) {
                dd(s, "Changes", changes.toString());
            }
            dd(s, "Reason", Html.esc(x.path("reason").asText()));
            if (!x.path("evidence").asText("").isEmpty()) {
                dd(s, "Evidence", Html.esc(x.path("evidence").asText()));
            }
            dd(s, "Editor", Html.esc(x.path("editor").asText()) + ", " + Html.esc(x.path("date").asText())
                    + " (corrections file line " + Html.esc(x.path("corrections_line").asText()) + ")");
            s.append("</dl>\n");
        }
        s.append("</div>\n");
    }

    private static Iterator<Map.Entry<String, JsonNode>> sortedFields(JsonNode n) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            m.put(e.getKey(), e.getValue());
        }
        return m.entrySet().iterator();
    }

    private static void dd(StringBuilder s, String term, String html) {
        s.append("<div><dt>").append(term).append("</dt><dd>").append(html).append("</dd></div>\n");
    }

    /** The text with the first occurrence of {@code part} marked; escaped. */
    static String highlight(String text, String part) {
        int i = part.isEmpty() ? -1 : text.indexOf(part);
        if (i < 0) {
            return Html.esc(text);
        }
        return Html.esc(text.substring(0, i)) + "<mark>" + Html.esc(part) + "</mark>"
                + Html.esc(text.substring(i + part.length()));
    }

}
