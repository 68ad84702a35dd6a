package org.cstofigures.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cstofigures.error.PipelineException;
import java.time.LocalDate;
import org.cstofigures.model.Amount;
import org.cstofigures.model.Classification;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Period;
import org.cstofigures.model.PeriodKind;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Status;
import org.cstofigures.validate.Corrections.Located;
import org.cstofigures.validate.CorrectionsFile.Change;
import org.cstofigures.validate.CorrectionsFile.Correction;
import org.cstofigures.validate.CorrectionsFile.Match;

/**
 * Applies the editor's corrections to the as-written figures: each correction must match exactly one figure
 * and no figure may be corrected twice (both are errors naming the line of corrections.yaml). A corrected
 * figure keeps as_written and as_written_value and gets status corrected with the reason as note; a rejected
 * figure and its mentions are taken out (they are listed in the report's decisions).
 */
final class Corrector {

    /** The figures after the decisions, and the decisions as applied. */
    record Applied(FigureSet set, List<Decision> decisions) {
    }

    private final Corrections corrections;

    Corrector(Corrections corrections) {
        this.corrections = corrections;
    }

    Applied apply(FigureSet set) {
        Map<String, Located<Correction>> byFigure = new LinkedHashMap<>();
        for (Located<Correction> c : corrections.corrections()) {
            Figure f = single(set, c.entry().match(), c.line(), "correction");
            Located<Correction> earlier = byFigure.put(f.figureId(), c);
            if (earlier != null) {
                throw PipelineException.config(corrections.shown() + ":" + c.line()
                        + ": this correction and the one at line " + earlier.line() + " both apply to figure "
                        + RuleInput.describe(f) + " and contradict each other; merge them into one entry");
            }
        }
        Map<String, List<Mention>> mentionsByFigure = new LinkedHashMap<>();
        for (Mention m : set.mentions()) {
            mentionsByFigure.computeIfAbsent(m.figureId(), k -> new ArrayList<>()).add(m);
        }
        List<Figure> figures = new ArrayList<>();
        Set<String> rejected = new LinkedHashSet<>();
        List<Decision> decisions = new ArrayList<>();
        for (Figure f : set.figures()) {
            Located<Correction> c = byFigure.get(f.figureId());
            if (c == null) {
                figures.add(f);
                continue;
            }
            Correction corr = c.entry();
            Map<String, String> changes = new TreeMap<>();
            if (corr.rejects()) {
                rejected.add(f.figureId());
                changes.put("status", f.status().code() + " → " + Status.REJECTED.code());
            } else {
                Figure after = corrected(f, corr.set(), corr.reason(), c.line());
                changes.putAll(changes(f, after));
                figures.add(after);
            }
            List<String> mentionIds = mentionsByFigure.getOrDefault(f.figureId(), List.of()).stream()
                    .map(Mention::mentionId).toList();
            decisions.add(new Decision(corr.rejects() ? Decision.Action.REJECTED : Decision.Action.CORRECTED,
                    f.figureId(), f.sourceId(), f.firstLine(), f.asWritten(), mentionIds, c.line(), changes,
                    corr.reason(), corr.evidence(), corr.editor(), corr.date().toString()));
        }
        List<Mention> mentions = set.mentions().stream().filter(m -> !rejected.contains(m.figureId())).toList();
        decisions.sort(Comparator.comparingInt(Decision::correctionsLine));
        return new Applied(new FigureSet(figures, mentions), decisions);
    }

    /** The one figure an entry matches; none or several is an error naming the entry's line. */
    Figure single(FigureSet set, Match match, int line, String what) {
        List<Figure> found = matching(set, match);
        if (found.isEmpty()) {
            throw PipelineException.config(corrections.shown() + ":" + line + ": this " + what
                    + " matches no figure (" + match.describe() + "); compare it with output/mentions.csv or"
                    + " 'csto-figures extract', then fix or remove the entry");
        }
        if (found.size() > 1) {
            throw PipelineException.config(corrections.shown() + ":" + line + ": this " + what + " matches "
                    + found.size() + " figures (" + String.join(", ", found.stream().map(Figure::figureId).toList())
                    + "); give a longer surface or match by figure_id");
        }
        return found.get(0);
    }

