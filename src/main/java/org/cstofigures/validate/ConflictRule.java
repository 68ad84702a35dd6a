package org.cstofigures.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cstofigures.config.ValidationConfig.Conflict;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;

/**
 * Repeated statements of one fact with different values: figures with the same source, category, subject,
 * operation, period and unit whose values differ by more than relative_tolerance are all flagged. Figures
 * of category other are left out: what they count is not classified, so they are not known to be one fact;
 * so are a part and its whole (part_of).
 */
final class ConflictRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.conflict}; default severity warning. */
    static final RuleSpec<ValidationConfig.Conflict> SPEC = new RuleSpec<>(RuleId.CONFLICT,
            ValidationConfig.Conflict.class, ValidationConfig.Rules::conflict, Severity.WARNING,
            (severity, rules) -> new ConflictRule(severity, rules.conflict()));

    private final Severity severity;
    private final Conflict config;

    ConflictRule(Severity severity, Conflict config) {
        this.severity = severity;
        this.config = config;
    }

    @Override
    public RuleId id() {
        return RuleId.CONFLICT;
    }

    /** What makes two figures statements of the same fact (everything but the value). */
    static String factKey(Figure f) {
        return String.join("\u001f", f.sourceId(), f.category().code(), f.subject().strip(),
                String.valueOf(f.operation()), String.valueOf(f.periodStart()), String.valueOf(f.periodEnd()),
                f.unit().code());
    }

    @Override
    public List<Finding> check(RuleInput in) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : in.set().figures()) {
            if (f.value() != null && f.category() != Category.OTHER) {
                groups.computeIfAbsent(factKey(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Figure> group : groups.values()) {
            for (Figure f : group) {
                List<Figure> others = group.stream()
                        .filter(g -> g != f && !partAndWhole(f, g) && differ(f.value(), g.value())).toList();
                if (others.isEmpty()) {
                    continue;
                }
                String period = f.periodStart() == null && f.periodEnd() == null ? "no period"
                        : f.periodStart() + ".." + f.periodEnd();
                out.add(in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + " = "
                        + RuleInput.num(f.value()) + " " + f.unit().code() + " and " + others.size()
                        + " other statement(s) of the same fact (" + f.category().code() + " / " + f.subject()
                        + (f.operation() == null ? "" : " / " + f.operation()) + " / " + period + ") differ: "
                        + others.stream().map(o -> RuleInput.describe(o) + " = " + RuleInput.num(o.value()))
                                .collect(Collectors.joining(", ")),
                        "find out which statement is right; correct or reject the wrong one in"
                                + " curated/corrections.yaml, or acknowledge if they are different facts"));
            }
        }
        return out;
    }

    /** A part and its whole (그 중 6개 of 17) count the same thing but are different facts. */
    static boolean partAndWhole(Figure a, Figure b) {
        return a.figureId().equals(b.partOf()) || b.figureId().equals(a.partOf());
    }

    private boolean differ(BigDecimal a, BigDecimal b) {
        BigDecimal max = a.abs().max(b.abs());
        if (max.signum() == 0) {
            return false;
        }
        BigDecimal rel = a.subtract(b).abs().divide(max, MathContext.DECIMAL64);
        return rel.compareTo(config.relativeTolerance()) > 0;
    }
}
