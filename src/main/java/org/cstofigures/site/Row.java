package org.cstofigures.site;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Table;

/**
 * One row of a published table read by column name, so that the pages follow the table definitions instead of
 * column positions; a column a table does not have reads as missing. A row of a table is a view (the table, its
 * column index and the row number): a cell is rendered when it is read, so that the site can sort and pick from a
 * table of a million rows without holding a copy of it.
 */
final class Row {

    private final Map<String, Object> cells;
    private final Table table;
    private final Map<String, Integer> columns;
    private final int row;

    /** A row of the given cells (tests, and rows built by hand). */
    Row(Map<String, Object> cells) {
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        this.table = null;
        this.columns = null;
        this.row = -1;
    }

    private Row(Table table, Map<String, Integer> columns, int row) {
        this.cells = null;
        this.table = table;
        this.columns = columns;
        this.row = row;
    }

    /** The rows of {@code t}, in table order, each a view read when asked for. */
    static List<Row> of(Table t) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < t.columns().size(); i++) {
            columns.put(t.columns().get(i).name(), i);
        }
        return new Views(t, columns);
    }

    private static final class Views extends AbstractList<Row> implements RandomAccess {

        private final Table table;
        private final Map<String, Integer> columns;

        Views(Table table, Map<String, Integer> columns) {
            this.table = table;
            this.columns = columns;
        }

        @Override
        public Row get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            return new Row(table, columns, index);
        }

        @Override
        public int size() {
            return table.rows().size();
        }
    }

    /** A view equals a view of the same row of the same table; a row of cells, one with the same cells. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Row)) {
            return false;
        }
        Row r = (Row) o;
        return cells != null ? cells.equals(r.cells) : table == r.table && row == r.row;
    }

    @Override
    public int hashCode() {
        return cells != null ? cells.hashCode() : System.identityHashCode(table) * 31 + row;
    }

    Object get(String column) {
        if (cells != null) {
            return cells.get(column);
        }
        Integer i = columns.get(column);
        return i == null ? null : table.cell(row, i);
    }

    /** The cell as text, empty when missing. */
    String text(String column) {
        return Cells.text(get(column));
    }

    boolean has(String column) {
        Object v = get(column);
        return v != null && !(v instanceof String && ((String) v).isEmpty());
    }

    BigDecimal decimal(String column) {
        Object v = get(column);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        if (v instanceof Number) {
            return new BigDecimal(v.toString());
        }
        try {
            return new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The cell as an int, or -1 when missing. */
    int integer(String column) {
        Object v = get(column);
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).intValue();
        }
        BigDecimal d = decimal(column);
        return d == null ? -1 : d.intValue();
    }

    /** The ';'-separated parts of the cell (e.g. flags), none when missing. */
    List<String> list(String column) {
        String s = text(column);
        return s.isEmpty() ? List.of() : List.of(s.split(";"));
    }
}
