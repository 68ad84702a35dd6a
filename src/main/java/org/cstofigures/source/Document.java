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

    /** The text between two code-point offsets of the whole file. */
    public String slice(int cpStart, int cpEnd) {
        int from = text.offsetByCodePoints(0, cpStart);
        int to = text.offsetByCodePoints(from, cpEnd - cpStart);
        return text.substring(from, to);
    }
}
