package org.cstofigures.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Figure;

/** A part (part_of) exists, is in its whole's unit and is not larger than its whole (blocked ≤ identified). */
final class RelationsRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.relations}; default severity warning. */
    static final RuleSpec<ValidationConfig.Basic> SPEC = new RuleSpec<>(RuleId.RELATIONS,
            ValidationConfig.Basic.class, ValidationConfig.Rules::relations, Severity.WARNING,
            (severity, rules) -> new RelationsRule(severity));

    private final Severity severity;

    RelationsRule(Severity severity) {
        this.severity = severity;
    }

    @Override
    public RuleId id() {
        return RuleId.RELATIONS;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        Map<String, Figure> byId = in.set().figures().stream()
                .collect(Collectors.toMap(Figure::figureId, Function.identity(), (a, b) -> a));
        List<Finding> out = new ArrayList<>();
        String fix = "check which figure is the whole; correct the value or the part_of link, or acknowledge";
        for (Figure part : in.set().figures()) {
            if (part.partOf() == null) {
                continue;
            }
            Figure whole = byId.get(part.partOf());
            if (whole == null) {
                out.add(in.finding(id(), severity, part, "figure " + RuleInput.describe(part)
                        + " is part of " + part.partOf() + ", which is not a published figure", fix));
            } else if (whole.unit() != part.unit()) {
                out.add(in.finding(id(), severity, part, "figure " + RuleInput.describe(part) + " in "
                        + part.unit().code() + " is part of " + RuleInput.describe(whole) + " in " + whole.unit().code()
                        + "; a part must be counted in its whole's unit", fix));
            } else {
                BigDecimal p = part.value() != null ? part.value() : part.valueLow();
                BigDecimal w = whole.value() != null ? whole.value() : whole.valueHigh();
                if (p != null && w != null && p.compareTo(w) > 0) {
                    out.add(in.finding(id(), severity, part, "figure " + RuleInput.describe(part) + " = "
                            + RuleInput.num(p) + " is larger than its whole " + RuleInput.describe(whole) + " = "
                            + RuleInput.num(w), fix));
                }
            }
        }
        return out;
    }
}
