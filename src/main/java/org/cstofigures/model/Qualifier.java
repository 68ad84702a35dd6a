package org.cstofigures.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the text qualifies a number: exactly, about, at least, … ; decides which interval bounds are set. */
public enum Qualifier implements Coded {
    EXACT, APPROX, APPROX_OVER, AT_LEAST, AT_MOST, ALMOST, VAGUE, RANGE;

    /** The lower-case name, made once: it is written in every row and id. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The value of a published code; where text enters (a YAML file, a TSV list), it is parsed here, once. */
    @JsonCreator
    public static Qualifier fromCode(String code) {
        for (Qualifier q : values()) {
            if (q.code().equals(code)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + code + "'; expected one of " + codes());
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Qualifier::code).toList();
    }
}
