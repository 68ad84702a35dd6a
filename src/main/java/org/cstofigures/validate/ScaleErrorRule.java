package org.cstofigures.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.ValidationConfig.Plausibility;
import org.cstofigures.config.ValidationConfig.ScaleError;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Figure;

/**
 * A value about one of the configured factors (1,000, 10,000) off: the signature of тыс. or млн mistranslated
 * into 만. Fires (a) when a figure written with a magnitude word (만, 억) is above its plausible maximum and
 * dividing by a factor brings it back into range (the smallest such factor gives the likely intended value:
 * the least correction that makes the figure plausible), and (b) when two statements of the same fact
 * (category, subject, operation, period, unit) differ by about a factor. Reports the likely intended value.
 */
final class ScaleErrorRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.scale_error}; default severity warning. */
    static final RuleSpec<ValidationConfig.ScaleError> SPEC = new RuleSpec<>(RuleId.SCALE_ERROR,
            ValidationConfig.ScaleError.class, ValidationConfig.Rules::scaleError, Severity.WARNING,
            (severity, rules) -> new ScaleErrorRule(severity, rules.scaleError(), rules.plausibility()));

    private final Severity severity;
    private final ScaleError config;
    private final Plausibility plausibility;

    ScaleErrorRule(Severity severity, ScaleError config, Plausibility plausibility) {
        this.severity = severity;
        this.config = config;
        this.plausibility = plausibility;
    }

    @Override
    public RuleId id() {
        return RuleId.SCALE_ERROR;
    }

    @Override
    public List<Finding> check(RuleInput in) {
        Map<String, Finding> out = new LinkedHashMap<>();
        // A repeated statement of the same fact is stronger evidence of the intended value than a range.
        for (List<Figure> group : ConflictRule.facts(in.set().figures(), true).values()) {
            if (group.size() > 1) {
                sameFact(in, group, out);
            }
        }
        for (Figure f : in.set().figures()) {
            Finding byRange = out.containsKey(f.figureId()) ? null : againstRange(in, f);
            if (byRange != null) {
                out.put(f.figureId(), byRange);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Compares each statement {@code a} of one fact with the statements about a configured factor smaller, in
     * group order, as if every pair were tried: those are found by binary search in the values sorted (at most
     * {@link #MAX_CANDIDATES} per factor), so that a fact stated 10,000 times costs O(n log n), not O(n²), and
     * no text is built for a pair that is not a finding.
     */
    private void sameFact(RuleInput in, List<Figure> group, Map<String, Finding> out) {
        int n = group.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> group.get(x).value().compareTo(group.get(y).value()));
        BigDecimal[] sorted = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = group.get(order[i]).value();
        }
        for (Figure a : group) {
            if (out.containsKey(a.figureId())) {
                continue;
            }
            for (int bi : candidates(sorted, order, a.value())) {
                Figure b = group.get(bi);
                if (a == b || out.containsKey(a.figureId()) || a.value().compareTo(b.value()) <= 0
                        || ConflictRule.partAndWhole(a, b)) {
                    continue;
                }
                BigDecimal factor = nearFactor(a.value().divide(b.value(), MathContext.DECIMAL64));
                if (factor == null) {
                    continue;
                }
                boolean aSigned = hasMagnitudeWord(a);
                boolean bSigned = hasMagnitudeWord(b);
                Figure wrong = bSigned && !aSigned ? b : a;
                Figure other = wrong == a ? b : a;
                if (out.containsKey(wrong.figureId())) {
                    continue;
                }
                BigDecimal intended = wrong == a ? a.value().divide(factor, MathContext.DECIMAL64)
                        : b.value().multiply(factor);
                out.put(wrong.figureId(), in.finding(id(), severity, wrong, "figure "
                        + RuleInput.describe(wrong) + " = " + RuleInput.num(wrong.value()) + " " + wrong.unit().code()
                        + " is about " + RuleInput.num(factor) + " times " + (wrong == a ? "larger" : "smaller")
                        + " than " + RuleInput.describe(other) + " = " + RuleInput.num(other.value())
                        + ", a statement of the same fact; likely intended value " + RuleInput.num(intended),
                        fix(wrong, intended)));
            }
        }
    }

    /** At most this many statements per factor are tried against one value. */
    static final int MAX_CANDIDATES = 64;

    /**
     * The group indexes, ascending, of the statements whose value is about a configured factor below {@code v}
     * (a margin wider than ratio_tolerance: {@link #nearFactor} decides).
     */
    private int[] candidates(BigDecimal[] sorted, Integer[] order, BigDecimal v) {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal margin = config.ratioTolerance().multiply(BigDecimal.valueOf(2));
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (BigDecimal factor : config.factors()) {
            BigDecimal low = v.divide(factor.multiply(one.add(margin)), MathContext.DECIMAL64);
            BigDecimal highDen = factor.multiply(one.subtract(margin));
            BigDecimal high = highDen.signum() <= 0 ? v : v.divide(highDen, MathContext.DECIMAL64);
            int taken = 0;
            for (int i = lowerBound(sorted, low); i < sorted.length && taken < MAX_CANDIDATES
                    && sorted[i].compareTo(high) <= 0; i++, taken++) {
                out.add(order[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lowerBound(BigDecimal[] sorted, BigDecimal v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Finding againstRange(RuleInput in, Figure f) {
        PlausibilityRule.Limit limit = PlausibilityRule.limitFor(f, plausibility);
        BigDecimal v = PlausibilityRule.compared(f);
        if (limit == null || v == null || v.compareTo(limit.max()) <= 0 || !hasMagnitudeWord(f)) {
            return null;
        }
        BigDecimal bestFactor = null;
        for (BigDecimal factor : config.factors().stream().sorted().toList()) {
            if (v.divide(factor, MathContext.DECIMAL64).compareTo(limit.max()) <= 0) {
                bestFactor = factor;
                break;
            }
        }
        if (bestFactor == null) {
            return null;
        }
        BigDecimal intended = v.divide(bestFactor, MathContext.DECIMAL64);
        return in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + " = "
                + RuleInput.num(v) + " " + f.unit().code() + " is above the plausible " + RuleInput.num(limit.max())
                + " for " + limit.what() + " and is written with a magnitude word; " + RuleInput.num(bestFactor)
                + " times smaller it fits: likely intended value " + RuleInput.num(intended)
                + " (the signature of тыс./млн mistranslated into 만)", fix(f, intended));
    }

    private static String fix(Figure f, BigDecimal intended) {
        return "check the original; if it confirms, add to curated/corrections.yaml: match {source_id: "
                + f.sourceId() + ", line: " + f.firstLine() + ", surface: \"" + f.asWritten() + "\"}, set {value: "
                + RuleInput.plain(intended) + "}";
    }

    private boolean hasMagnitudeWord(Figure f) {
        return config.magnitudeWords().stream().anyMatch(w -> f.asWritten() != null && f.asWritten().contains(w));
    }

    /** The configured factor the ratio is within ratio_tolerance of, or null. */
    private BigDecimal nearFactor(BigDecimal ratio) {
        for (BigDecimal factor : config.factors()) {
            BigDecimal off = ratio.subtract(factor).abs().divide(factor, MathContext.DECIMAL64);
            if (off.compareTo(config.ratioTolerance()) <= 0) {
                return factor;
            }
        }
        return null;
    }
}
