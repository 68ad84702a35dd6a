package org.cstofigures.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's charts, each derived from the figures table by the rules of {@link Headlines}: seizures by substance
 * per operation, the operations' latest reports side by side, force sizes, and the number of figures per
 * category. A chart with nothing to show is not drawn.
 */
final class Charts {

    private Charts() {
    }

    static List<Chart> all(List<Row> figures, String sourceLine) {
        List<Chart> out = new ArrayList<>();
        List<String> ops = Headlines.operations(figures);
        for (String op : ops) {
            List<Headlines.Group> groups = Headlines.seizures(figures, op, "kg", 2);
            // the largest periods' seizures: a corpus of many reports has a group for every day it dates
            for (Headlines.Group g : groups.subList(0, Math.min(MAX_SEIZURE_CHARTS, groups.size()))) {
                out.add(seizures(g, sourceLine, out.size()));
            }
        }
        Chart ops2 = operations(figures, ops, sourceLine);
        if (ops2 != null) {
            out.add(ops2);
        }
        List<Row> forces = Headlines.category(figures, Headlines.FORCE_SIZE);
        if (!forces.isEmpty()) {
            out.add(forces(forces, sourceLine));
        }
        if (!figures.isEmpty()) {
            out.add(categories(figures, sourceLine));
        }
        return out;
    }

    private static Chart seizures(Headlines.Group g, String sourceLine, int n) {
        String id = "seizures-" + Html.slug(g.operation()) + (n == 0 ? "" : "-" + n);
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Row> sorted = new ArrayList<>(g.figures());
        sorted.sort((a, b) -> compareValue(b, a));
        for (Row f : sorted) {
            bars.add(bar(f, f.text("subject"), 0, null));
        }
        String title = g.title().replace(": seizures", ": seizures by substance");
        String sub = "Kilograms seized, as stated in the source; a dashed arrow means \"at least\", a whisker means"
                + " \"about\". Different substances: do not add them up.";
        return chart(id, title, sub, sourceLine, bars, false, "kg", sorted);
    }

    private static Chart operations(List<Row> figures, List<String> ops, String sourceLine) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int colour = 0;
        for (String op : ops) {
            Headlines.Group g = Headlines.latest(figures, op);
            if (g == null) {
                continue;
            }
            for (Row f : g.figures()) {
                if (f.decimal("value") == null && f.decimal("value_high") == null) {
                    continue;
                }
                bars.add(bar(f, f.text("subject"), colour, g.title()));
                rows.add(f);
            }
            colour++;
        }
        if (bars.isEmpty()) {
            return null;
        }
        String sub = "Each operation's latest reported results, in their own units (log scale: each gridline is ten"
                + " times the last). Different measures: compare within a row, never add.";
        return chart("operations", "Operations' latest results side by side", sub, sourceLine, bars, true,
                "value in the unit shown beside each bar", rows);
    }

    private static Chart forces(List<Row> forces, String sourceLine) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Row f : forces) {
            String label = f.text("subject");
            bars.add(bar(f, label, "corrected".equals(f.text("status")) ? 1 : 0, null));
        }
        String sub = "Persons, with the interval each figure stands for (log scale). Orange: corrected by the"
                + " editor; the value as written is in the table below.";
        return chart("forces", "Force sizes with their intervals", sub, sourceLine, bars, true, "persons", forces);
    }

    private static Chart categories(List<Row> figures, String sourceLine) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Row f : figures) {
            counts.merge(f.text("category"), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries) {
            BigDecimal v = BigDecimal.valueOf(e.getValue());
            bars.add(new BarChart.Bar(e.getKey(), v, v, v, "exact", 0, "figures.html#category=" + e.getKey(),
                    e.getValue() + (e.getValue() == 1 ? " figure" : " figures"), null));
            rows.add(List.of(e.getKey(), String.valueOf(e.getValue())));
        }
        String svg = BarChart.svg("categories", "Figures per category", "Number of distinct figures in the release"
                + " by category.", sourceLine, bars, false, "figures");
        return new Chart("categories", "Figures per category", "Number of distinct figures in the release by"
                + " category.", sourceLine, svg, List.of("category", "figures"), List.of("", ""), rows);
    }

    private static BarChart.Bar bar(Row f, String label, int colour, String group) {
        return new BarChart.Bar(label, f.decimal("value"), f.decimal("value_low"), f.decimal("value_high"),
                f.text("qualifier"), colour, "../figures.html#" + f.text("figure_id"), Words.value(f), group);
    }

    /**
     * The most bars a chart draws: a chart of thousands of bars (the force sizes of a large corpus) is unreadable
     * and its page does not fit a browser; beyond it the first bars are drawn and the subtitle says so.
     */
    static final int MAX_BARS = 100;
    /** The most seizure charts drawn for one operation (one per period, the periods with most figures first). */
    static final int MAX_SEIZURE_CHARTS = 10;

    /** {@code bars} and {@code figures} are parallel: bar i is drawn from figure i. */
    private static Chart chart(String id, String title, String sub, String sourceLine, List<BarChart.Bar> bars,
            boolean log, String axis, List<Row> figures) {
        if (bars.size() > MAX_BARS) {
            sub = sub + " The first " + MAX_BARS + " of " + bars.size() + " are drawn; all are in figures.csv.";
            bars = bars.subList(0, MAX_BARS);
            figures = figures.subList(0, MAX_BARS);
        }
        String svg = BarChart.svg(id, title, sub, sourceLine, bars, log, axis);
        List<List<String>> rows = new ArrayList<>();
        for (Row f : figures) {
            rows.add(List.of(f.text("figure_id"), f.text("operation"), f.text("subject"), Words.value(f),
                    f.text("qualifier"), f.text("value"), f.text("value_low"), f.text("value_high"), f.text("unit"),
                    Words.period(f), f.text("status"), f.text("as_written"), f.text("first_line")));
        }
        List<String> header = List.of("figure", "operation", "subject", "in words", "qualifier", "value", "low",
                "high", "unit", "period", "status", "as written", "line");
        List<String> links = new ArrayList<>(Collections.nCopies(header.size(), ""));
        links.set(0, ExplorerPage.FILE + "#");
        return new Chart(id, title, sub, sourceLine, svg, header, links, rows);
    }

    private static int compareValue(Row a, Row b) {
        BigDecimal x = a.decimal("value") != null ? a.decimal("value") : a.decimal("value_high");
        BigDecimal y = b.decimal("value") != null ? b.decimal("value") : b.decimal("value_high");
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        return x.compareTo(y);
    }
}
