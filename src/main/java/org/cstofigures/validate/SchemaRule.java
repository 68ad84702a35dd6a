package org.cstofigures.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Qualifier;
import org.cstofigures.publish.PublishedMention;
import org.cstofigures.publish.Tables;

/**
 * Every figure and mention against the constraints its table definition declares ({@link Tables#FIGURES},
 * {@link Tables#MENTIONS}: required, allowed values, minimum), and what no single column can say: ids unique,
 * every mention pointing to a figure, mention counts and spans right, a value unless the wording is vague or a range.
 * A number no format can publish exactly (more digits than its column's decimal type, {@code publish.DecimalType})
 * is a finding of its own, always an error, naming the source, line and value: a weaker severity would only move
 * the failure into the writers.
 */
final class SchemaRule implements Rule {

    /** pipeline.yaml: {@code validation.rules.schema}; default severity error. */
    static final RuleSpec<ValidationConfig.Basic> SPEC = new RuleSpec<>(RuleId.SCHEMA,
            ValidationConfig.Basic.class, ValidationConfig.Rules::schema, Severity.ERROR,
            (severity, rules) -> new SchemaRule(severity));

    private final Severity severity;

    SchemaRule(Severity severity) {
        this.severity = severity;
    }

    @Override
    public RuleId id() {
        return RuleId.SCHEMA;
    }

    /** What an editor can do about a value no format can hold: reject it (a correction keeps the value as written). */
    static final String UNREPRESENTABLE_FIX = "reject the figure in curated/corrections.yaml (reject: true; a"
            + " correction would keep the value as written in as_written_value and mentions), and report the sentence";

    private static String unrepresentable(List<String> misfits) {
        return String.join("; ", misfits) + "; no format can publish it exactly";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        List<Finding> out = new ArrayList<>();
        Set<String> figureIds = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (Figure f : in.set().figures()) {
            List<String> misfits = Tables.FIGURES.unrepresentable(f);
            if (!misfits.isEmpty()) {
                reported.add(f.figureId());
                out.add(in.finding(id(), Severity.ERROR, f, "figure '" + f.asWritten() + "' (source " + f.sourceId()
                        + ", line " + f.firstLine() + "): " + unrepresentable(misfits), UNREPRESENTABLE_FIX));
            }
            List<String> problems = new ArrayList<>();
            if (!figureIds.add(f.figureId())) {
                problems.add("figure_id " + f.figureId() + " is not unique");
            }
            problems.addAll(Tables.FIGURES.violations(f));
            if (f.sourceId() != null && !in.docs().containsKey(f.sourceId())) {
                problems.add("source_id '" + f.sourceId() + "' is not a loaded source");
            }
            int mentions = in.mentionsByFigure().getOrDefault(f.figureId(), List.of()).size();
            if (f.mentionCount() != mentions) {
                problems.add("mention_count is " + f.mentionCount() + " but " + mentions + " mention(s) point to it");
            }
            if (f.value() == null && f.qualifier() != Qualifier.VAGUE && f.qualifier() != Qualifier.RANGE) {
                problems.add("no value although the qualifier is " + f.qualifier().code());
            }
            if (!problems.isEmpty()) {
                out.add(in.finding(id(), severity, f, "figure " + RuleInput.describe(f) + ": "
                        + String.join("; ", problems), "report this as a bug in the extractor or the figures stage"));
            }
        }
        Set<String> mentionIds = new HashSet<>();
        Map<String, Figure> figures = new HashMap<>();
        in.set().figures().forEach(f -> figures.put(f.figureId(), f));
        for (Mention m : in.set().mentions()) {
            List<String> problems = new ArrayList<>();
            if (!mentionIds.add(m.mentionId())) {
                problems.add("mention_id " + m.mentionId() + " is not unique");
            }
            if (m.figureId() == null || !figureIds.contains(m.figureId())) {
                problems.add("figure_id " + m.figureId() + " is not a published figure");
            }
            if (!in.docs().containsKey(m.sourceId())) {
                problems.add("source_id '" + m.sourceId() + "' is not a loaded source");
            }
            Figure f = figures.get(m.figureId());
            PublishedMention published = f == null ? PublishedMention.extracted(m)
                    : new PublishedMention(m, f.status(), f.value());
            problems.addAll(Tables.MENTIONS.violations(published));
            List<String> misfits = Tables.MENTIONS.unrepresentable(published);
            if (!misfits.isEmpty() && !reported.contains(m.figureId())) {
                out.add(new Finding(id(), Severity.ERROR, FindingStatus.OPEN, m.figureId(), List.of(m.mentionId()),
                        m.line(), "mention '" + m.surface() + "' (source " + m.sourceId() + ", line " + m.line()
                        + "): " + unrepresentable(misfits), UNREPRESENTABLE_FIX));
            }
            if (m.charEnd() <= m.charStart()) {
                problems.add("span " + m.charStart() + ".." + m.charEnd() + " is empty");
            }
            if (!problems.isEmpty()) {
                out.add(new Finding(id(), severity, FindingStatus.OPEN, m.figureId(), List.of(m.mentionId()),
                        m.line(), "mention '" + m.surface() + "' (line " + m.line() + "): " + String.join("; ", problems),
                        "report this as a bug in the extractor or the figures stage"));
            }
        }
        return out;
    }
}
