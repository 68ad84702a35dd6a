package org.cstofigures.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One place in a source where a figure is stated: where (provenance: the span's offsets are Unicode code points
 * from the start of the file, 0-based, end exclusive, so {@code text.codePoints()[charStart, charEnd)} equals
 * the amount as written), how much as written, what about, over which period (null if none), and the number
 * and unit words as written. {@code value} is in base units; null where the text gives no single number.
 */
public record Mention(
        String mentionId,
        String figureId,
        Provenance provenance,
        Amount amount,
        Classification classification,
        Period period,
        String numberAsWritten,
        String unitAsWritten,
        List<String> flags) {

    public Mention {
        Objects.requireNonNull(mentionId, "mentionId");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amount.asWritten(), "surface");
        Objects.requireNonNull(classification, "classification");
        flags = List.copyOf(flags);
        // unit words (톤, 명, 건 …) are a small vocabulary: one copy of each, not one per mention
        unitAsWritten = unitAsWritten == null ? null : unitAsWritten.intern();
    }

    public Mention withFigureId(String id) {
        return new Mention(mentionId, id, provenance, amount, classification, period, numberAsWritten,
                unitAsWritten, flags);
    }

    public Mention withPeriod(Period p) {
        return new Mention(mentionId, figureId, provenance, amount, classification, p, numberAsWritten,
                unitAsWritten, flags);
    }

    public Mention withFlags(List<String> newFlags) {
        return new Mention(mentionId, figureId, provenance, amount, classification, period, numberAsWritten,
                unitAsWritten, newFlags);
    }

    // Shorthands for the parts' fields, as the published columns name them.

    public String sourceId() {
        return provenance.sourceId();
    }

    public int line() {
        return provenance.line();
    }

    public int charStart() {
        return provenance.charStart();
    }

    public int charEnd() {
        return provenance.charEnd();
    }

    /** The exact characters of the source at the span. */
    public String surface() {
        return amount.asWritten();
    }

    public String sentence() {
        return provenance.quote();
    }

    public String rule() {
        return provenance.rule();
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
}
