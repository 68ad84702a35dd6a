package org.cstofigures.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.figures.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Document;

/** The validate stage. Placeholder with the provenance rule only, until the full rule set lands. */
public final class Validator {

    private final ValidationConfig config;

    public Validator(ValidationConfig config) {
        this.config = config;
    }

    public ValidationResult run(FigureSet set, List<Document> docs) {
        Map<String, Document> byId = docs.stream().collect(Collectors.toMap(d -> d.source().id(), Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (Mention m : set.mentions()) {
            Document d = byId.get(m.sourceId());
            String at = d == null ? null : d.slice(m.charStart(), m.charEnd());
            if (!m.surface().equals(at)) {
                findings.add(new Finding("provenance", severity("provenance"), "open", m.figureId(),
                        List.of(m.mentionId()), m.line(), "text at span " + m.charStart() + ".." + m.charEnd()
                                + " is '" + at + "', not the surface '" + m.surface() + "'",
                        "report this as a bug in the extractor"));
            }
        }
        return new ValidationResult(set, findings);
    }

    private Severity severity(String rule) {
        ValidationConfig.RuleSettings s = config.rules().get(rule);
        return s == null ? Severity.ERROR : s.severity();
    }
}
