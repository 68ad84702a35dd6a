package org.cstofigures.site;

import java.util.List;

/**
 * One chart of the site: its id (file name charts/&lt;id&gt;.svg and anchor), title stating what it shows,
 * subtitle with definition and unit, the source line, the SVG markup (a complete standalone document body
 * without the XML declaration), and the same data as a table. {@code links} gives, per column, the page and '#'
 * a non-empty cell of that column links to with the cell as anchor ("figures.html#"), or "" for none.
 */
record Chart(String id, String title, String subtitle, String source, String svg, List<String> header,
        List<String> links, List<List<String>> rows) {

    Chart {
        header = List.copyOf(header);
        links = List.copyOf(links);
        rows = rows.stream().map(List::copyOf).toList();
        if (links.size() != header.size()) {
            throw new IllegalArgumentException("chart " + id + ": " + links.size() + " links for " + header.size()
                    + " columns");
        }
    }
}
