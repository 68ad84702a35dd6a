package org.cstofigures.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The validation section of pipeline.yaml: for each rule id its severity and thresholds. The validate stage
 * defines which rules exist and which thresholds each needs.
 */
public record ValidationConfig(@JsonProperty(required = true) Map<String, RuleSettings> rules) {

    public ValidationConfig {
        rules = Map.copyOf(rules);
    }

    /** Severity of a rule and its numeric thresholds. */
    public record RuleSettings(
            @JsonProperty(required = true) Severity severity,
            Map<String, java.math.BigDecimal> thresholds) {

        public RuleSettings {
            thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        }
    }

    /** error stops the run; warning publishes the figure with the rule id in flags. */
    public enum Severity {
        @com.fasterxml.jackson.annotation.JsonProperty("error") ERROR,
        @com.fasterxml.jackson.annotation.JsonProperty("warning") WARNING
    }
}
