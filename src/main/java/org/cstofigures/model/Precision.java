package org.cstofigures.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How precisely a date or period is stated in the text. */
public enum Precision implements Coded {
    DAY, MONTH, YEAR;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Precision::code).toList();
    }
}
