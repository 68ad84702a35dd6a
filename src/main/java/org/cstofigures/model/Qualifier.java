package org.cstofigures.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the text qualifies a number: exactly, about, at least, … ; decides which interval bounds are set. */
public enum Qualifier implements Coded {
    EXACT, APPROX, APPROX_OVER, AT_LEAST, AT_MOST, ALMOST, VAGUE, RANGE;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

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
