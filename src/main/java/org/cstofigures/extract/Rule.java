package org.cstofigures.extract;

import java.math.BigDecimal;
import org.cstofigures.model.Period;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * One named grammar rule: where it is tried, whether a match vetoes every other reading, and the production
 * that reads the text there. Rules are immutable values; {@link Grammar} checks that their ids are unique.
 */
record Rule(String id, Anchor anchor, boolean veto, Production production) {

    /** The kind of position a rule is tried at. */
    enum Anchor {
        /** the first digit of a digit run */
        DIGIT,
        /** a Hangul word start whose first character can start a numeral or date word */
        WORD,
        /** both of the above */
        ANY;

        boolean includes(Anchor a) {
            return this == ANY || this == a;
        }
    }

    /** Reads the text at a position; returns null when the rule does not apply there. */
    @FunctionalInterface
    interface Production {
        Hit apply(Scan scan, int pos);
    }

    /**
     * What a rule matched, in char offsets: a quantity ({@code body}), a time ({@code period}), or neither, which
     * marks the span as not a figure (ordinals, labels, unresolvable dates) so no other rule reads it.
     */
    record Hit(int start, int end, String rule, Body body, Period period) {
    }

    /** The normalized reading of a quantity. */
    record Body(BigDecimal value, BigDecimal low, BigDecimal high, Unit unit, Qualifier qualifier,
                String numberText, String unitText) {
    }
}
