package org.cstofigures.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Quantity;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Status;
import org.cstofigures.model.Unit;

/**
 * The figures stage: turns the grammar's quantities into mentions and merges mentions of the same fact into
 * one figure. Placeholder classification by unit until the lexicon-driven classifier lands.
 */
public final class FigureStage {

    public FigureSet run(List<ExtractedDocument> docs) {
        List<Mention> mentions = new ArrayList<>();
        for (ExtractedDocument doc : docs) {
            for (ExtractedLine el : doc.lines()) {
                mentions.addAll(mentionsForLine(doc.document().source().id(), el));
            }
        }
        return merge(mentions);
    }

    /**
     * The mentions of one line, each already carrying its figure_id (content-derived), so that the CLI's
     * extract command can stream line by line.
     */
    public List<Mention> mentionsForLine(String sourceId, ExtractedLine el) {
        List<Mention> mentions = new ArrayList<>();
        for (Quantity q : el.extraction().quantities()) {
            int start = el.line().start() + q.start();
            int end = el.line().start() + q.end();
            String sentence = sentenceOf(el, q);
            Category cat = categoryOf(q.unit());
            Mention m = new Mention(Ids.mentionId(sourceId, start, end, q.surface()), null, sourceId,
                    el.line().number(), start, end, q.surface(), sentence, q.value(), q.low(), q.high(),
                    q.unit(), q.qualifier(), cat, q.unit().code(), q.unitText() == null ? q.surface() : q.unitText(),
                    null, null, null, null, q.numberText(), q.unitText(), q.rule(), List.of());
            mentions.add(m.withFigureId(Ids.figureId(m.sourceId(), m.category().code(), m.subject(), m.operation(),
                    m.unit().code(), m.value(), m.valueLow(), m.valueHigh(), m.periodStart(), m.periodEnd())));
        }
        return mentions;
    }

    /** Merges mentions with the same figure_id into one figure each. */
    public FigureSet merge(List<Mention> mentions) {
        Map<String, List<Mention>> byFigure = new LinkedHashMap<>();
        List<Mention> linked = new ArrayList<>();
        for (Mention m : mentions) {
            linked.add(m);
            byFigure.computeIfAbsent(m.figureId(), k -> new ArrayList<>()).add(m);
        }
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byFigure.entrySet()) {
            Mention first = e.getValue().get(0);
            figures.add(new Figure(e.getKey(), first.category(), first.subject(), first.subjectKo(), first.operation(),
                    first.value(), first.valueLow(), first.valueHigh(), first.unit(), first.qualifier(),
                    first.surface(), first.value(), first.periodStart(), first.periodEnd(), first.periodPrecision(),
                    Status.EXTRACTED, List.of(), null, e.getValue().size(), first.sourceId(), first.line(),
                    first.sentence(), null));
        }
        figures.sort(Comparator.comparing(Figure::sourceId).thenComparingInt(Figure::firstLine)
                .thenComparing(Figure::figureId));
        linked.sort(Comparator.comparing(Mention::sourceId).thenComparingInt(Mention::charStart)
                .thenComparing(Mention::mentionId));
        return new FigureSet(figures, linked);
    }

    private static String sentenceOf(ExtractedLine el, Quantity q) {
        String text = el.line().text();
        for (int[] s : el.sentences()) {
            if (s[0] <= q.start() && q.end() <= s[1]) {
                return text.substring(text.offsetByCodePoints(0, s[0]), text.offsetByCodePoints(0, s[1]));
            }
        }
        return text;
    }

    private static Category categoryOf(Unit unit) {
        switch (unit) {
            case KG: return Category.SEIZURE;
            case CASE: return Category.CRIMINAL_CASE;
            case PERSON: return Category.FORCE_SIZE;
            case STAGE: return Category.OPERATION_STAGE;
            case COUNTRY: return Category.MEMBERSHIP;
            default: return Category.OTHER;
        }
    }
}
