package org.cstofigures.model;

import java.util.Objects;

/**
 * Where a value comes from: the source, the line (1-based), the span in Unicode code points from the start of
 * the file (0-based, end exclusive), the sentence quoted verbatim, and the grammar rule that recognized it.
 * A figure's provenance is that of its first mention.
 */
public record Provenance(String sourceId, int line, int charStart, int charEnd, String quote, String rule) {

    public Provenance {
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
