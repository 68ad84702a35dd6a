package org.cstofigures.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;

/**
 * The figures stage: turns the grammar's quantities into mentions that say what is counted, in which category,
 * operation and period (rules from the curated lexicon), and merges mentions of the same fact into one figure
 * with a content-derived id, linking parts to their whole.
 */
public final class FigureStage {

    private final LineAnalyzer analyzer;

    public FigureStage(Lexicon lexicon) {
        this.analyzer = new LineAnalyzer(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** Mentions of every line of every document, merged into distinct figures with part-of links. */
    public FigureSet run(List<ExtractedDocument> docs) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        for (ExtractedDocument doc : docs) {
            for (ExtractedLine el : doc.lines()) {
                for (LineAnalyzer.Analyzed a : analyzer.analyze(doc.document().source().id(), el)) {
                    mentions.add(a.mention());
                    if (a.partOf() != null) {
                        partOf.put(a.mention().mentionId(), a.partOf());
                    }
                }
            }
        }
        return merge(mentions, partOf);
    }

    /**
     * The mentions of one line, each already carrying its figure_id (content-derived), so that the CLI's
     * extract command can stream line by line with flat memory.
     */
    public List<Mention> mentionsForLine(String sourceId, ExtractedLine el) {
        return analyzer.analyze(sourceId, el).stream().map(LineAnalyzer.Analyzed::mention).toList();
    }

    /** Merges mentions with the same figure_id into one figure each, without part-of links. */
    public FigureSet merge(List<Mention> mentions) {
        return merge(mentions, Map.of());
    }

    /**
     * Merges mentions with the same figure_id into one figure each. The figure takes its text, quote and line
     * from its first mention in the source; {@code partOf} maps a mention id to the figure id of its whole.
     */
    public FigureSet merge(List<Mention> mentions, Map<String, String> partOf) {
        List<Mention> linked = new ArrayList<>(mentions);
        linked.sort(Comparator.comparing(Mention::sourceId).thenComparingInt(Mention::charStart)
                .thenComparing(Mention::mentionId));
        Map<String, List<Mention>> byFigure = new LinkedHashMap<>();
        for (Mention m : linked) {
            byFigure.computeIfAbsent(m.figureId(), k -> new ArrayList<>()).add(m);
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byFigure.entrySet()) {
            Mention first = e.getValue().get(0);
            String whole = null;
            for (Mention m : e.getValue()) {
                String p = partOf.get(m.mentionId());
                if (whole == null && p != null && !p.equals(e.getKey()) && byFigure.containsKey(p)) {
                    whole = p;
                }
            }
            figures.add(Figure.of(e.getKey(), first, e.getValue().size(), whole));
        }
        figures.sort(Comparator.comparing(Figure::sourceId).thenComparingInt(Figure::firstLine)
                .thenComparing(Figure::figureId));
        return new FigureSet(figures, linked);
    }
}
