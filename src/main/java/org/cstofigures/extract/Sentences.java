package org.cstofigures.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a line into sentences; placeholder until the grammar's splitter lands. */
public final class Sentences {

    private Sentences() {
    }

    /** Code-point [start, end) spans of the sentences of {@code text}, covering every non-blank character. */
    public static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            boolean end = (cps[i] == '.' || cps[i] == '?' || cps[i] == '!')
                    && (i + 1 == cps.length || cps[i + 1] == ' ');
            if (end) {
                add(out, cps, start, i + 1);
                start = i + 1;
            }
        }
        add(out, cps, start, cps.length);
        return out;
    }

    private static void add(List<int[]> out, int[] cps, int start, int end) {
        while (start < end && Character.isWhitespace(cps[start])) {
            start++;
        }
        if (start < end) {
            out.add(new int[] {start, end});
        }
    }
}
