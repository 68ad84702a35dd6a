package org.cstofigures.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.ValidationConfig.Plausibility;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Unit;

/**
 * Values beyond what is plausible for their category and unit: a regional organization's force above
 * max_force_persons, one seizure above max_seizure_kg, more countries than exist.
 */
final class PlausibilityRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.plausibility}; default severity warning. */
    static final RuleSpec<ValidationConfig.Plausibility> SPEC = new RuleSpec<>(RuleId.PLAUSIBILITY,
            ValidationConfig.Plausibility.class, ValidationConfig.Rules::plausibility, Severity.WARNING,
            (severity, rules) -> new PlausibilityRule(severity, rules.plausibility()));

    /** The plausible maximum that applies to a figure, with its pipeline.yaml key and what it bounds. */
    record Limit(BigDecimal max, String key, String what) {
    }

    private final Severity severity;
    private final Plausibility config;

    PlausibilityRule(Severity severity, Plausibility config) {
        this.severity = severity;
        this.config = config;
    }

    @Override
    public RuleId id() {
        return RuleId.PLAUSIBILITY;
    }

    /** The limit for a figure's category and unit, or null if none is configured for it. */
    static Limit limitFor(Figure f, Plausibility p) {
        if (f.category() == Category.FORCE_SIZE && f.unit() == Unit.PERSON) {
            return new Limit(p.maxForcePersons(), "max_force_persons", "a regional organization's force");
        }
        if (f.category() == Category.SEIZURE && f.unit() == Unit.KG) {
            return new Limit(p.maxSeizureKg(), "max_seizure_kg", "a single seizure figure");
        }
        if (f.unit() == Unit.COUNTRY) {
            return new Limit(p.maxCountries(), "max_countries", "a number of countries");
        }
        return null;
    }

    /** The value a limit is compared with: the value, or the lower bound when the text gives no single number. */
    static BigDecimal compared(Figure f) {
        return f.value() != null ? f.value() : f.valueLow();
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> out = new ArrayList<>();
        for (Figure f : in.set().figures()) {
            Limit limit = limitFor(f, config);
            BigDecimal v = compared(f);
            if (limit == null || v == null || v.compareTo(limit.max()) <= 0) {
                continue;
            }
            out.add(in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + ": "
                    + RuleInput.num(v) + " " + f.unit().code() + " is above the plausible maximum for " + limit.what()
                    + " (" + RuleInput.num(limit.max()) + ", plausibility." + limit.key() + ")",
                    "check the source and the original it was translated from; record the intended value in"
                            + " curated/corrections.yaml, or acknowledge the warning there if the value is right"));
        }
        return out;
    }
}
