package org.cstofigures.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One distinct fact: what is counted, in which category and operation, over which period, with its value.
 * Repeated statements of the same fact share one figure ({@code mentionCount} &gt; 1). {@code asWritten} is the
 * text as the source wrote it; after an editorial correction {@code asWrittenValue} keeps the original value.
 */
public record Figure(
        String figureId,
        Category category,
        String subject,
        String subjectKo,
        String operation,
        BigDecimal value,
        BigDecimal valueLow,
        BigDecimal valueHigh,
        Unit unit,
        Qualifier qualifier,
        String asWritten,
        BigDecimal asWrittenValue,
        LocalDate periodStart,
        LocalDate periodEnd,
        Precision periodPrecision,
        Status status,
        List<String> flags,
        String note,
        int mentionCount,
        String sourceId,
        int firstLine,
        String quote,
        String partOf) {

    public Figure {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(status, "status");
        flags = List.copyOf(flags);
    }

    public Figure withFlags(List<String> newFlags) {
        return new Figure(figureId, category, subject, subjectKo, operation, value, valueLow, valueHigh, unit,
                qualifier, asWritten, asWrittenValue, periodStart, periodEnd, periodPrecision, status, newFlags,
                note, mentionCount, sourceId, firstLine, quote, partOf);
    }
}
