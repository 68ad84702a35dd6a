package org.cstofigures.publish;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A published table: schema first (columns, keys), then rows in a stable order. Every writer renders the same
 * Table, so a column means the same thing in CSV, JSON, XLSX and Parquet. Cells are String, Integer/Long,
 * BigDecimal, LocalDate or null (missing). A table rendered from a {@link TableDefinition} keeps its records, not
 * its rows: each row is rendered when a writer reads it, so that a release of a million mentions is not held as a
 * million lists of cells (rows given as lists are checked and copied).
 */
public record Table(
        String name,
        String title,
        String description,
        List<Column> columns,
        List<List<Object>> rows,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (!(rows instanceof RenderedRows)) {
            rows = checkedCopy(name, columns, rows);
        }
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    private static List<List<Object>> checkedCopy(String name, List<Column> columns, List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + name + ": row has " + row.size() + " cells, schema has " + columns.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        return Collections.unmodifiableList(copy);
    }

    /** The rows of records under a definition, each rendered when it is read; always of the schema's width. */
    static final class RenderedRows<R> extends AbstractList<List<Object>> implements RandomAccess {

        private final TableDefinition<R> definition;
        private final List<? extends R> records;

        RenderedRows(TableDefinition<R> definition, List<? extends R> records) {
            this.definition = definition;
            this.records = Collections.unmodifiableList(records); // not copied: records may be made when read
        }

        @Override
        public List<Object> get(int index) {
            return Collections.unmodifiableList(definition.row(records.get(index)));
        }

        Object cell(int row, int column) {
            return definition.columns().get(column).read(records.get(row));
        }

        @Override
        public int size() {
            return records.size();
        }
    }

    /** The cell at {@code row}, {@code column}; of a rendered table, that one cell is rendered, not its row. */
    public Object cell(int row, int column) {
        return rows instanceof RenderedRows<?> r ? r.cell(row, column) : rows.get(row).get(column);
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column);
    }
}