    /**
     * Figures a match selects: by figure_id, or those with a mention in the source on the line whose surface
     * equals or contains the match's surface.
     */
    static List<Figure> matching(FigureSet set, Match match) {
        Set<String> ids = new LinkedHashSet<>();
        if (match.figureId() != null) {
            ids.add(match.figureId());
        } else {
            for (Mention m : set.mentions()) {
                if (m.sourceId().equals(match.sourceId()) && m.line() == match.line()
                        && m.surface().contains(match.surface())) {
                    ids.add(m.figureId());
                }
            }
        }
        return set.figures().stream().filter(f -> ids.contains(f.figureId())).toList();
    }

    /**
     * The figure with the editor's values. When only value is given, value_low and value_high are scaled by the
     * same factor (a scale correction keeps the wording's interval); a period set on a figure without one gets
     * precision day and needs both its start and its end.
     */
    Figure corrected(Figure f, Change c, String note, int line) {
        BigDecimal value = c.value() != null ? c.value() : f.value();
        BigDecimal low = c.valueLow() != null ? c.valueLow() : scaled(f.valueLow(), f.value(), c.value());
        BigDecimal high = c.valueHigh() != null ? c.valueHigh() : scaled(f.valueHigh(), f.value(), c.value());
        Amount amount = f.amount().withValues(value, low, high);
        if (c.unit() != null) {
            amount = amount.withUnit(c.unit());
        }
        if (c.qualifier() != null) {
            amount = amount.withQualifier(c.qualifier());
        }
        Classification k = f.classification();
        if (c.category() != null) {
            k = k.withCategory(c.category());
        }
        if (c.subject() != null || c.subjectKo() != null) {
            k = k.withSubject(c.subject() != null ? c.subject() : k.subject(),
                    c.subjectKo() != null ? c.subjectKo() : k.subjectKo());
        }
        if (c.operation() != null) {
            k = k.withOperation(c.operation());
        }
        Period period = f.period();
        if (c.periodStart() != null || c.periodEnd() != null) {
            LocalDate start = c.periodStart() != null ? c.periodStart() : f.periodStart();
            LocalDate end = c.periodEnd() != null ? c.periodEnd() : f.periodEnd();
            if (start == null || end == null) {
                throw PipelineException.config(corrections.shown() + ":" + line + ": figure " + RuleInput.describe(f)
                        + " has no period; give both period_start and period_end");
            }
            Period dated = new Period(start, end, period == null ? Precision.DAY : period.precision());
            // a corrected total or state keeps its kind; a corrected stated date or interval is read anew
            period = period != null && (period.kind() == PeriodKind.CUMULATIVE || period.kind() == PeriodKind.STATE)
                    ? dated.withKind(period.kind()) : dated;
        }
        return f.withClassification(k).withAmount(amount).withPeriod(period).withStatus(Status.CORRECTED, note);
    }

    private static BigDecimal scaled(BigDecimal bound, BigDecimal oldValue, BigDecimal newValue) {
        if (bound == null || newValue == null || oldValue == null || oldValue.signum() == 0) {
            return bound;
        }
        return bound.multiply(newValue).divide(oldValue, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static Map<String, String> changes(Figure a, Figure b) {
        Map<String, String> m = new TreeMap<>();
        put(m, "category", a.category().code(), b.category().code());
        put(m, "subject", a.subject(), b.subject());
        put(m, "subject_ko", a.subjectKo(), b.subjectKo());
        put(m, "operation", a.operation(), b.operation());
        put(m, "value", plain(a.value()), plain(b.value()));
        put(m, "value_low", plain(a.valueLow()), plain(b.valueLow()));
        put(m, "value_high", plain(a.valueHigh()), plain(b.valueHigh()));
        put(m, "unit", a.unit().code(), b.unit().code());
        put(m, "qualifier", a.qualifier().code(), b.qualifier().code());
        put(m, "period_start", Objects.toString(a.periodStart(), null), Objects.toString(b.periodStart(), null));
        put(m, "period_end", Objects.toString(a.periodEnd(), null), Objects.toString(b.periodEnd(), null));
        put(m, "status", a.status().code(), b.status().code());
        return m;
    }

    private static void put(Map<String, String> m, String key, String before, String after) {
        if (!Objects.equals(before, after)) {
            m.put(key, shown(before) + " → " + shown(after));
        }
    }

    private static String shown(String v) {
        return v == null ? "(none)" : v;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : RuleInput.plain(v);
    }
}
