package org.cstofigures.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.ValidationConfig.Conflict;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Unit;

/**
 * Repeated statements of one fact with different values: among figures with the same source, category, subject,
 * operation, period and unit, those whose value differs by more than relative_tolerance from another's are
 * reported together, in one finding per fact that names the range of values and the first {@link #MAX_NAMED}
 * statements; every one of them is flagged. Figures of category other are left out: what they count is not
 * classified, so they are not known to be one fact; so are a part and its whole (part_of).
 *
 * <p>Linear after sorting: a figure differs from some statement of its fact exactly when it differs from the
 * smallest or the largest value (the relative difference grows with the distance between values), so each
 * figure is compared with the extremes only, skipping its own part or whole.
 */
final class ConflictRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.conflict}; default severity warning. */
    static final RuleSpec<ValidationConfig.Conflict> SPEC = new RuleSpec<>(RuleId.CONFLICT,
            ValidationConfig.Conflict.class, ValidationConfig.Rules::conflict, Severity.WARNING,
            (severity, rules) -> new ConflictRule(severity, rules.conflict()));

    /** At most this many statements are named in one message; the rest are counted. */
    static final int MAX_NAMED = 10;

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

    /** What makes two figures statements of the same fact: everything but the value. */
    record FactKey(String sourceId, Category category, String subject, String operation, LocalDate periodStart,
            LocalDate periodEnd, Unit unit) {

        static FactKey of(Figure f) {
            return new FactKey(f.sourceId(), f.category(), f.subject() == null ? null : f.subject().strip(),
                    f.operation(), f.periodStart(), f.periodEnd(), f.unit());
        }
    }

    /** The figures with a value and a known category, grouped by fact in the order of the figures. */
    static Map<FactKey, List<Figure>> facts(List<Figure> figures, boolean positiveOnly) {
        Map<FactKey, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.value() != null && f.category() != Category.OTHER && (!positiveOnly || f.value().signum() > 0)) {
                groups.computeIfAbsent(FactKey.of(f), k -> new ArrayList<>(2)).add(f);
            }
        }
        return groups;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> out = new ArrayList<>();
        for (List<Figure> group : facts(in.set().figures(), false).values()) {
            if (group.size() > 1) {
                List<Figure> conflicting = conflicting(group);
                if (!conflicting.isEmpty()) {
                    out.add(finding(in, conflicting));
                }
            }
        }
        return out;
    }

    /** The figures of one fact that differ from another statement of it (not their part or whole), in group order. */
    private List<Figure> conflicting(List<Figure> group) {
        List<Figure> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing(Figure::value));
        Map<Figure, java.util.Set<Figure>> partners = partners(group);
        List<Figure> out = new ArrayList<>();
        for (Figure f : group) {
            java.util.Set<Figure> skip = partners.getOrDefault(f, java.util.Set.of());
            Figure low = null;
            for (int i = 0; i < sorted.size() && low == null; i++) {
                Figure g = sorted.get(i);
                low = g == f || skip.contains(g) ? null : g;
            }
            Figure high = null;
            for (int i = sorted.size() - 1; i >= 0 && high == null; i--) {
                Figure g = sorted.get(i);
                high = g == f || skip.contains(g) ? null : g;
            }
            if (low != null && (differ(f.value(), low.value()) || differ(f.value(), high.value()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Each figure's part(s) and whole within the group; empty for most groups. */
    private static Map<Figure, java.util.Set<Figure>> partners(List<Figure> group) {
        Map<String, Figure> byId = null;
        Map<Figure, java.util.Set<Figure>> out = new IdentityHashMap<>();
        for (Figure f : group) {
            if (f.partOf() == null) {
                continue;
            }
            if (byId == null) {
                byId = new java.util.HashMap<>();
                for (Figure g : group) {
                    byId.put(g.figureId(), g);
                }
            }
            Figure whole = byId.get(f.partOf());
            if (whole != null) {
                out.computeIfAbsent(f, k -> identitySet()).add(whole);
                out.computeIfAbsent(whole, k -> identitySet()).add(f);
            }
        }
        return out;
    }

    private static java.util.Set<Figure> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private Finding finding(RuleInput in, List<Figure> conflicting) {
        Figure first = conflicting.get(0);
        BigDecimal min = first.value();
        BigDecimal max = first.value();
        for (Figure f : conflicting) {
            min = f.value().compareTo(min) < 0 ? f.value() : min;
            max = f.value().compareTo(max) > 0 ? f.value() : max;
        }
        String period = first.periodStart() == null && first.periodEnd() == null ? "no period"
                : first.periodStart() + ".." + first.periodEnd();
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < conflicting.size() && i < MAX_NAMED; i++) {
            Figure o = conflicting.get(i);
            named.append(i == 0 ? "" : ", ").append(RuleInput.describe(o)).append(" = ")
                    .append(RuleInput.num(o.value()));
        }
        if (conflicting.size() > MAX_NAMED) {
            named.append(", … and ").append(conflicting.size() - MAX_NAMED).append(" more");
        }
        List<String> others = new ArrayList<>(conflicting.size() - 1);
        for (int i = 1; i < conflicting.size(); i++) {
            others.add(conflicting.get(i).figureId());
        }
        return new Finding(id(), severity, FindingStatus.OPEN, first.figureId(), in.mentionIds(first),
                first.firstLine(), conflicting.size() + " statements of the same fact (" + first.category().code()
                        + " / " + first.subject() + (first.operation() == null ? "" : " / " + first.operation())
                        + " / " + period + ", " + first.unit().code() + ") differ, from " + RuleInput.num(min)
                        + " to " + RuleInput.num(max) + ": " + named,
                "find out which statement is right; correct or reject the wrong ones in curated/corrections.yaml,"
                        + " or acknowledge if they are different facts (acknowledging any one of them acknowledges"
                        + " this finding)", others);
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
