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
            if (group.size() <= SMALL_GROUP) {
                small(in, group, out);
            } else {
                large(in, group, out);
            }
        }
        return out;
    }

    /** Groups up to this size are compared pair by pair; larger ones through their sorted values. */
    static final int SMALL_GROUP = 64;

    /** At most this many other statements are named in one message; the rest are counted with their range. */
    static final int MAX_NAMED = 10;

    private void small(RuleInput in, List<Figure> group, List<Finding> out) {
        for (Figure f : group) {
            List<Figure> others = group.stream()
                    .filter(g -> g != f && !partAndWhole(f, g) && differ(f.value(), g.value())).toList();
            if (!others.isEmpty()) {
                out.add(finding(in, f, others.size(), others));
            }
        }
    }

    /**
     * A large group in O(n log n): sorted by value, the figures that do not differ from a value are a contiguous
     * run around it (relative difference grows monotonically with distance for non-negative values), found with
     * two pointers; the others are counted and the first few named.
     */
    private void large(RuleInput in, List<Figure> group, List<Finding> out) {
        List<Figure> sorted = new ArrayList<>(group);
        sorted.sort(java.util.Comparator.comparing(Figure::value));
        Map<Figure, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            at.put(sorted.get(i), i);
        }
        int n = sorted.size();
        int[] lo = new int[n];
        int[] hi = new int[n];
        int l = 0;
        int h = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal v = sorted.get(i).value();
            while (l < i && differ(sorted.get(l).value(), v)) {
                l++;
            }
            h = Math.max(h, i);
            while (h + 1 < n && !differ(sorted.get(h + 1).value(), v)) {
                h++;
            }
            lo[i] = l;
            hi[i] = h;
        }
        Map<String, List<Figure>> partners = new java.util.HashMap<>();
        for (Figure f : group) {
            if (f.partOf() != null) {
                partners.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
                partners.computeIfAbsent(f.figureId(), k -> new ArrayList<>());
            }
        }
        Map<String, Figure> byId = new java.util.HashMap<>();
        for (Figure f : group) {
            byId.put(f.figureId(), f);
        }
        for (Figure f : group) {
            int i = at.get(f);
            java.util.Set<Figure> skip = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            skip.addAll(partners.getOrDefault(f.figureId(), List.of()));
            if (f.partOf() != null && byId.containsKey(f.partOf())) {
                skip.add(byId.get(f.partOf()));
            }
            int count = n - (hi[i] - lo[i] + 1);
            for (Figure g : skip) {
                int j = at.get(g);
                if (j < lo[i] || j > hi[i]) {
                    count--;
                }
            }
            List<Figure> named = new ArrayList<>();
            for (int j = lo[i] == 0 ? hi[i] + 1 : 0; j < n && named.size() < MAX_NAMED;
                    j = j + 1 == lo[i] ? hi[i] + 1 : j + 1) {
                if (!skip.contains(sorted.get(j))) {
                    named.add(sorted.get(j));
                }
            }
            if (count > 0) {
                out.add(finding(in, f, count, named));
            }
        }
    }

    private Finding finding(RuleInput in, Figure f, int count, List<Figure> others) {
        String period = f.periodStart() == null && f.periodEnd() == null ? "no period"
                : f.periodStart() + ".." + f.periodEnd();
        String named = others.stream().limit(MAX_NAMED)
                .map(o -> RuleInput.describe(o) + " = " + RuleInput.num(o.value()))
                .collect(Collectors.joining(", "));
        if (count > MAX_NAMED) {
            named += ", … and " + (count - MAX_NAMED) + " more";
        }
        return in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + " = "
                + RuleInput.num(f.value()) + " " + f.unit().code() + " and " + count
                + " other statement(s) of the same fact (" + f.category().code() + " / " + f.subject()
                + (f.operation() == null ? "" : " / " + f.operation()) + " / " + period + ") differ: " + named,
                "find out which statement is right; correct or reject the wrong one in"
                        + " curated/corrections.yaml, or acknowledge if they are different facts");
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
