package org.cstofigures.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one definition of a published table over records of type {@code R}: name, title, description, keys and
 * columns with their accessors. Every format's rows and types, the Frictionless schema, the Parquet footer, the
 * XLSX dictionary sheet, the codebook and README's data dictionary follow from it, through the {@link Table} it
 * renders; {@code SchemaRule} checks records against the constraints it declares.
 *
 * <p>To publish a new table: write its definition (a constant beside the others in {@link Tables}) and add
 * one line to {@code org.cstofigures.pipeline.Catalog} saying where its records come from.
 */
public record TableDefinition<R>(
        String name,
        String title,
        String description,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<ColumnDefinition<R>> columns) {

    public TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        columns = List.copyOf(columns);
        List<String> names = new ArrayList<>();
        for (ColumnDefinition<R> c : columns) {
            if (names.contains(c.name())) {
                throw new IllegalArgumentException("table " + name + ": column " + c.name() + " defined twice");
            }
            if (c.column().description().isBlank()) {
                throw new IllegalArgumentException("table " + name + ": column " + c.name() + " has no description");
            }
            names.add(c.name());
        }
        for (String k : primaryKey) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException("table " + name + ": primary key " + k + " is not a column");
            }
        }
        for (ForeignKey fk : foreignKeys) {
            if (!names.contains(fk.field())) {
                throw new IllegalArgumentException("table " + name + ": foreign key " + fk.field() + " is not a column");
            }
        }
    }

    @SafeVarargs
    public static <R> TableDefinition<R> of(String name, String title, String description, List<String> primaryKey,
            List<ForeignKey> foreignKeys, ColumnDefinition<R>... columns) {
        return new TableDefinition<>(name, title, description, primaryKey, foreignKeys, List.of(columns));
    }

    /** The published columns, in order. */
    public List<Column> schema() {
        return columns.stream().map(ColumnDefinition::column).toList();
    }

    /** The column named {@code name}. */
    public ColumnDefinition<R> column(String columnName) {
        for (ColumnDefinition<R> c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + columnName);
    }

    /** One row, in column order. */
    public List<Object> row(R record) {
        List<Object> row = new ArrayList<>(columns.size());
        for (ColumnDefinition<R> c : columns) {
            row.add(c.read(record));
        }
        return row;
    }

    /** Every violation of the declared constraints by {@code record}, in column order; empty if none. */
    public List<String> violations(R record) {
        List<String> out = new ArrayList<>();
        for (ColumnDefinition<R> c : columns) {
            String v = c.violation(record);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The numbers of {@code record} that no format can publish exactly, one entry per distinct reason, naming
     * its columns: "value, value_low, value_high: 0.0000000000001 has 13 decimal places; DECIMAL(38,12) holds
     * 12". Empty if every number fits its column's {@link DecimalType}.
     */
    public List<String> unrepresentable(R record) {
        java.util.Map<String, List<String>> columnsByReason = new java.util.LinkedHashMap<>();
        for (ColumnDefinition<R> c : columns) {
            String why = c.misfit(record);
            if (why != null) {
                columnsByReason.computeIfAbsent(why, k -> new ArrayList<>()).add(c.name());
            }
        }
        List<String> out = new ArrayList<>();
        columnsByReason.forEach((why, cols) -> out.add(String.join(", ", cols) + ": " + why));
        return out;
    }

    /** The table with one row per record, in the records' order, each row rendered when it is read. */
    public Table render(List<? extends R> records) {
        return new Table(name, title, description, schema(), new Table.RenderedRows<>(this, records), primaryKey,
                foreignKeys);
    }
}
