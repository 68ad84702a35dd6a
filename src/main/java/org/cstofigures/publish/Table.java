package org.cstofigures.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A published table: schema first (columns, keys), then rows in a stable order. Every writer renders the same
 * Table, so a column means the same thing in CSV, JSON, XLSX and Parquet. Cells are String, Integer/Long,
 * BigDecimal, LocalDate or null (missing).
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
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + name + ": row has " + row.size() + " cells, schema has " + columns.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
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
