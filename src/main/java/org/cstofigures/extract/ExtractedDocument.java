package org.cstofigures.extract;

import java.util.List;
import java.util.Objects;
import org.cstofigures.source.Document;

/** The extract stage's output for one source: every line with what the grammar found in it. */
public record ExtractedDocument(Document document, List<ExtractedLine> lines) {

    public ExtractedDocument {
        Objects.requireNonNull(document, "document");
        lines = List.copyOf(lines);
    }
}
