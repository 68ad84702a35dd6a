package org.cstofigures.site;

import java.util.ArrayList;
import java.util.List;
import org.cstofigures.model.Source;

/**
 * source-&lt;id&gt;.html: the full text of one source with line numbers; each line is addressable as #L&lt;n&gt;,
 * and every mention is marked at its exact character span and linked to its figure in the explorer.
 */
final class SourcePage {

    private SourcePage() {
    }

    /** A line of the source and the code-point offset of its first character from the start of the file. */
    record SrcLine(String text, int start) {
    }

    /** Splits a text into lines the way the pipeline numbers them (\n, \r\n or a lone \r end a line). */
    static List<SrcLine> lines(String text) {
        return lines(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} lines of a text, split as {@link #lines(String)} does. */
    static List<SrcLine> lines(String text, int max) {
        List<SrcLine> out = new ArrayList<>();
        int start = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                String line = text.substring(start, i);
                out.add(new SrcLine(line, cp));
                if (out.size() == max) {
                    return out;
                }
                int term = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                cp += line.codePointCount(0, line.length()) + term;
                i += term - 1;
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new SrcLine(text.substring(start), cp));
        }
        return out;
    }

    static String body(SiteData d, Source src, String text) {
        List<SrcLine> lines = lines(text, SiteData.MAX_SOURCE_LINES + 1);
        boolean capped = lines.size() > SiteData.MAX_SOURCE_LINES;
        if (capped) {
            lines = lines.subList(0, SiteData.MAX_SOURCE_LINES);
        }
        int chars = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).start() + lines.get(lines.size() - 1).text().length();
        StringBuilder s = new StringBuilder(Math.min(text.length(), chars) * 3 + 10_000);
        s.append("<h1>Source: <span lang=\"").append(Html.esc(src.language() == null ? "und" : src.language()))
                .append("\">").append(Html.esc(src.title())).append("</span></h1>\n<p>The full text exactly as"
                        + " received (").append(Html.esc(src.id())).append(", sha256 <code class=\"hash\">")
                .append(Html.esc(src.sha256())).append("</code>). Every figure is <mark>marked</mark> and links to"
                        + " its row; every line has an address: add <code>#L</code> and the line number to this"
                        + " page's address.</p>\n");
        if (src.rights() != null) {
            s.append("<p class=\"muted\"><strong>Rights:</strong> ").append(Html.esc(src.rights())).append("</p>\n");
        }
        if (capped) {
            s.append("<p class=\"warn\">This page shows the first ").append(SiteData.MAX_SOURCE_LINES)
                    .append(" lines of the source; the whole text is the raw file <code>").append(Html.esc(src.path()))
                    .append("</code>, and every mention in it is in the mentions table.</p>\n");
        }
        s.append("<ol class=\"src\" lang=\"").append(Html.esc(src.language() == null ? "und" : src.language()))
                .append("\">\n");
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).text();
            int cp = lines.get(n - 1).start();
            int lineCps = line.codePointCount(0, line.length());
            s.append("<li id=\"L").append(n).append("\"><a class=\"ln\" href=\"#L").append(n)
                    .append("\" aria-label=\"line ").append(n).append("\">").append(n).append("</a><span class=\"t\">");
            List<Row> mentions = new ArrayList<>(d.mentionsBySourceLine.getOrDefault(src.id() + "#" + n, List.of()));
            mentions.sort((a, b) -> Integer.compare(a.integer("char_start"), b.integer("char_start")));
            int at = 0; // code points of the line written so far
            int atChar = 0; // and the same in chars: the line is walked once, however many mentions it has
            for (Row m : mentions) {
                int from = m.integer("char_start") - cp;
                int to = m.integer("char_end") - cp;
                if (from < at || to > lineCps || from >= to) {
                    continue;
                }
                int i0 = line.offsetByCodePoints(atChar, from - at);
                int i1 = line.offsetByCodePoints(i0, to - from);
                if (!line.substring(i0, i1).equals(m.text("surface"))) {
                    continue;
                }
                s.append(Html.esc(line.substring(atChar, i0)));
                s.append("<a class=\"m\" id=\"").append(Html.esc(m.text("mention_id"))).append("\" href=\"")
                        .append(ExplorerPage.FILE).append('#').append(Html.esc(m.text("figure_id")))
                        .append("\" title=\"").append(Html.esc(m.text("subject") + " — figure "
                                + m.text("figure_id"))).append("\"><mark>").append(Html.esc(line.substring(i0, i1)))
                        .append("</mark></a>");
                at = to;
                atChar = i1;
            }
            s.append(Html.esc(line.substring(atChar)));
            s.append("</span></li>\n");
        }
        s.append("</ol>\n");
        return s.toString();
    }
}
