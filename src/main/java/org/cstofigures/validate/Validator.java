package org.cstofigures.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Document;
import org.cstofigures.validate.Corrections.Located;
import org.cstofigures.validate.CorrectionsFile.Acknowledgement;

/**
 * The validate stage. Runs every rule on the figures as written (so a scale error fires on the number as written), applies the
 * editor's corrections, runs the rules again on the corrected figures, and merges: a finding that disappeared
 * is marked corrected, one that remains stays open (or acknowledged, when corrections.yaml acknowledges it).
 * Warnings that are not corrected become the figures' and mentions' flags; an open error fails the run.
 */
public final class Validator {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.line() == null ? 0 : f.line())
            .thenComparing(f -> f.rule().ordinal())
            .thenComparing(f -> f.figureId() == null ? "" : f.figureId())
            .thenComparing(f -> String.join(";", f.mentionIds()))
            .thenComparing(Finding::message);

    /** The rules, in the order they run: one line per rule (its declaration is its SPEC). */
    static final List<RuleSpec<?>> RULES = List.of(SchemaRule.SPEC, IntervalRule.SPEC, PlausibilityRule.SPEC,
            ScaleErrorRule.SPEC, RelationsRule.SPEC, ConflictRule.SPEC, DatesRule.SPEC, ProvenanceRule.SPEC);

    private final ValidationConfig config;
    private final List<Rule> rules;

    public Validator(ValidationConfig config) {
        this.config = config;
        this.rules = RULES.stream().map(s -> s.create(config.rules())).toList();
    }

    /** Validates without any editorial decisions. */
    public ValidationResult run(FigureSet set, List<Document> docs) {
        return run(set, docs, Corrections.none());
    }

    public ValidationResult run(FigureSet set, List<Document> docs, Corrections corrections) {
        List<Finding> asWritten = check(set, docs);
        Corrector corrector = new Corrector(corrections);
        Corrector.Applied applied = corrector.apply(set);
        List<Finding> after = check(applied.set(), docs);
        Set<String> stillThere = new HashSet<>();
        for (Finding f : after) {
            stillThere.add(f.key());
        }
        List<Finding> all = new ArrayList<>(after);
        for (Finding f : asWritten) {
            if (!stillThere.contains(f.key())) {
                all.add(f.withStatus(FindingStatus.CORRECTED));
            }
        }
        List<Decision> decisions = new ArrayList<>(applied.decisions());
        all = acknowledge(all, set, corrections, corrector, decisions);
        all.sort(ORDER);
        decisions.sort(Comparator.comparingInt(Decision::correctionsLine));
        return new ValidationResult(flag(applied.set(), all), all, decisions);
    }

    private List<Finding> check(FigureSet set, List<Document> docs) {
        RuleInput in = RuleInput.of(set, docs);
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(in));
        }
        return out;
    }

    /**
     * Marks open warnings acknowledged; an acknowledgement that matches no open warning is an error naming its line.
     * A finding about a group of figures (conflict: the statements of one fact) is acknowledged by an
     * acknowledgement of any figure of the group.
     */
    private List<Finding> acknowledge(List<Finding> findings, FigureSet asWritten, Corrections corrections,
            Corrector corrector, List<Decision> decisions) {
        List<Finding> out = new ArrayList<>(findings);
        for (Located<Acknowledgement> a : corrections.acknowledgements()) {
            Acknowledgement ack = a.entry();
            RuleId rule = RuleId.fromCode(ack.rule());
            if (severity(rule) == Severity.ERROR) {
                throw PipelineException.config(corrections.shown() + ":" + a.line() + ": rule " + ack.rule()
                        + " has severity error in pipeline.yaml and cannot be acknowledged; correct or reject the"
                        + " figure instead");
            }
            Figure f = corrector.single(asWritten, ack.match(), a.line(), "acknowledgement");
            boolean matched = false;
            for (int i = 0; i < out.size(); i++) {
                Finding x = out.get(i);
                if (x.rule() == rule && x.severity() == Severity.WARNING && x.concerns(f.figureId())
                        && x.status() == FindingStatus.OPEN) {
                    out.set(i, x.withStatus(FindingStatus.ACKNOWLEDGED));
                    matched = true;
                }
            }
            if (!matched) {
                throw PipelineException.config(corrections.shown() + ":" + a.line() + ": this acknowledgement of "
                        + ack.rule() + " matches no open " + ack.rule() + " finding on figure " + RuleInput.describe(f)
                        + "; the warning is gone or already dealt with, remove the entry");
            }
            List<String> mentionIds = asWritten.mentions().stream().filter(m -> f.figureId().equals(m.figureId()))
                    .map(Mention::mentionId).toList();
            decisions.add(new Decision(Decision.Action.ACKNOWLEDGED, f.figureId(), f.sourceId(), f.firstLine(), f.asWritten(),
                    mentionIds, a.line(), Map.of("rule", ack.rule()), ack.reason(), null, ack.editor(),
                    ack.date().toString()));
        }
        return out;
    }

    private Severity severity(RuleId id) {
        for (RuleSpec<?> s : RULES) {
            if (s.id() == id) {
                return s.severity(config.rules());
            }
        }
        throw new IllegalStateException("no rule " + id.code());
    }

    /**
     * Flags = the ids of the warnings on a figure or mention that no correction resolved, sorted, distinct. A
     * finding about a group flags every figure of the group and all their mentions.
     */
    private static FigureSet flag(FigureSet set, List<Finding> findings) {
        Map<String, Set<String>> byFigure = new java.util.HashMap<>();
        Map<String, Set<String>> byMention = new java.util.HashMap<>();
        Map<String, Set<String>> byGroupFigure = new java.util.HashMap<>();
        for (Finding x : findings) {
            if (!x.flagged()) {
                continue;
            }
            if (x.figureId() != null) {
                byFigure.computeIfAbsent(x.figureId(), k -> new TreeSet<>()).add(x.rule().code());
            }
            for (String m : x.mentionIds()) {
                byMention.computeIfAbsent(m, k -> new TreeSet<>()).add(x.rule().code());
            }
            for (String g : x.groupFigureIds()) {
                byFigure.computeIfAbsent(g, k -> new TreeSet<>()).add(x.rule().code());
                byGroupFigure.computeIfAbsent(g, k -> new TreeSet<>()).add(x.rule().code());
            }
        }
        for (Mention m : set.mentions()) {
            Set<String> rules = byGroupFigure.get(m.figureId());
            if (rules != null) {
                byMention.computeIfAbsent(m.mentionId(), k -> new TreeSet<>()).addAll(rules);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : set.figures()) {
            figures.add(f.withFlags(List.copyOf(byFigure.getOrDefault(f.figureId(), Set.of()))));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : set.mentions()) {
            mentions.add(m.withFlags(List.copyOf(byMention.getOrDefault(m.mentionId(), Set.of()))));
        }
        return new FigureSet(figures, mentions);
    }
}
