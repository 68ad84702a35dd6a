package org.cstofigures.diff;

import static org.cstofigures.publish.ColumnDefinition.col;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.FieldType;
import org.cstofigures.publish.Table;
import org.cstofigures.publish.TableDefinition;

/**
 * The changes between two releases as a table ({@code changes}: CSV, and in a release every format) and as a
 * Markdown summary for the CHANGELOG: counts first, then the figures, corrections and findings one by one.
 */
public final class Changes {

    /** Name of the table. */
    public static final String NAME = "changes";

    /** The changes table, defined once (see {@link TableDefinition}). */
    public static final TableDefinition<Change> DEFINITION = TableDefinition.of(NAME, "Changes since the previous"
            + " release", "What changed in every table since the previous release: rows added and removed, cells"
            + " changed (old → new), corrections added or withdrawn, findings opened or closed.", List.of(),
            List.of(),
            col("table", FieldType.STRING, Change::table).required()
                    .describe("Table the change is in (figures, mentions, findings, …)."),
            col("change", FieldType.STRING, Change::change).required()
                    .describe("added, removed or changed (a row, or a column when id is '*'); correction_added or"
                            + " correction_withdrawn (a figure's editorial correction); opened or closed (a"
                            + " validation finding).").oneOf(Change.KINDS),
            col("id", FieldType.STRING, Change::id).required()
                    .describe("Key of the row (figure_id, mention_id, …; for a finding: rule, figure_id,"
                            + " mention_ids and line), in the newer release where it is there; '*' for the table or"
                            + " column as a whole."),
            col("previous_id", FieldType.STRING, Change::previousId)
                    .describe("Key in the older release where it differs: a figure whose id changed (e.g. its"
                            + " period was fixed) while its mentions stayed in place."),
            col("field", FieldType.STRING, Change::field)
                    .describe("The column that changed; empty for a whole row."),
            col("old_value", FieldType.STRING, Change::oldValue)
                    .describe("The cell in the older release, as its CSV holds it."),
            col("new_value", FieldType.STRING, Change::newValue)
                    .describe("The cell in the newer release, as its CSV holds it."),
            col("label", FieldType.STRING, Change::label)
                    .describe("A few words to recognize the row by (subject, value as written, line)."));

    private Changes() {
    }

    /** The changes as a published table; {@code since} names the older release in its description. */
    public static Table table(List<Change> changes, String since) {
        Table t = DEFINITION.render(changes);
        return new Table(NAME, "Changes since " + since, "What changed in every table since release " + since
                + ": rows added and removed, cells changed (old → new), corrections added or withdrawn, findings"
                + " opened or closed.", t.columns(), t.rows(), t.primaryKey(), t.foreignKeys());
    }

