package org.cstofigures.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two releases table by table, by the tables' keys ({@code figure_id}, {@code mention_id}, …) and
 * reports what was added, removed and changed, field by field. Three things make it read like a data desk's
 * changelog rather than a file diff:
 * <ul>
 * <li>A figure whose id changed (its id hashes its period, value …) but whose mentions sit at the same place in
 * the same source (same span, or same line and surface) is the same statement: it is reported as changed, with
 * {@code figure_id} old → new, not as one figure removed and another added. Other tables' references to the old
 * id are followed to the new one before comparing.</li>
 * <li>A figure's {@code status} going to or from {@code corrected} is a correction added or withdrawn.</li>
 * <li>A validation finding that becomes open is opened; one that was open and is gone, corrected or acknowledged
 * is closed.</li>
 * </ul>
 * A column present in only one release is reported once (field = the column), not once per row.
 */
public final class ReleaseDiff {

    static final String FIGURES = "figures";
    static final String MENTIONS = "mentions";
    static final String FINDINGS = "findings";
    private static final String FIGURE_ID = "figure_id";
    private static final String STATUS = "status";
    private static final String CORRECTED = "corrected";
    private static final String OPEN = "open";
    /** Columns that hold a figure_id, followed through renamed figures. */
    private static final Set<String> FIGURE_REFS = Set.of(FIGURE_ID, "part_of");

    private ReleaseDiff() {
    }

