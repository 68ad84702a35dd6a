package org.cstofigures.model;

import java.time.LocalDate;
import java.util.Objects;

/** A closed interval of days that a figure refers to, with the precision the text gave it. */
public record Period(LocalDate start, LocalDate end, Precision precision) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
    }
}
