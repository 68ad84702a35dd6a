package org.cstofigures.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Period;
import org.cstofigures.model.PeriodKind;
import org.cstofigures.model.Precision;

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

    /**
     * Mentions of every line of every document, merged into distinct figures with part-of links. A cumulative
     * total of a named operation whose own sentence states no period takes the span its source states for that
     * operation ({@link #operationSpans}); with no stated span it stays open up to the publication date.
     */
    public FigureSet run(List<ExtractedDocument> docs) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        for (ExtractedDocument doc : docs) {
            String sourceId = doc.document().source().id();
            List<LineAnalyzer.Analyzed> analyzed = new ArrayList<>();
            List<LineAnalyzer.OperationTime> times = new ArrayList<>();
            for (ExtractedLine el : doc.lines()) {
                analyzed.addAll(analyzer.analyze(sourceId, doc.document().source().published(), el));
                times.addAll(analyzer.operationTimes(el));
            }
            for (LineAnalyzer.Analyzed a : analyzed) {
                Mention m = a.mention();
                if (m.operation() != null && m.periodStart() != null && m.periodKind() != PeriodKind.STATE) {
                    times.add(new LineAnalyzer.OperationTime(m.operation(), m.period()));
                }
            }
            Map<String, Period> spans = operationSpans(times);
            Map<String, String> renamed = new LinkedHashMap<>();
            List<Mention> docMentions = new ArrayList<>();
            for (LineAnalyzer.Analyzed a : analyzed) {
                Mention m = a.mention();
                Period span = m.periodKind() == PeriodKind.CUMULATIVE && m.periodStart() == null
                        && m.operation() != null ? spans.get(m.operation()) : null;
                if (span != null) {
                    Mention moved = m.withPeriod(span.withKind(PeriodKind.CUMULATIVE));
                    moved = moved.withFigureId(LineAnalyzer.figureId(moved));
                    renamed.put(m.figureId(), moved.figureId());
                    m = moved;
                }
                docMentions.add(m);
                if (a.partOf() != null) {
                    partOf.put(m.mentionId(), a.partOf());
                }
            }
            partOf.replaceAll((mention, whole) -> renamed.getOrDefault(whole, whole));
            mentions.addAll(docMentions);
        }
        return merge(mentions, partOf);
    }

    /**
     * Each operation's stated span: from the earliest start to the latest end of the dates and periods its source
     * states for it, at the coarser precision of those two (2003년부터 2019년까지 → 2003-01-01..2019-12-31, year;
     * "since 2003" alone is already a period up to the publication date).
     */
    static Map<String, Period> operationSpans(List<LineAnalyzer.OperationTime> times) {
        Map<String, Period> first = new TreeMap<>();
        Map<String, Period> last = new TreeMap<>();
        for (LineAnalyzer.OperationTime t : times) {
            Period p = t.period();
            first.merge(t.operation(), p, (a, b) -> b.start().isBefore(a.start()) ? b : a);
            last.merge(t.operation(), p, (a, b) -> b.end().isAfter(a.end()) ? b : a);
        }
        Map<String, Period> out = new TreeMap<>();
        for (Map.Entry<String, Period> e : first.entrySet()) {
            Period from = e.getValue();
            Period to = last.get(e.getKey());
            Precision coarser = from.precision().compareTo(to.precision()) >= 0 ? from.precision() : to.precision();
            out.put(e.getKey(), new Period(from.start(), to.end(), coarser));
        }
        return out;
    }

    /**
     * The mentions of one line, each already carrying its figure_id (content-derived), so that the CLI's
     * extract command can stream line by line with flat memory. {@code published} is the source's publication
     * date (null if unknown). Line by line, a cumulative total of an operation cannot see the operation's span
     * stated elsewhere in its source, so its period stays open up to the publication date (run gives it the span).
     */
    public List<Mention> mentionsForLine(String sourceId, LocalDate published, ExtractedLine el) {
        List<Mention> out = new ArrayList<>();
        mentionsForLine(sourceId, published, el, out::add);
        return out;
    }

    /**
     * {@link #mentionsForLine(String, LocalDate, ExtractedLine)}, handing each mention to {@code each} in the same
     * order as soon as its sentence is analysed, so that a very long line never holds all its mentions at once.
     */
    public void mentionsForLine(String sourceId, LocalDate published, ExtractedLine el,
            java.util.function.Consumer<Mention> each) {
        analyzer.analyze(sourceId, published, el, a -> each.accept(a.mention()));
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
