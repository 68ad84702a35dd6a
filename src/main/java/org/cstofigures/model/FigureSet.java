package org.cstofigures.model;

import java.util.List;

/**
 * Distinct facts and every mention pointing to one of them, in stable order: what the figures stage produces,
 * the validate stage checks and corrects, and the publish stage writes.
 */
public record FigureSet(List<Figure> figures, List<Mention> mentions) {

    public FigureSet {
        figures = List.copyOf(figures);
        mentions = List.copyOf(mentions);
    }
}
