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
import org.cstofigures.figures.FigureSet;
import org.cstofigures.model.Figure;
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
            .thenComparing(f -> RuleId.fromCode(f.rule()).ordinal())
            .thenComparing(f -> f.figureId() == null ? "" : f.figureId())
            .thenComparing(f -> String.join(";", f.mentionIds()))
            .thenComparing(Finding::message);

    private final ValidationConfig config;
    private final List<Rule> rules;

    public Validator(ValidationConfig config) {
        this.config = config;
        ValidationConfig.Rules r = config.rules();
        this.rules = List.of(new SchemaRule(r.schema().severity()), new IntervalRule(r.interval().severity()),
                new PlausibilityRule(r.plausibility()), new ScaleErrorRule(r.scaleError(), r.plausibility()),
                new RelationsRule(r.relations().severity()), new ConflictRule(r.conflict()),
                new DatesRule(r.dates()), new ProvenanceRule(r.provenance().severity()));
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

    /** Marks open warnings acknowledged; an acknowledgement that matches no open warning is an error naming its line. */
    private List<Finding> acknowledge(List<Finding> findings, FigureSet asWritten, Corrections corrections,
            Corrector corrector, List<Decision> decisions) {
        List<Finding> out = new ArrayList<>(findings);
        for (Located<Acknowledgement> a : corrections.acknowledgements()) {
            Acknowledgement ack = a.entry();
            if (severity(RuleId.fromCode(ack.rule())) == Severity.ERROR) {
                throw PipelineException.config(corrections.shown() + ":" + a.line() + ": rule " + ack.rule()
                        + " has severity error in pipeline.yaml and cannot be acknowledged; correct or reject the"
                        + " figure instead");
            }
            Figure f = corrector.single(asWritten, ack.match(), a.line(), "acknowledgement");
            boolean matched = false;
            for (int i = 0; i < out.size(); i++) {
                Finding x = out.get(i);
                if (x.rule().equals(ack.rule()) && f.figureId().equals(x.figureId())
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
            decisions.add(new Decision("acknowledged", f.figureId(), f.sourceId(), f.firstLine(), f.asWritten(),
                    mentionIds, a.line(), Map.of("rule", ack.rule()), ack.reason(), null, ack.editor(),
                    ack.date().toString()));
        }
        return out;
    }

    private Severity severity(RuleId id) {
        ValidationConfig.Rules c = config.rules();
        switch (id) {
            case SCHEMA: return c.schema().severity();
            case INTERVAL: return c.interval().severity();
            case PLAUSIBILITY: return c.plausibility().severity();
            case SCALE_ERROR: return c.scaleError().severity();
            case RELATIONS: return c.relations().severity();
            case CONFLICT: return c.conflict().severity();
            case DATES: return c.dates().severity();
            case PROVENANCE: return c.provenance().severity();
            default: throw new IllegalStateException("no rule " + id);
        }
    }

    /** Flags = the ids of the warnings on a figure or mention that no correction resolved, sorted, distinct. */
    private static FigureSet flag(FigureSet set, List<Finding> findings) {
        Map<String, Set<String>> byFigure = new java.util.HashMap<>();
        Map<String, Set<String>> byMention = new java.util.HashMap<>();
        for (Finding x : findings) {
            if (!x.flagged()) {
                continue;
            }
            if (x.figureId() != null) {
                byFigure.computeIfAbsent(x.figureId(), k -> new TreeSet<>()).add(x.rule());
            }
            for (String m : x.mentionIds()) {
                byMention.computeIfAbsent(m, k -> new TreeSet<>()).add(x.rule());
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
