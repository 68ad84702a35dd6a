package org.cstofigures.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.config.ValidationConfig.Basic;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.YamlFiles;
import org.junit.jupiter.api.Test;

/** The rule registry: every rule declared once, in run order, with its config entry and default severity. */
class RuleSpecTest {

    private static ValidationConfig.Rules shipped() {
        return new YamlFiles().read(Path.of("pipeline.yaml"), "pipeline.yaml", PipelineConfig.class).validation()
                .rules();
    }

    @Test
    void everyRuleIdHasExactlyOneRuleInRunOrder() {
        assertEquals(RuleId.figureRules(), Validator.RULES.stream().map(RuleSpec::id).toList());
        ValidationConfig.Rules rules = shipped();
        for (RuleSpec<?> s : Validator.RULES) {
            assertEquals(s.id(), s.create(rules).id());
            assertEquals(s.configType(), s.config().apply(rules).getClass(), s.id().code());
        }
    }

    @Test
    void aSeverityLeftOutIsTheRulesDefault() {
        ValidationConfig.Rules r = shipped();
        ValidationConfig.Rules noSeverity = new ValidationConfig.Rules(new Basic(null), r.interval(),
                r.plausibility(), r.scaleError(), new Basic(null), r.conflict(), r.dates(), new Basic(Severity.WARNING));
        assertEquals(Severity.ERROR, SchemaRule.SPEC.severity(noSeverity), "schema defaults to error");
        assertEquals(Severity.WARNING, RelationsRule.SPEC.severity(noSeverity), "relations defaults to warning");
        assertEquals(Severity.WARNING, ProvenanceRule.SPEC.severity(noSeverity), "a configured severity wins");
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.WARNING,
                Severity.WARNING, Severity.WARNING, Severity.ERROR),
                Validator.RULES.stream().map(RuleSpec::defaultSeverity).toList(), "the shipped severities");
    }
}
