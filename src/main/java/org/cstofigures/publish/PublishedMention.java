package org.cstofigures.publish;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Status;

/**
 * A mention as published: the mention as written, beside its figure's editorial status and published value,
 * so that a reader of the mentions table alone cannot quote a corrected number as written.
 */
public record PublishedMention(Mention mention, Status status, BigDecimal publishedValue) {

    public PublishedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(status, "status");
    }

    /** Every mention of the set with its figure's status and value; a mention without a figure is an error. */
    public static List<PublishedMention> of(FigureSet set) {
        Map<String, Figure> byId = new HashMap<>();
        for (Figure f : set.figures()) {
            byId.put(f.figureId(), f);
        }
        return set.mentions().stream().map(m -> {
            Figure f = byId.get(m.figureId());
            if (f == null) {
                throw new IllegalArgumentException("mention " + m.mentionId() + " points to no figure " + m.figureId());
            }
            return new PublishedMention(m, f.status(), f.value());
        }).toList();
    }

    /** A mention straight from the extractor, before any editor: status extracted, published as written. */
    public static PublishedMention extracted(Mention m) {
        return new PublishedMention(m, Status.EXTRACTED, m.value());
    }
}
