package org.cstofigures.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Figure;

/** value_low ≤ value ≤ value_high, and counts (persons, cases, items …) whole and non-negative. */
final class IntervalRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.interval}; default severity error. */
    static final RuleSpec<ValidationConfig.Basic> SPEC = new RuleSpec<>(RuleId.INTERVAL,
            ValidationConfig.Basic.class, ValidationConfig.Rules::interval, Severity.ERROR,
            (severity, rules) -> new IntervalRule(severity));

    private final Severity severity;

    IntervalRule(Severity severity) {
        this.severity = severity;
    }

    @Override
    public RuleId id() {
        return RuleId.INTERVAL;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> out = new ArrayList<>();
        for (Figure f : in.set().figures()) {
            List<String> problems = new ArrayList<>();
            order(problems, "value_low", f.valueLow(), "value", f.value());
            order(problems, "value", f.value(), "value_high", f.valueHigh());
            if (f.value() == null) {
                order(problems, "value_low", f.valueLow(), "value_high", f.valueHigh());
            }
            if (f.unit().isCount()) {
                count(problems, "value", f.value());
                count(problems, "value_low", f.valueLow());
                count(problems, "value_high", f.valueHigh());
            }
            if (!problems.isEmpty()) {
                out.add(in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + " in "
                        + f.unit().code() + ": " + String.join("; ", problems),
                        "check the number against the source; record the right value in curated/corrections.yaml"
                                + " or report the parse as a grammar bug"));
            }
        }
        return out;
    }

    private static void order(List<String> problems, String lowName, BigDecimal low, String highName, BigDecimal high) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            problems.add(lowName + " " + RuleInput.num(low) + " is above " + highName + " " + RuleInput.num(high));
        }
    }

    private static void count(List<String> problems, String name, BigDecimal v) {
        if (v == null) {
            return;
        }
        if (v.signum() < 0) {
            problems.add(name + " " + v.toPlainString() + " is a negative count");
        } else if (v.stripTrailingZeros().scale() > 0) {
            problems.add(name + " " + v.toPlainString() + " is not a whole count");
        }
    }
}
