package org.cstofigures.site;

import java.util.List;

/**
 * One chart of the site: its id (file name charts/&lt;id&gt;.svg and anchor), title stating what it shows,
 * subtitle with definition and unit, the source line, the SVG markup (a complete standalone document body
 * without the XML declaration), and the same data as a table.
 */
record Chart(String id, String title, String subtitle, String source, String svg, List<String> header,
        List<List<String>> rows) {

    Chart {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
