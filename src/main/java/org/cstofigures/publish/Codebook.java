package org.cstofigures.publish;

import static org.cstofigures.publish.ColumnDefinition.col;
import static org.cstofigures.publish.FieldType.BOOLEAN;
import static org.cstofigures.publish.FieldType.INTEGER;
import static org.cstofigures.publish.FieldType.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The codebook: one row per column of every published table (figures, mentions, sources, findings, any table
 * added later, and the codebook itself), generated from the tables' definitions. Published as {@code codebook} in every
 * format (the XLSX dictionary sheet) and rendered as README's data dictionary by {@link #markdown}.
 */
public final class Codebook {

    private Codebook() {
    }

    /** One column of one table. */
    public record Entry(String table, Column column) {
    }

    public static final TableDefinition<Entry> DEFINITION = TableDefinition.of("codebook", "Codebook",
            "Every column of every table: type (with precision and scale for numbers), whether it is required,"
                    + " allowed values, minimum, unit and meaning.",
            List.of("table", "column"), List.of(),
            col("table", STRING, Entry::table).required()
                    .describe("Table (sheet, CSV/JSON/Parquet file) the column is in."),
            col("column", STRING, (Entry e) -> e.column().name()).required()
                    .describe("Column name, identical in every format."),
            col("type", STRING, (Entry e) -> e.column().type().frictionless()).required()
                    .oneOf(Arrays.stream(FieldType.values()).map(FieldType::frictionless).toList())
                    .describe("string, integer, number (decimal), date (ISO 8601) or boolean (true/false)."),
            col("precision", INTEGER, (Entry e) -> e.column().decimal() == null ? null
                    : e.column().decimal().precision()).describe("For a number column, the most significant digits"
                    + " a value has: every format holds it exactly (a value with more than 15 is a text cell in the"
                    + " workbook, since a spreadsheet number keeps 15); empty for other types."),
            col("scale", INTEGER, (Entry e) -> e.column().decimal() == null ? null : e.column().decimal().scale())
                    .describe("For a number column, the most decimal places a value has (Parquet stores it as"
                            + " DECIMAL(precision,scale)); empty for other types."),
            col("required", BOOLEAN, (Entry e) -> e.column().required()).required()
                    .describe("true if the column is never empty."),
            col("allowed_values", STRING, (Entry e) -> e.column().enumValues().isEmpty() ? null
                    : String.join(", ", e.column().enumValues()))
                    .describe("The closed vocabulary, separated by ', '."),
            col("minimum", INTEGER, (Entry e) -> e.column().minimum()).describe("Smallest allowed value."),
            col("unit", STRING, (Entry e) -> e.column().unit()).describe("Unit of the values, where one applies."),
            col("description", STRING, (Entry e) -> e.column().description()).required()
                    .describe("What the column means."));

    /** The codebook of {@code tables} and of itself, last, in table then column order. */
    public static Table of(List<Table> tables) {
        List<Entry> entries = new ArrayList<>();
        for (Table t : tables) {
            for (Column c : t.columns()) {
                entries.add(new Entry(t.name(), c));
            }
        }
        for (Column c : DEFINITION.schema()) {
            entries.add(new Entry(DEFINITION.name(), c));
        }
        return DEFINITION.render(entries);
    }

    /**
     * README's data dictionary: per table a heading, its description and one line per column. Generated, and
     * checked by a test, so the manual cannot drift from the data.
     */
    public static String markdown(List<TableDefinition<?>> definitions) {
        StringBuilder sb = new StringBuilder();
        for (TableDefinition<?> d : definitions) {
            sb.append("#### ").append(d.name()).append("\n\n").append(d.description()).append("\n\n");
            sb.append("| column | type | required | meaning | allowed values | unit |\n");
            sb.append("|---|---|---|---|---|---|\n");
            for (Column c : d.schema()) {
                String allowed = !c.enumValues().isEmpty() ? String.join(", ", c.enumValues())
                        : c.minimum() != null ? "≥ " + c.minimum() : "";
                String type = c.decimal() == null ? c.type().frictionless()
                        : c.type().frictionless() + ", " + c.decimal().sql();
                sb.append("| `").append(c.name()).append("` | ").append(type).append(" | ")
                        .append(c.required() ? "yes" : "no").append(" | ").append(escape(c.description()))
                        .append(" | ").append(allowed).append(" | ").append(c.unit() == null ? "" : c.unit())
                        .append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
