package org.cstofigures.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much: the best value and the interval the wording implies, in base units (kg, ha, the currency's unit,
 * counts), the unit, how the text qualifies the number, and the text as written ("약 2만 5천 명"). {@code value}
 * is null where the text gives no single number (수십만, 10~15); an open bound is null.
 */
public record Amount(BigDecimal value, BigDecimal low, BigDecimal high, Unit unit, Qualifier qualifier,
        String asWritten) {

    public Amount {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** The same text with other numbers (an editor's correction), unit and qualifier unchanged. */
    public Amount withValues(BigDecimal newValue, BigDecimal newLow, BigDecimal newHigh) {
        return new Amount(newValue, newLow, newHigh, unit, qualifier, asWritten);
    }

    public Amount withUnit(Unit newUnit) {
        return new Amount(value, low, high, newUnit, qualifier, asWritten);
    }

    public Amount withQualifier(Qualifier newQualifier) {
        return new Amount(value, low, high, unit, newQualifier, asWritten);
    }
}