    /** Every change from {@code old} to {@code neu}, in a stable order (table, kind, id, column). */
    public static List<Change> compare(Snapshot old, Snapshot neu) {
        Map<String, String> renamed = renamedFigures(old, neu);
        List<String> order = new ArrayList<>(neu.tables().keySet());
        for (String t : old.tables().keySet()) {
            if (!order.contains(t)) {
                order.add(t);
            }
        }
        Sink out = new Sink();
        for (String t : order) {
            Snapshot.Rows a = old.table(t);
            Snapshot.Rows b = neu.table(t);
            if (a == null) {
                out.add(new Change(t, Change.ADDED, "*", null, null, null, null,
                        b.byKey().size() + " rows"));
            } else if (b == null) {
                out.add(new Change(t, Change.REMOVED, "*", null, null, null, null,
                        "had " + a.byKey().size() + " rows"));
            } else if (!t.equals(Changes.DEFINITION.name())) { // a changes table is about its own release
                compareTable(t, follow(a, renamed), b, renamed, out);
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        List<Pending> sorted = new ArrayList<>(out.entries);
        sorted.sort(Comparator.<Pending>comparingInt(c -> rank.get(c.table()))
                .thenComparingInt(c -> Change.KINDS.indexOf(c.kind()))
                .thenComparing(Pending::id));
        return new Resolved(sorted.toArray(new Pending[0]));
    }

    /** A change as {@link #compare} finds it: known, or a row added whose label is read when it is needed. */
    private sealed interface Pending permits Known, AddedRow {
        String table();

        String kind();

        String id();

        Change resolve();
    }

    private record Known(Change change) implements Pending {
        @Override
        public String table() {
            return change.table();
        }

        @Override
        public String kind() {
            return change.change();
        }

        @Override
        public String id() {
            return change.id();
        }

        @Override
        public Change resolve() {
            return change;
        }
    }

    /**
     * A row of a release in memory that the old release does not have: its change's label is read from the row
     * when the change is read, so that a release of a million new rows is not held a second time as labels.
     */
    private record AddedRow(String table, String kind, String id, Snapshot.Renderer rows, int row)
            implements Pending {
        @Override
        public Change resolve() {
            return new Change(table, kind, id, null, null, null, null, label(table, rows.row(row)));
        }
    }

    /** What compareTable finds, in the order it finds it. */
    private static final class Sink {
        private final List<Pending> entries = new ArrayList<>();

        void add(Change c) {
            entries.add(new Known(c));
        }

        void addRow(String table, String kind, String id, Snapshot.Renderer rows, int row) {
            entries.add(new AddedRow(table, kind, id, rows, row));
        }
    }

    /** The changes in order, each made when it is read. */
    private static final class Resolved extends java.util.AbstractList<Change> implements java.util.RandomAccess {
        private final Pending[] pending;

        Resolved(Pending[] pending) {
            this.pending = pending;
        }

        @Override
        public Change get(int index) {
            return pending[index].resolve();
        }

        @Override
        public int size() {
            return pending.length;
        }
    }

    private static void compareTable(String t, Snapshot.Rows a, Snapshot.Rows b, Map<String, String> renamed,
            Sink out) {
        List<String> shared = new ArrayList<>();
        for (String h : b.header()) {
            if (a.header().contains(h)) {
                shared.add(h);
            } else {
                out.add(new Change(t, Change.ADDED, "*", null, h, null, null, "new column"));
            }
        }
        for (String h : a.header()) {
            if (!b.header().contains(h)) {
                out.add(new Change(t, Change.REMOVED, "*", null, h, null, null, "column no longer published"));
            }
        }
        Map<String, String> previous = new HashMap<>();
        if (t.equals(FIGURES)) {
            renamed.forEach((o, n) -> previous.put(n, o));
        }
        Snapshot.Renderer inMemory = b.byKey() instanceof Snapshot.TableRows tr ? tr.renderer() : null;
        int row = -1;
        for (Map.Entry<String, Map<String, String>> e : b.byKey().entrySet()) {
            row++;
            Map<String, String> was = a.byKey().get(e.getKey());
            Map<String, String> is = e.getValue();
            if (was == null) {
                String kind = t.equals(FINDINGS) && OPEN.equals(is.get(STATUS)) ? Change.OPENED : Change.ADDED;
                if (inMemory != null) {
                    out.addRow(t, kind, e.getKey(), inMemory, row);
                } else {
                    out.add(new Change(t, kind, e.getKey(), null, null, null, null, label(t, is)));
                }
                if (t.equals(FIGURES) && CORRECTED.equals(is.get(STATUS))) {
                    out.add(new Change(t, Change.CORRECTION_ADDED, e.getKey(), null, STATUS, null, CORRECTED,
                            label(t, is)));
                }
                continue;
            }
            String label = label(t, is);
            String prev = previous.get(e.getKey());
            if (prev != null) {
                out.add(new Change(t, Change.CHANGED, e.getKey(), prev, FIGURE_ID, prev, e.getKey(), label));
            }
            for (String h : shared) {
                String x = was.getOrDefault(h, "");
                String y = is.getOrDefault(h, "");
                if (x.equals(y) || (prev != null && h.equals(FIGURE_ID))) {
                    continue;
                }
                out.add(new Change(t, kind(t, h, x, y), e.getKey(), prev, h, x, y, label));
            }
        }
        for (Map.Entry<String, Map<String, String>> e : a.byKey().entrySet()) {
            if (b.byKey().containsKey(e.getKey())) {
                continue;
            }
            Map<String, String> was = e.getValue();
            String label = label(t, was);
            out.add(new Change(t, t.equals(FINDINGS) && OPEN.equals(was.get(STATUS)) ? Change.CLOSED
                    : Change.REMOVED, e.getKey(), null, null, null, null, label));
            if (t.equals(FIGURES) && CORRECTED.equals(was.get(STATUS))) {
                out.add(new Change(t, Change.CORRECTION_WITHDRAWN, e.getKey(), null, STATUS, CORRECTED, null,
                        label));
            }
        }
    }

    private static String kind(String table, String column, String was, String is) {
        if (column.equals(STATUS) && table.equals(FIGURES)) {
            if (CORRECTED.equals(is)) {
                return Change.CORRECTION_ADDED;
            }
            if (CORRECTED.equals(was)) {
                return Change.CORRECTION_WITHDRAWN;
            }
        }
        if (column.equals(STATUS) && table.equals(FINDINGS)) {
            if (OPEN.equals(is)) {
                return Change.OPENED;
            }
            if (OPEN.equals(was)) {
                return Change.CLOSED;
            }
        }
        return Change.CHANGED;
    }

    /**
     * Old figure id → new id, for figures present under one id only in the old release and under another only in
     * the new one whose mentions share a place in the source: the same span, or the same line and surface. Each
     * new figure takes the old one it shares most places with (the first in the old file on a tie), each old one
     * at most once.
     */
    static Map<String, String> renamedFigures(Snapshot old, Snapshot neu) {
        Snapshot.Rows fa = old.table(FIGURES);
        Snapshot.Rows fb = neu.table(FIGURES);
        Snapshot.Rows ma = old.table(MENTIONS);
        Snapshot.Rows mb = neu.table(MENTIONS);
        Map<String, String> renamed = new LinkedHashMap<>();
        if (fa == null || fb == null || ma == null || mb == null) {
            return renamed;
        }
        Map<String, Set<String>> placesA = places(ma, fa, fb, null);
        Map<String, List<String>> oldAt = new HashMap<>();
        Map<String, Integer> oldIndex = new HashMap<>();
        for (String o : placesA.keySet()) {
            oldIndex.put(o, oldIndex.size());
        }
        for (Map.Entry<String, Set<String>> oa : placesA.entrySet()) {
            for (String p : oa.getValue()) {
                oldAt.computeIfAbsent(p, k -> new ArrayList<>()).add(oa.getKey());
            }
        }
        // of the new release's figures, only places an old figure also has can match (the new release may be large)
        Map<String, Set<String>> placesB = places(mb, fb, fa, oldAt.keySet());
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, Set<String>> nb : placesB.entrySet()) {
            Map<String, Integer> shared = new HashMap<>();
            for (String p : nb.getValue()) {
                for (String o : oldAt.getOrDefault(p, List.of())) {
                    if (!taken.contains(o)) {
                        shared.merge(o, 1, Integer::sum);
                    }
                }
            }
            String best = null;
            for (Map.Entry<String, Integer> o : shared.entrySet()) {
                if (best == null || o.getValue() > shared.get(best) || (o.getValue().equals(shared.get(best))
                        && oldIndex.get(o.getKey()) < oldIndex.get(best))) {
                    best = o.getKey();
                }
            }
            if (best != null) {
                taken.add(best);
                renamed.put(best, nb.getKey());
            }
        }
        return renamed;
    }

    /**
     * For each figure of {@code own} not in {@code other}, the places of its mentions, in figure order; with
     * {@code only}, just the places in it, and just the figures that have one.
     */
    private static Map<String, Set<String>> places(Snapshot.Rows mentions, Snapshot.Rows own, Snapshot.Rows other,
            Set<String> only) {
        Map<String, Set<String>> found = new HashMap<>();
        for (Map<String, String> m : mentions.byKey().values()) {
            String figure = m.get(FIGURE_ID);
            if (other.byKey().containsKey(figure) || !own.byKey().containsKey(figure)) {
                continue;
            }
            String src = m.getOrDefault("source_id", "");
            for (String p : List.of("span\u001f" + src + "\u001f" + m.get("char_start") + "\u001f" + m.get("char_end"),
                    "line\u001f" + src + "\u001f" + m.get("line") + "\u001f" + m.get("surface"))) {
                if (only == null || only.contains(p)) {
                    found.computeIfAbsent(figure, k -> new LinkedHashSet<>()).add(p);
                }
            }
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String id : own.byKey().keySet()) {
            if (!other.byKey().containsKey(id) && (only == null || found.containsKey(id))) {
                out.put(id, found.getOrDefault(id, new LinkedHashSet<>()));
            }
        }
        return out;
    }

    /** The old table with references to renamed figures pointing at their new ids, re-keyed. */
    private static Snapshot.Rows follow(Snapshot.Rows rows, Map<String, String> renamed) {
        if (renamed.isEmpty() || rows.header().stream().noneMatch(FIGURE_REFS::contains)) {
            return rows;
        }
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (Map<String, String> r : rows.byKey().values()) {
            Map<String, String> copy = new LinkedHashMap<>(r);
            for (String c : FIGURE_REFS) {
                String v = copy.get(c);
                if (v != null && renamed.containsKey(v)) {
                    copy.put(c, renamed.get(v));
                }
            }
            String k = Snapshot.keyText(rows.key(), copy);
            String unique = k;
            for (int n = 2; byKey.containsKey(unique); n++) {
                unique = k + " #" + n;
            }
            byKey.put(unique, copy);
        }
        return new Snapshot.Rows(rows.header(), rows.key(), byKey);
    }

    /** A few words a reader recognizes a row by. */
    static String label(String table, Map<String, String> r) {
        List<String> parts = new ArrayList<>();
        switch (table) {
            case FIGURES:
                add(parts, r.get("subject"));
                add(parts, r.get("as_written"));
                if (has(r.get("operation"))) {
                    parts.add("(" + r.get("operation") + ")");
                }
                if (has(r.get("first_line"))) {
                    parts.add("line " + r.get("first_line"));
                }
                break;
            case MENTIONS:
                add(parts, r.get("surface"));
                if (has(r.get("line"))) {
                    parts.add("line " + r.get("line"));
                }
                break;
            case FINDINGS:
                add(parts, r.get("rule"));
                add(parts, r.get("severity"));
                if (has(r.get("line"))) {
                    parts.add("line " + r.get("line"));
                }
                break;
            default:
                for (String v : r.values()) {
                    if (has(v) && parts.size() < 3) {
                        parts.add(v.length() > 40 ? v.substring(0, 40) + "…" : v);
                    }
                }
        }
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String v) {
        if (has(v)) {
            parts.add(v);
        }
    }

    private static boolean has(String v) {
        return v != null && !v.isEmpty();
    }
}
