package org.cstofigures.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.ForeignKey;
import org.cstofigures.publish.Table;

/**
 * One page per published table (Datasette-style), generated from the table's own definition: a codebook of its
 * columns, then every row; a row with a one-column primary key has that key as its anchor, and a foreign key
 * links to the row it names (figures to the explorer).
 */
final class TablePages {

    private TablePages() {
    }

    static String file(Table t) {
        return "table-" + Html.slug(t.name()) + ".html";
    }

    static String codebook(Table t) {
        StringBuilder s = new StringBuilder();
        s.append("<div class=\"scroll\" role=\"region\" aria-label=\"Columns of ").append(Html.esc(t.title()))
                .append("\" tabindex=\"0\"><table class=\"data codebook\"><caption>Columns of ")
                .append(Html.esc(t.title())).append("</caption>\n<thead><tr><th scope=\"col\">Column</th>"
                        + "<th scope=\"col\">Type</th><th scope=\"col\">Required</th><th scope=\"col\">Meaning</th>"
                        + "</tr></thead>\n<tbody>\n");
        for (Column c : t.columns()) {
            s.append("<tr><th scope=\"row\"><code>").append(Html.esc(c.name())).append("</code></th><td>")
                    .append(Html.esc(c.type().frictionless())).append("</td><td>").append(c.required() ? "yes" : "no")
                    .append("</td><td>").append(Html.esc(Pages.columnNote(c)));
            if (!c.enumValues().isEmpty()) {
                s.append(" <span class=\"muted\">One of: ").append(Html.esc(String.join(", ", c.enumValues())))
                        .append(".</span>");
            }
            s.append("</td></tr>\n");
        }
        s.append("</tbody></table></div>\n");
        if (!t.foreignKeys().isEmpty()) {
            s.append("<p class=\"muted\">Links: ");
            for (int i = 0; i < t.foreignKeys().size(); i++) {
                s.append(i == 0 ? "" : "; ").append(Html.esc(Pages.foreignKeyNote(t.foreignKeys().get(i))));
            }
            s.append(".</p>\n");
        }
        return s.toString();
    }

    static String body(Table t, List<Table> all) {
        Map<String, Table> byName = new HashMap<>();
        for (Table x : all) {
            byName.put(x.name(), x);
        }
        Map<Integer, ForeignKey> links = new HashMap<>();
        for (ForeignKey fk : t.foreignKeys()) {
            links.put(t.columnIndex(fk.field()), fk);
        }
        int key = t.primaryKey().size() == 1 ? t.columnIndex(t.primaryKey().get(0)) : -1;
        int shown = Math.min(t.rows().size(), SiteData.MAX_ROWS);
        StringBuilder s = new StringBuilder(shown * 400 + 4000);
        s.append("<h1>").append(Html.esc(t.title())).append("</h1>\n<p>").append(Html.esc(t.description()))
                .append(" ").append(t.rows().size()).append(" rows. Download: <a href=\"../csv/")
                .append(Html.esc(t.name())).append(".csv\">CSV</a>, <a href=\"../json/").append(Html.esc(t.name()))
                .append(".json\">JSON</a>.</p>\n<details><summary>What the columns mean</summary>\n")
                .append(codebook(t)).append("</details>\n");
        if (shown < t.rows().size()) {
            s.append("<p class=\"warn\">This page lists the first ").append(shown).append(" of ")
                    .append(t.rows().size()).append(" rows; every row is in the <a href=\"../csv/")
                    .append(Html.esc(t.name())).append(".csv\">CSV</a> and <a href=\"../parquet/")
                    .append(Html.esc(t.name())).append(".parquet\">Parquet</a> files.</p>\n");
        }
        s.append("<div class=\"scroll\" role=\"region\" aria-label=\"").append(Html.esc(t.title()))
                .append("\" tabindex=\"0\"><table class=\"data rows\"><caption class=\"visually-hidden\">")
                .append(Html.esc(t.title())).append("</caption>\n<thead><tr>");
        for (Column c : t.columns()) {
            s.append("<th scope=\"col\" title=\"").append(Html.esc(c.description())).append("\">")
                    .append(Html.esc(c.name())).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (List<Object> r : t.rows().subList(0, shown)) {
            s.append("<tr").append(key >= 0 && r.get(key) != null ? " id=\"" + Html.esc(r.get(key)) + "\"" : "")
                    .append('>');
            for (int i = 0; i < r.size(); i++) {
                String v = Cells.text(r.get(i));
                ForeignKey fk = links.get(i);
                s.append(i == 0 ? "<th scope=\"row\">" : "<td>");
                if (fk != null && !v.isEmpty() && byName.containsKey(fk.resource())) {
                    String target = fk.resource().equals("figures") ? ExplorerPage.FILE
                            : file(byName.get(fk.resource()));
                    s.append("<a href=\"").append(target).append('#').append(Html.esc(v)).append("\">")
                            .append(Html.esc(v)).append("</a>");
                } else {
                    s.append(Html.esc(v));
                }
                s.append(i == 0 ? "</th>" : "</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody></table></div>\n");
        return s.toString();
    }
}
