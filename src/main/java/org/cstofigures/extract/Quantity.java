package org.cstofigures.extract;

import java.math.BigDecimal;
import java.util.Objects;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * A quantity the grammar recognized in a piece of text. {@code start}/{@code end} are code-point offsets into
 * the text that was given to {@link Extractor#extract}, end exclusive; {@code surface} is exactly that text.
 * {@code value} is in base units (kg, ha, currency unit, count) or null where the wording gives no single
 * number (수십만, 10~15); {@code low}/{@code high} are the interval the wording implies (null = open).
 * {@code numberText}/{@code unitText} keep the number and the unit word as written.
 */
public record Quantity(
        int start,
        int end,
        String surface,
        BigDecimal value,
        BigDecimal low,
        BigDecimal high,
        Unit unit,
        Qualifier qualifier,
        String numberText,
        String unitText,
        String rule) {

    public Quantity {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
