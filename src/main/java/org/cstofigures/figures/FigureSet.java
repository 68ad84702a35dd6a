package org.cstofigures.figures;

import java.util.List;

/** The figures stage's output: distinct facts and every mention pointing to one of them, in stable order. */
public record FigureSet(List<org.cstofigures.model.Figure> figures, List<org.cstofigures.model.Mention> mentions) {

    public FigureSet {
        figures = List.copyOf(figures);
        mentions = List.copyOf(mentions);
    }
}
