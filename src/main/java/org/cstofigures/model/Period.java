package org.cstofigures.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An interval of days that a figure refers to, with the precision the text gave it and its kind. A figure or
 * mention without a stated period has none (null), never a half-empty one; the one exception is a cumulative total
 * whose beginning the source does not state ("so far"): its start is null and it ends at the publication date.
 */
public record Period(LocalDate start, LocalDate end, Precision precision, PeriodKind kind) {

    public Period {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(kind, "kind");
        if (start == null && kind != PeriodKind.CUMULATIVE) {
            throw new IllegalArgumentException("only a cumulative period may have no start");
        }
    }

    /** A stated date or interval: a {@code point} when it is one day, else a {@code period}. */
    public Period(LocalDate start, LocalDate end, Precision precision) {
        this(Objects.requireNonNull(start, "start"), end, precision,
                start.equals(end) ? PeriodKind.POINT : PeriodKind.PERIOD);
    }

    /** The same dates as another kind (a stated period read as a cumulative total or a state). */
    public Period withKind(PeriodKind k) {
        return new Period(start, end, precision, k);
    }

    /** Start of {@code p}, or null when there is no period or it is open. */
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

    /** Kind of {@code p}, or null when there is no period. */
    public static PeriodKind kind(Period p) {
        return p == null ? null : p.kind();
    }
}
