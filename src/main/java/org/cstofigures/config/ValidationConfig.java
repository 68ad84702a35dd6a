package org.cstofigures.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The {@code validation:} section of pipeline.yaml, typed: where the editor's corrections file is and, for each
 * validation rule, its severity and thresholds as named fields, so that an unknown or mistyped threshold is an
 * error naming the key and its line instead of a silently ignored setting.
 */
public record ValidationConfig(
        @JsonProperty(required = true) String corrections,
        @JsonProperty(required = true) Rules rules) {

    public ValidationConfig {
        ProjectPaths.requireRelative("validation.corrections", corrections);
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * Every rule the validate stage runs; all must be configured, so none is switched off by a typo. A rule's
     * severity may be left out, and then is its default (the rule's {@code SPEC}).
     */
    public record Rules(
            @JsonProperty(required = true) Basic schema,
            @JsonProperty(required = true) Basic interval,
            @JsonProperty(required = true) Plausibility plausibility,
            @JsonProperty(required = true) ScaleError scaleError,
            @JsonProperty(required = true) Basic relations,
            @JsonProperty(required = true) Conflict conflict,
            @JsonProperty(required = true) Dates dates,
            @JsonProperty(required = true) Basic provenance) {
    }

    /** What every rule's entry has: a severity, or null for the rule's default severity. */
    public interface RuleConfig {
        Severity severity();
    }

    /** A rule without thresholds: only its severity. */
    public record Basic(Severity severity) implements RuleConfig {
    }

    /** Upper limits beyond which a value is not physically or politically plausible. */
    public record Plausibility(
            Severity severity,
            @JsonProperty(required = true) BigDecimal maxForcePersons,
            @JsonProperty(required = true) BigDecimal maxSeizureKg,
            @JsonProperty(required = true) BigDecimal maxCountries) implements RuleConfig {

        public Plausibility {
            positive("max_force_persons", maxForcePersons);
            positive("max_seizure_kg", maxSeizureKg);
            positive("max_countries", maxCountries);
        }
    }

    /**
     * Values a power of ten off: {@code factors} are the scale mistakes looked for (тыс. or млн rendered with
     * 만), {@code magnitudeWords} the Korean magnitude words whose presence in the figure as written is the
     * signature, {@code ratioTolerance} how close a ratio between related figures must be to a factor.
     */
    public record ScaleError(
            Severity severity,
            @JsonProperty(required = true) List<BigDecimal> factors,
            @JsonProperty(required = true) List<String> magnitudeWords,
            @JsonProperty(required = true) BigDecimal ratioTolerance) implements RuleConfig {

        public ScaleError {
            if (factors == null || magnitudeWords == null || ratioTolerance == null) {
                throw new IllegalArgumentException("factors, magnitude_words and ratio_tolerance must not be empty");
            }
            factors = List.copyOf(factors);
            magnitudeWords = List.copyOf(magnitudeWords);
            if (factors.isEmpty()) {
                throw new IllegalArgumentException("factors is empty; list the scale mistakes to look for, e.g. [1000, 10000]");
            }
            for (BigDecimal f : factors) {
                if (f.compareTo(BigDecimal.ONE) <= 0) {
                    throw new IllegalArgumentException("factor " + f.toPlainString() + " must be greater than 1");
                }
            }
            if (ratioTolerance.signum() < 0 || ratioTolerance.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("ratio_tolerance " + ratioTolerance.toPlainString()
                        + " must be at least 0 and below 1 (e.g. 0.1 for ±10%)");
            }
        }
    }

    /** Two statements of one fact whose values differ by more than {@code relativeTolerance} conflict. */
    public record Conflict(
            Severity severity,
            @JsonProperty(required = true) BigDecimal relativeTolerance) implements RuleConfig {

        public Conflict {
            if (relativeTolerance == null) {
                throw new IllegalArgumentException("relative_tolerance is empty; give a number such as 0");
            }
            if (relativeTolerance.signum() < 0 || relativeTolerance.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("relative_tolerance " + relativeTolerance.toPlainString()
                        + " must be at least 0 and below 1");
            }
        }
    }

    /**
     * Periods must be ordered, not after the source's publication date and not before the organization (here:
     * the Collective Security Treaty, signed 1992-05-15) existed.
     */
    public record Dates(
            Severity severity,
            @JsonProperty(required = true) LocalDate organizationFounded) implements RuleConfig {
    }

    /** error stops the run; warning publishes the figure with the rule id in flags. */
    public enum Severity implements org.cstofigures.model.Coded {
        @JsonProperty("error") ERROR,
        @JsonProperty("warning") WARNING;

        @Override
        public String code() {
            return this == ERROR ? "error" : "warning";
        }
    }

    private static void positive(String key, BigDecimal v) {
        if (v == null) {
            throw new IllegalArgumentException(key + " is empty; give a positive number");
        }
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(key + " must be positive, not " + v.toPlainString());
        }
    }
}
