package org.cstofigures.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The ids of the validation rules, as written in pipeline.yaml, flags, the report and corrections.yaml. */
public enum RuleId {
    SCHEMA, INTERVAL, PLAUSIBILITY, SCALE_ERROR, RELATIONS, CONFLICT, DATES, PROVENANCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
