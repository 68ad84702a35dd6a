package org.cstofigures.validate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cstofigures.model.Coded;

/**
 * The ids of the validation rules, as written in pipeline.yaml, flags, the report and corrections.yaml, in the
 * order the rules run and findings are reported. Parsed once, where text enters ({@link #fromCode}); a finding
 * carries the typed id.
 */
public enum RuleId implements Coded {
    SCHEMA, INTERVAL, PLAUSIBILITY, SCALE_ERROR, RELATIONS, CONFLICT, DATES, PROVENANCE,
    /** The checks of events and members (org.cstofigures.events.EventChecks), with fixed severities. */
    EVENT_DATES, EVENT_PROVENANCE, EVENT_CONFLICT, MEMBER_COUNT, MEMBERSHIP;

    /** The rules of figures, configured in pipeline.yaml and run by the Validator, in run order. */
    public static List<RuleId> figureRules() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= PROVENANCE.ordinal()).toList();
    }

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code, so that a rule id reads the same in every message. */
    @Override
    public String toString() {
        return code();
    }

    public static RuleId fromCode(String code) {
        for (RuleId r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + code + "'; expected one of " + codes());
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RuleId::code).toList();
    }
}
