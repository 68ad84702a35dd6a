package org.cstofigures.publish;

import java.util.List;
import java.util.Objects;

/**
 * One column of a published table, defined before it has data: its name (snake_case, identical in every
 * format), type, description, unit note, constraints (required, allowed values, minimum) and, for a number
 * column, its exact decimal type ({@link DecimalType#DEFAULT} unless given; null for other types).
 */
public record Column(
        String name,
        FieldType type,
        String description,
        boolean required,
        List<String> enumValues,
        Long minimum,
        String unit,
        DecimalType decimal) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        if (type == FieldType.NUMBER && decimal == null) {
            decimal = DecimalType.DEFAULT;
        }
        if (type != FieldType.NUMBER && decimal != null) {
            throw new IllegalArgumentException("column " + name + ": a decimal type is for number columns, not "
                    + type.frictionless());
        }
    }

    public static Column of(String name, FieldType type, boolean required, String description) {
        return new Column(name, type, description, required, List.of(), null, null, null);
    }

    public Column withEnum(List<String> values) {
        return new Column(name, type, description, required, values, minimum, unit, decimal);
    }

    public Column withMinimum(long min) {
        return new Column(name, type, description, required, enumValues, min, unit, decimal);
    }
}
