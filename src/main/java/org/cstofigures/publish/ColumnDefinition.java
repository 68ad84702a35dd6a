package org.cstofigures.publish;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import org.cstofigures.model.Coded;

/**
 * One column of a {@link TableDefinition}: the published {@link Column} (name, type, constraints, description,
 * unit) and the accessor that reads its value from a record. Built fluently:
 * {@code col("mention_count", INTEGER, Figure::mentionCount).required().minimum(1).describe("How many …")}.
 *
 * <p>The accessor may return a {@link Coded} value (published as its code), a list of strings (published
 * joined by ';', empty list as missing), or a cell value as {@link Table} holds it.
 */
public record ColumnDefinition<R>(Column column, Function<? super R, ?> accessor) {

    public ColumnDefinition {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(accessor, "accessor");
    }

    /** An optional column without description yet. */
    public static <R> ColumnDefinition<R> col(String name, FieldType type, Function<? super R, ?> accessor) {
        return new ColumnDefinition<>(new Column(name, type, "", false, List.of(), null, null, null), accessor);
    }

    public String name() {
        return column.name();
    }

    /** Never empty in a published row; {@code SchemaRule} and the Parquet writer enforce it. */
    public ColumnDefinition<R> required() {
        Column c = column;
        return with(new Column(c.name(), c.type(), c.description(), true, c.enumValues(), c.minimum(), c.unit(),
                c.decimal()));
    }

    public ColumnDefinition<R> describe(String description) {
        Column c = column;
        return with(new Column(c.name(), c.type(), description, c.required(), c.enumValues(), c.minimum(), c.unit(),
                c.decimal()));
    }

    /** The unit of the values, where one column has one unit for every row (e.g. "bytes"). */
    public ColumnDefinition<R> unit(String unit) {
        Column c = column;
        return with(new Column(c.name(), c.type(), c.description(), c.required(), c.enumValues(), c.minimum(), unit,
                c.decimal()));
    }

    public ColumnDefinition<R> minimum(long min) {
        return with(column.withMinimum(min));
    }

    /** The closed vocabulary: the codes of {@code values}, in order. */
    public ColumnDefinition<R> oneOf(Coded... values) {
        return with(column.withEnum(Arrays.stream(values).map(Coded::code).toList()));
    }

    /** The closed vocabulary as codes. */
    public ColumnDefinition<R> oneOf(List<String> codes) {
        return with(column.withEnum(codes));
    }

    private ColumnDefinition<R> with(Column c) {
        return new ColumnDefinition<>(c, accessor);
    }

    /** The cell of this column for {@code record}: codes for vocabularies, ';'-joined lists, null for missing. */
    public Object read(R record) {
        return cell(accessor.apply(record));
    }

    /**
     * What is wrong with {@code record}'s value against the declared constraints: empty although required, not
     * one of the allowed values, below the minimum; null when nothing is. A number its decimal type cannot hold
     * is {@link #misfit}.
     */
    public String violation(R record) {
        Object v = read(record);
        Column c = column;
        if (v == null || v instanceof String && ((String) v).isBlank()) {
            return c.required() ? c.name() + " is empty" : null;
        }
        if (!c.enumValues().isEmpty() && !c.enumValues().contains(v.toString())) {
            return c.name() + " '" + v + "' is not one of " + String.join(", ", c.enumValues());
        }
        if (c.minimum() != null && v instanceof Number && ((Number) v).longValue() < c.minimum()) {
            return c.name() + " " + v + " is below " + c.minimum();
        }
        return null;
    }

    /**
     * Why {@code record}'s number does not fit this column's decimal type ({@link DecimalType#misfit}), or null
     * when it fits or the column is not a number.
     */
    public String misfit(R record) {
        Object v = read(record);
        return column.decimal() != null && v instanceof BigDecimal ? column.decimal().misfit((BigDecimal) v) : null;
    }

    static Object cell(Object v) {
        if (v instanceof Coded) {
            return ((Coded) v).code();
        }
        if (v instanceof List) {
            List<?> l = (List<?>) v;
            if (l.isEmpty()) {
                return null;
            }
            // a loop, not a stream: rows are rendered each time a writer reads them, and lists can be long
            StringJoiner j = new StringJoiner(";");
            for (Object x : l) {
                j.add(String.valueOf(x));
            }
            return j.toString();
        }
        return v;
    }
}
