package org.cstofigures.publish;

import java.util.Locale;

/**
 * Column types, named as Frictionless Table Schema names them. NUMBER holds {@link java.math.BigDecimal} (exact,
 * within its column's {@link DecimalType}),
 * INTEGER holds {@link Long} or {@link Integer}, DATE holds {@link java.time.LocalDate}, STRING holds String,
 * BOOLEAN holds {@link Boolean} (written true/false).
 */
public enum FieldType {
    STRING, INTEGER, NUMBER, DATE, BOOLEAN;

    public String frictionless() {
        return name().toLowerCase(Locale.ROOT);
    }
}
