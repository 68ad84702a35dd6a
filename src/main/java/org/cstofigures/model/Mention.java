package org.cstofigures.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One place in a source where a figure is stated. Offsets are Unicode code points from the start of the
 * file, 0-based, end exclusive, so {@code text.codePoints()[charStart, charEnd)} equals {@code surface}.
 * {@code value} is in base units (kg, the currency's unit, counts); null where the text gives no single number.
 */
public record Mention(
        String mentionId,
        String figureId,
        String sourceId,
        int line,
        int charStart,
        int charEnd,
        String surface,
        String sentence,
        BigDecimal value,
        BigDecimal valueLow,
        BigDecimal valueHigh,
        Unit unit,
        Qualifier qualifier,
        Category category,
        String subject,
        String subjectKo,
        String operation,
        LocalDate periodStart,
        LocalDate periodEnd,
        Precision periodPrecision,
        String numberAsWritten,
        String unitAsWritten,
        String rule,
        List<String> flags) {

    public Mention {
        Objects.requireNonNull(mentionId, "mentionId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(category, "category");
        flags = List.copyOf(flags);
    }

    public Mention withFigureId(String id) {
        return new Mention(mentionId, id, sourceId, line, charStart, charEnd, surface, sentence, value, valueLow,
                valueHigh, unit, qualifier, category, subject, subjectKo, operation, periodStart, periodEnd,
                periodPrecision, numberAsWritten, unitAsWritten, rule, flags);
    }

    public Mention withFlags(List<String> newFlags) {
        return new Mention(mentionId, figureId, sourceId, line, charStart, charEnd, surface, sentence, value,
                valueLow, valueHigh, unit, qualifier, category, subject, subjectKo, operation, periodStart,
                periodEnd, periodPrecision, numberAsWritten, unitAsWritten, rule, newFlags);
    }
}
