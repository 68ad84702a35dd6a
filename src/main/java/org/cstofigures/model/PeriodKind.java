package org.cstofigures.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a figure's period is: a stated interval ({@code period}), a single stated day ({@code point}), a total over
 * an operation's life or up to publication ({@code cumulative}: 지금까지, 합계, 전체적으로 … 작전 중에), or a state
 * at a date ({@code state}: 현재 6개국). The words are in curated/lexicon/frames.yaml ({@code period_words}).
 */
public enum PeriodKind implements Coded {
    PERIOD, POINT, CUMULATIVE, STATE;

    /** The lower-case name, made once: it is written in every row and id. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @Override
    public String code() {
        return code;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(PeriodKind::code).toList();
    }
}
