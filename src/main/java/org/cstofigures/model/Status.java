package org.cstofigures.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Editorial state of a figure: as extracted, changed by an editor, or rejected (kept out of figures). */
public enum Status implements Coded {
    EXTRACTED, CORRECTED, REJECTED;

    /** The lower-case name, made once: it is written in every row and id. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Status::code).toList();
    }
}
