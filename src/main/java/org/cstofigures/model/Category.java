package org.cstofigures.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What kind of fact a figure states. */
public enum Category implements Coded {
    SEIZURE, CRIMINAL_CASE, FORCE_SIZE, OPERATION_STAGE, LEGAL_INSTRUMENT, INFORMATION_RESOURCE, MIGRATION,
    MEMBERSHIP, MONEY, PRODUCTION, CASUALTY, OTHER;

    /** The lower-case name, made once: it is written in every row and id. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The value of a published code; where text enters (a YAML file, a TSV list), it is parsed here, once. */
    @JsonCreator
    public static Category fromCode(String code) {
        for (Category c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + code + "'; expected one of " + codes());
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Category::code).toList();
    }
}
