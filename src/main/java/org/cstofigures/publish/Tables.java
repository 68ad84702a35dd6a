package org.cstofigures.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Source;

/** Turns the pipeline's records into the published {@link Table}s, in the column order of {@link Schemas}. */
public final class Tables {

    private Tables() {
    }

    public static Table figures(List<Figure> figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            rows.add(Arrays.asList(f.figureId(), f.category().code(), f.subject(), f.subjectKo(), f.operation(),
                    f.value(), f.valueLow(), f.valueHigh(), f.unit().code(), f.qualifier().code(), f.asWritten(),
                    f.asWrittenValue(), f.periodStart(), f.periodEnd(), code(f.periodPrecision()), f.status().code(),
                    flags(f.flags()), f.note(), f.mentionCount(), f.sourceId(), f.firstLine(), f.quote(), f.partOf()));
        }
        return new Table("figures", "Figures",
                "One row per distinct fact stated in the sources, after validation and editorial corrections.",
                Schemas.FIGURES, rows, List.of("figure_id"),
                List.of(new ForeignKey("source_id", "sources", "source_id"),
                        new ForeignKey("part_of", "figures", "figure_id")));
    }

    public static Table mentions(List<Mention> mentions) {
        List<List<Object>> rows = new ArrayList<>();
        for (Mention m : mentions) {
            rows.add(mentionRow(m));
        }
        return new Table("mentions", "Mentions",
                "One row per place in a source where a figure is stated, with its exact character span.",
                Schemas.MENTIONS, rows, List.of("mention_id"),
                List.of(new ForeignKey("figure_id", "figures", "figure_id"),
                        new ForeignKey("source_id", "sources", "source_id")));
    }

    /** One row of the mentions table, in the column order of {@link Schemas#MENTIONS}. */
    public static List<Object> mentionRow(Mention m) {
        return Arrays.asList(m.mentionId(), m.figureId(), m.sourceId(), m.line(), m.charStart(), m.charEnd(),
                m.surface(), m.sentence(), m.value(), m.valueLow(), m.valueHigh(), m.unit().code(),
                m.qualifier().code(), m.category().code(), m.subject(), m.subjectKo(), m.operation(),
                m.periodStart(), m.periodEnd(), code(m.periodPrecision()), m.numberAsWritten(),
                m.unitAsWritten(), m.rule(), flags(m.flags()));
    }

    public static Table sources(List<Source> sources) {
        List<List<Object>> rows = new ArrayList<>();
        for (Source s : sources) {
            rows.add(Arrays.asList(s.id(), s.path(), s.sha256(), s.bytes(), s.title(), s.language(),
                    s.translatedFrom(), s.published(), s.publisher(), s.retrieved(), s.url(), s.rights(), s.notes()));
        }
        return new Table("sources", "Sources", "The source documents, with their checksums and origin.",
                Schemas.SOURCES, rows, List.of("source_id"), List.of());
    }

    private static String code(Precision p) {
        return p == null ? null : p.code();
    }

    private static String flags(List<String> flags) {
        return flags.isEmpty() ? null : String.join(";", flags);
    }
}
