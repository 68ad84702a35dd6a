package org.cstofigures.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed interval of days that a figure refers to, with the precision the text gave it. A figure or mention
 * without a stated period has none (null), never a half-empty one.
 */
public record Period(LocalDate start, LocalDate end, Precision precision) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
    }

    /** Start of {@code p}, or null when there is no period. */
    public static LocalDate start(Period p) {
        return p == null ? null : p.start();
    }

    /** End of {@code p}, or null when there is no period. */
    public static LocalDate end(Period p) {
        return p == null ? null : p.end();
    }

    /** Precision of {@code p}, or null when there is no period. */
    public static Precision precision(Period p) {
        return p == null ? null : p.precision();
    }
}
