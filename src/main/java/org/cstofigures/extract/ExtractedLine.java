package org.cstofigures.extract;

import java.util.List;
import java.util.Objects;
import org.cstofigures.source.Line;

/**
 * What the grammar found in one line (paragraph) of a source. Offsets inside {@code extraction} and
 * {@code sentences} are code points relative to the line; add {@code line.start()} for file offsets.
 */
public record ExtractedLine(Line line, Extraction extraction, List<int[]> sentences) {

    public ExtractedLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(extraction, "extraction");
        sentences = List.copyOf(sentences);
    }
}
