package org.cstofigures.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which figures the overview leads with and the charts show, chosen from the data by rule, never by value:
 * for each operation (in order of first mention), its seizures of the period they share, and its latest report
 * (the figures of the latest period among its figures); then every force size.
 */
final class Headlines {

    static final String SEIZURE = "seizure";
    static final String FORCE_SIZE = "force_size";

    /** A titled group of figures. */
    record Group(String title, String operation, List<Row> figures) {
    }

    private Headlines() {
    }

    /** The operations named in the figures, in order of their first line. */
    static List<String> operations(List<Row> figures) {
        List<String> ops = new ArrayList<>();
        for (Row f : sortedByLine(figures)) {
            String op = f.text("operation");
            if (!op.isEmpty() && !ops.contains(op)) {
                ops.add(op);
            }
        }
        return ops;
    }

    /**
     * The figures of an operation's latest report: those of the latest period any of its figures has (the same
     * start and end), in source order; none when none of its figures has a period. Figures of other periods
     * (a total over the operation's life) and figures without a period stay out, even on the same line.
     */
    static Group latest(List<Row> figures, String operation) {
        Row latest = null;
        for (Row f : figures) {
            if (operation.equals(f.text("operation")) && f.has("period_start")
                    && (latest == null || f.text("period_start").compareTo(latest.text("period_start")) > 0
                    || f.text("period_start").equals(latest.text("period_start"))
                    && f.integer("first_line") > latest.integer("first_line"))) {
                latest = f;
            }
        }
        if (latest == null) {
            return null;
        }
        List<Row> out = new ArrayList<>();
        for (Row f : sortedByLine(figures)) {
            if (operation.equals(f.text("operation")) && f.text("period_start").equals(latest.text("period_start"))
                    && f.text("period_end").equals(latest.text("period_end"))) {
                out.add(f);
            }
        }
        String period = latest.text("period_start").equals(latest.text("period_end")) ? latest.text("period_start")
                : latest.text("period_start") + " to " + latest.text("period_end");
        return new Group("Operation " + operation + ": latest report (" + period + ")", operation, out);
    }

    /**
     * An operation's seizures in one mass unit, grouped by period (seizures of different periods are different
     * facts); groups of at least {@code min} figures, largest first.
     */
    static List<Group> seizures(List<Row> figures, String operation, String unit, int min) {
        Map<String, List<Row>> byPeriod = new LinkedHashMap<>();
        for (Row f : sortedByLine(figures)) {
            if (operation.equals(f.text("operation")) && SEIZURE.equals(f.text("category"))
                    && unit.equals(f.text("unit"))) {
                byPeriod.computeIfAbsent(f.text("period_start") + "/" + f.text("period_end"), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byPeriod.entrySet()) {
            if (e.getValue().size() >= min) {
                String period = e.getKey().equals("/") ? "period not stated"
                        : e.getKey().replace("/", " to ");
                out.add(new Group("Operation " + operation + ": seizures (" + period + ")", operation,
                        e.getValue()));
            }
        }
        out.sort((a, b) -> Integer.compare(b.figures().size(), a.figures().size()));
        return out;
    }

    /** Every figure of a category, in line order. */
    static List<Row> category(List<Row> figures, String category) {
        List<Row> out = new ArrayList<>();
        for (Row f : sortedByLine(figures)) {
            if (category.equals(f.text("category"))) {
                out.add(f);
            }
        }
        return out;
    }

    /** The overview's card groups. */
    static List<Group> cards(List<Row> figures) {
        List<Group> groups = new ArrayList<>();
        for (String op : operations(figures)) {
            List<Group> seized = seizures(figures, op, "kg", 2);
            Group latest = latest(figures, op);
            if (!seized.isEmpty()) {
                List<Row> rows = new ArrayList<>(seized.get(0).figures());
                for (Row f : category(figures, SEIZURE)) {
                    if (op.equals(f.text("operation")) && !rows.contains(f)
                            && (latest == null || !latest.figures().contains(f))
                            && Objects.equals(f.text("period_start"), seized.get(0).figures().get(0)
                            .text("period_start"))) {
                        rows.add(f);
                    }
                }
                groups.add(new Group(seized.get(0).title(), op, rows));
            }
            if (latest != null) {
                groups.add(latest);
            }
        }
        List<Row> forces = category(figures, FORCE_SIZE);
        if (!forces.isEmpty()) {
            groups.add(new Group("Force sizes", null, forces));
        }
        return groups;
    }

    static List<Row> sortedByLine(List<Row> figures) {
        if (figures instanceof ByLine) {
            return figures; // sorted already: the pages ask for the same order many times over a large table
        }
        List<Row> out = new ArrayList<>(figures);
        out.sort((a, b) -> {
            int c = a.text("source_id").compareTo(b.text("source_id"));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.integer("first_line"), b.integer("first_line"));
            return c != 0 ? c : a.text("figure_id").compareTo(b.text("figure_id"));
        });
        return new ByLine(out);
    }

    /** Rows in {@link #sortedByLine} order. */
    private static final class ByLine extends java.util.AbstractList<Row> implements java.util.RandomAccess {
        private final List<Row> rows;

        ByLine(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public Row get(int index) {
            return rows.get(index);
        }

        @Override
        public int size() {
            return rows.size();
        }
    }
}
