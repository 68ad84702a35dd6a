package org.cstofigures.source;

import java.util.List;
import java.util.Objects;
import org.cstofigures.model.Source;

/** A verified source and its decoded text, split into lines. */
public record Document(Source source, String text, List<Line> lines) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        lines = List.copyOf(lines);
    }

    /**
     * The text between two code-point offsets of the whole file, counted from the start of line {@code line}
     * (1-based) when the span lies on it, so that checking many spans costs the length of their lines, not of the
     * file; a span that is not on that line is sliced from the start of the file.
     */
    public String slice(int line, int cpStart, int cpEnd) {
        if (line >= 1 && line <= lines.size()) {
            Line l = lines.get(line - 1);
            String t = l.text();
            int from = cpStart - l.start();
            int to = cpEnd - l.start();
            if (from >= 0 && to >= from && to <= t.codePointCount(0, t.length())) {
                int a = t.offsetByCodePoints(0, from);
                return t.substring(a, t.offsetByCodePoints(a, to - from));
            }
        }
        return slice(cpStart, cpEnd);
    }

    /** The text between two code-point offsets of the whole file. */
    public String slice(int cpStart, int cpEnd) {
        int from = text.offsetByCodePoints(0, cpStart);
        int to = text.offsetByCodePoints(from, cpEnd - cpStart);
        return text.substring(from, to);
    }
}
