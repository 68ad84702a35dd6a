package org.cstofigures.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How precisely a date or period is stated in the text. */
public enum Precision implements Coded {
    DAY, MONTH, YEAR;

    /** The lower-case name, made once: it is written in every row and id. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Precision::code).toList();
    }
}
