package org.cstofigures.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One distinct fact: what it is about, how much, over which period (null if none), its editorial status, and
 * where it was first stated. Repeated statements of the same fact share one figure ({@code mentionCount} &gt; 1).
 * After an editorial correction {@code asWrittenValue} keeps the value as written. A change is a {@code with…}
 * on one part: {@code f.withAmount(f.amount().withValues(v, l, h)).withStatus(Status.CORRECTED)}.
 */
public record Figure(
        String figureId,
        Classification classification,
        Amount amount,
        BigDecimal asWrittenValue,
        Period period,
        Status status,
        List<String> flags,
        String note,
        int mentionCount,
        Provenance provenance,
        String partOf) {

    public Figure {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        flags = List.copyOf(flags);
    }

    /** The figure its first mention states, as extracted: the mention's parts, no flags, no note. */
    public static Figure of(String figureId, Mention first, int mentionCount, String partOf) {
        return new Figure(figureId, first.classification(), first.amount(), first.value(), first.period(),
                Status.EXTRACTED, List.of(), null, mentionCount, first.provenance(), partOf);
    }

    public Figure withClassification(Classification c) {
        return new Figure(figureId, c, amount, asWrittenValue, period, status, flags, note, mentionCount,
                provenance, partOf);
    }

    public Figure withAmount(Amount a) {
        return new Figure(figureId, classification, a, asWrittenValue, period, status, flags, note, mentionCount,
                provenance, partOf);
    }

    public Figure withPeriod(Period p) {
        return new Figure(figureId, classification, amount, asWrittenValue, p, status, flags, note, mentionCount,
                provenance, partOf);
    }

    /** The editorial status and the editor's note. */
    public Figure withStatus(Status s, String newNote) {
        return new Figure(figureId, classification, amount, asWrittenValue, period, s, flags, newNote, mentionCount,
                provenance, partOf);
    }

    public Figure withFlags(List<String> newFlags) {
        return new Figure(figureId, classification, amount, asWrittenValue, period, status, newFlags, note,
                mentionCount, provenance, partOf);
    }

    // Shorthands for the parts' fields, as the published columns name them.

    public Category category() {
        return classification.category();
    }

    public String subject() {
        return classification.subject();
    }

    public String subjectKo() {
        return classification.subjectKo();
    }

    public String operation() {
        return classification.operation();
    }

    public BigDecimal value() {
        return amount.value();
    }

    public BigDecimal valueLow() {
        return amount.low();
    }

    public BigDecimal valueHigh() {
        return amount.high();
    }

    public Unit unit() {
        return amount.unit();
    }

    public Qualifier qualifier() {
        return amount.qualifier();
    }

    public String asWritten() {
        return amount.asWritten();
    }

    public LocalDate periodStart() {
        return Period.start(period);
    }

    public LocalDate periodEnd() {
        return Period.end(period);
    }

    public Precision periodPrecision() {
        return Period.precision(period);
    }

    public PeriodKind periodKind() {
        return Period.kind(period);
    }

    public String sourceId() {
        return provenance.sourceId();
    }

    public int firstLine() {
        return provenance.line();
    }

    public String quote() {
        return provenance.quote();
    }
}