    /** The changes as CSV (RFC 4180, CRLF, header), cells neutralized as in every CSV of a release. */
    public static String csv(List<Change> changes) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(DEFINITION.schema().stream().map(Column::name).toList());
            for (Change c : changes) {
                List<String> r = new ArrayList<>();
                for (Object v : DEFINITION.row(c)) {
                    r.add(Cells.csvText(v));
                }
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /**
     * A Markdown summary: one line of counts per table, then the figures added, removed and changed, the
     * corrections and the findings, one bullet each. Mentions and other large tables are counted, not listed.
     */
    public static String markdown(List<Change> changes, String from, String to) {
        StringBuilder b = new StringBuilder();
        b.append("Compared with ").append(from).append(" (`diff ").append(from).append(' ').append(to)
                .append("`):\n\n");
        // rows changed are counted once per row, not per column
        Map<String, Map<String, java.util.Set<String>>> rows = new LinkedHashMap<>();
        for (Change c : changes) {
            if (!c.id().equals("*")) {
                rows.computeIfAbsent(c.table(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.change(), k -> new java.util.LinkedHashSet<>()).add(c.id());
            }
        }
        if (changes.isEmpty()) {
            b.append("- no changes in any table\n");
            return b.toString();
        }
        for (Map.Entry<String, Map<String, java.util.Set<String>>> t : rows.entrySet()) {
            List<String> parts = new ArrayList<>();
            for (String k : Change.KINDS) {
                java.util.Set<String> ids = t.getValue().get(k);
                if (ids != null) {
                    parts.add(ids.size() + " " + k.replace('_', ' '));
                }
            }
            b.append("- **").append(t.getKey()).append("**: ").append(String.join(", ", parts)).append('\n');
        }
        for (Change c : changes) {
            if (c.id().equals("*")) {
                b.append("- **").append(c.table()).append("**: ")
                        .append(c.field() == null ? c.change().equals(Change.ADDED) ? "new table" : "table removed"
                                : (c.change().equals(Change.ADDED) ? "new column `" : "column removed: `")
                                        + c.field() + "`")
                        .append(c.field() == null ? " (" + c.label() + ")" : "").append('\n');
            }
        }
        section(b, "Figures added", changes, ReleaseDiff.FIGURES, Change.ADDED);
        section(b, "Figures removed", changes, ReleaseDiff.FIGURES, Change.REMOVED);
        changedSection(b, "Figures changed", changes, ReleaseDiff.FIGURES);
        section(b, "Corrections added", changes, ReleaseDiff.FIGURES, Change.CORRECTION_ADDED);
        section(b, "Corrections withdrawn", changes, ReleaseDiff.FIGURES, Change.CORRECTION_WITHDRAWN);
        section(b, "Findings opened", changes, ReleaseDiff.FINDINGS, Change.OPENED);
        section(b, "Findings closed", changes, ReleaseDiff.FINDINGS, Change.CLOSED);
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Change> changes, String table, String kind) {
        List<String> lines = new ArrayList<>();
        for (Change c : changes) {
            if (c.table().equals(table) && c.change().equals(kind) && !c.id().equals("*")) {
                String line = "- `" + c.id() + "` " + c.label();
                if (c.field() != null && !kind.equals(Change.ADDED) && !kind.equals(Change.REMOVED)
                        && !c.field().equals("status")) {
                    line += ": " + c.field() + " " + shown(c.oldValue()) + " → " + shown(c.newValue());
                }
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        if (!lines.isEmpty()) {
            b.append("\n#### ").append(title).append("\n\n");
            lines.forEach(l -> b.append(l).append('\n'));
        }
    }

    /** One bullet per changed figure: its id (old → new if it changed) and every field old → new. */
    private static void changedSection(StringBuilder b, String title, List<Change> changes, String table) {
        Map<String, List<Change>> byId = new TreeMap<>();
        for (Change c : changes) {
            if (c.table().equals(table) && c.field() != null && !c.id().equals("*")
                    && (c.change().equals(Change.CHANGED) || c.change().equals(Change.CORRECTION_ADDED)
                    || c.change().equals(Change.CORRECTION_WITHDRAWN))
                    && (c.oldValue() != null && c.newValue() != null)) {
                byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
            }
        }
        if (byId.isEmpty()) {
            return;
        }
        b.append("\n#### ").append(title).append("\n\n");
        for (Map.Entry<String, List<Change>> e : byId.entrySet()) {
            Change first = e.getValue().get(0);
            b.append("- `").append(first.previousId() != null ? first.previousId() + "` → `" : "")
                    .append(e.getKey()).append("` ").append(first.label()).append(": ");
            List<String> fields = new ArrayList<>();
            for (Change c : e.getValue()) {
                if (!c.field().equals("figure_id")) {
                    fields.add(c.field() + " " + shown(c.oldValue()) + " → " + shown(c.newValue()));
                }
            }
            b.append(fields.isEmpty() ? "id only" : String.join("; ", fields)).append('\n');
        }
    }

    private static String shown(String v) {
        if (v == null || v.isEmpty()) {
            return "(empty)";
        }
        String one = v.replace('\n', ' ').replace('\r', ' ');
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
