package org.cstofigures.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cstofigures.source.Document;
import org.cstofigures.source.Line;

/** The extract stage: runs the grammar over every line of a document, anchored at its publication date. */
public final class ExtractStage {

    private final Extractor extractor;

    public ExtractStage(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public ExtractedDocument run(Document doc) {
        List<ExtractedLine> out = new ArrayList<>();
        for (Line line : doc.lines()) {
            out.add(extractLine(line, doc.source().published()));
        }
        return new ExtractedDocument(doc, out);
    }

    public ExtractedLine extractLine(Line line, java.time.LocalDate published) {
        return new ExtractedLine(line, extractor.extract(line.text(), published), Sentences.split(line.text()));
    }
}
