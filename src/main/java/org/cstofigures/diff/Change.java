package org.cstofigures.diff;

import java.util.Objects;

/**
 * One difference between two releases, one row of the {@code changes} table.
 *
 * @param table      the table the row is in (figures, findings, mentions …)
 * @param change     what happened: added, removed, changed, correction_added, correction_withdrawn, opened,
 *                   closed
 * @param id         key of the row in the new release (in the old one for removed and closed rows)
 * @param previousId key in the old release where it differs (a figure whose id changed), else null
 * @param field      the column that changed, for changed rows; null for a whole row
 * @param oldValue   the old cell, or null
 * @param newValue   the new cell, or null
 * @param label      a few words a reader recognizes the row by (subject, value as written, line)
 */
public record Change(String table, String change, String id, String previousId, String field, String oldValue,
        String newValue, String label) {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";
    public static final String CORRECTION_ADDED = "correction_added";
    public static final String CORRECTION_WITHDRAWN = "correction_withdrawn";
    public static final String OPENED = "opened";
    public static final String CLOSED = "closed";

    /** Every kind of change, in the order reports list them. */
    public static final java.util.List<String> KINDS = java.util.List.of(ADDED, REMOVED, CHANGED, CORRECTION_ADDED,
            CORRECTION_WITHDRAWN, OPENED, CLOSED);

    public Change {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(id, "id");
        if (!KINDS.contains(change)) {
            throw new IllegalArgumentException("unknown change " + change);
        }
    }
}
