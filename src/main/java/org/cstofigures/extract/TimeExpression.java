package org.cstofigures.extract;

import java.util.Objects;
import org.cstofigures.model.Period;

/**
 * A date or period the grammar recognized (2018년 10월 1일부터 11월 2일까지, 올해, 2019년 4월~5월), with its
 * code-point span in the text given to {@link Extractor#extract} and the resolved {@link Period}.
 */
public record TimeExpression(int start, int end, String surface, Period period, String rule) {

    public TimeExpression {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rule, "rule");
    }
}
