package org.cstofigures.publish;

import static org.cstofigures.publish.ColumnDefinition.col;
import static org.cstofigures.publish.FieldType.DATE;
import static org.cstofigures.publish.FieldType.INTEGER;
import static org.cstofigures.publish.FieldType.NUMBER;
import static org.cstofigures.publish.FieldType.STRING;

import java.util.List;
import java.util.function.Function;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Mention;
import org.cstofigures.model.PeriodKind;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Source;
import org.cstofigures.model.Status;
import org.cstofigures.model.Unit;

/**
 * The definitions of the data tables (figures, mentions, sources), each column once: name, type, constraints,
 * description, unit and accessor. Columns shared by figures and mentions are defined once over the part of the
 * record they read. The findings table is defined beside the findings ({@code validate.FindingsTable}), the
 * codebook in {@link Codebook}. To add a table, see {@link TableDefinition}.
 */
public final class Tables {

    private Tables() {
    }

    private static final String FIGURE_ID_TEXT = "Stable id of the distinct fact: a short hash of source id, category,"
            + " subject, operation, unit, value, bounds and period (README, Ids).";
    private static final String SOURCE_ID_TEXT = "Id of the source in sources.";
    private static final String FLAGS_TEXT = "Validation rule ids that fired as warnings, separated by ';' (e.g."
            + " scale_error;conflict); empty if none.";

    /** The columns that describe what a number is, shared by figures and mentions. */
    private static <R> List<ColumnDefinition<R>> classification(Function<R, Category> category,
            Function<R, String> subject, Function<R, String> subjectKo, Function<R, String> operation) {
        return List.of(
                col("category", STRING, category).required().oneOf(Category.values())
                        .describe("What kind of fact the figure states."),
                col("subject", STRING, subject).required()
                        .describe("What is counted, in English (heroin, criminal cases initiated, CRRF personnel)."),
                col("subject_ko", STRING, subjectKo).required()
                        .describe("What is counted, in Korean as the text says it (헤로인, 형사 사건)."),
                col("operation", STRING, operation).describe("The named operation the figure belongs to (Channel,"
                        + " Illegal, PROXY, Mercenary); empty if none."));
    }

    private static <R> ColumnDefinition<R> unit(Function<R, Unit> unit) {
        return col("unit", STRING, unit).required().oneOf(Unit.values()).describe("Normalized unit of value.");
    }

    private static <R> ColumnDefinition<R> qualifier(Function<R, Qualifier> qualifier) {
        return col("qualifier", STRING, qualifier).required().oneOf(Qualifier.values())
                .describe("How the text qualifies the number: exact, approx (약), approx_over (10여), at_least (이상),"
                        + " at_most (이하/최대), almost (거의), vague (수십만), range (10~15).");
    }

    private static <R> ColumnDefinition<R> valueLow(Function<R, ?> low) {
        return col("value_low", NUMBER, low).describe("Lower bound the wording implies (이상 → set, 최대 → empty,"
                + " exact → equal to value); empty if open.");
    }

    private static <R> ColumnDefinition<R> valueHigh(Function<R, ?> high) {
        return col("value_high", NUMBER, high).describe("Upper bound the wording implies (최대/이하 → set, 이상 →"
                + " empty, exact → equal to value); empty if open.");
    }

    private static <R> List<ColumnDefinition<R>> period(Function<R, ?> start, Function<R, ?> end,
            Function<R, Precision> precision, Function<R, PeriodKind> kind) {
        return List.of(
                col("period_start", DATE, start).describe("First day of the period the figure refers to, as stated"
                        + " in its sentence or paragraph; empty if none stated, or for a cumulative total whose"
                        + " beginning the source does not state (an open period ending at publication)."),
                col("period_end", DATE, end)
                        .describe("Last day of the period the figure refers to; empty if none stated."),
                col("period_precision", STRING, precision).oneOf(Precision.values())
                        .describe("How precisely the text states the period: day, month or year."),
                col("period_kind", STRING, kind).oneOf(PeriodKind.values())
                        .describe("What the period is: period (a stated interval), point (a stated day), cumulative"
                                + " (a total over a named operation's stated span, or up to publication when no"
                                + " operation is named: 지금까지, 합계), state (a state at the publication date: 현재 6개국);"
                                + " empty if no period."));
    }

    private static final String VALUE_TEXT = "Best estimate in base units (kg for mass, ha for area, the currency's"
            + " unit for money, counts as counts); empty where the text gives no single number (수십만, 10~15).";

    public static final TableDefinition<Figure> FIGURES = new TableDefinition<>("figures", "Figures",
            "One row per distinct fact stated in the sources, after validation and editorial corrections.",
            List.of("figure_id"),
            List.of(new ForeignKey("source_id", "sources", "source_id"),
                    new ForeignKey("part_of", "figures", "figure_id")),
            concat(
                    List.of(col("figure_id", STRING, Figure::figureId).required().describe(FIGURE_ID_TEXT)),
                    classification(Figure::category, Figure::subject, Figure::subjectKo, Figure::operation),
                    List.of(col("value", NUMBER, Figure::value).describe(VALUE_TEXT),
                            valueLow(Figure::valueLow), valueHigh(Figure::valueHigh),
                            unit(Figure::unit), qualifier(Figure::qualifier),
                            col("as_written", STRING, Figure::asWritten).required()
                                    .describe("The figure exactly as the source wrote it (e.g. 약 2만 5천 명)."),
                            col("as_written_value", NUMBER, Figure::asWrittenValue).describe("The value as written,"
                                    + " in base units, before any editorial correction; equals value unless corrected.")),
                    period(Figure::periodStart, Figure::periodEnd, Figure::periodPrecision, Figure::periodKind),
                    List.of(col("status", STRING, Figure::status).required().oneOf(Status.EXTRACTED, Status.CORRECTED)
                                    .describe("extracted, or corrected by an editor (see note and corrections.yaml)."),
                            col("flags", STRING, Figure::flags).describe(FLAGS_TEXT),
                            col("note", STRING, Figure::note)
                                    .describe("Editor's reason for a correction, or other remarks."),
                            col("mention_count", INTEGER, Figure::mentionCount).required().minimum(1)
                                    .describe("How many times the source states this fact."),
                            col("source_id", STRING, Figure::sourceId).required().describe(SOURCE_ID_TEXT),
                            col("first_line", INTEGER, Figure::firstLine).required().minimum(1)
                                    .describe("Line (1-based) of the first mention in the source."),
                            col("quote", STRING, Figure::quote).required()
                                    .describe("The sentence of the first mention, verbatim."),
                            col("part_of", STRING, Figure::partOf).describe("figure_id of the whole this figure is"
                                    + " part of (그 중 6개 → part of 17 statements); empty if none."))));

    private static <T> Function<PublishedMention, T> m(Function<Mention, T> f) {
        return p -> f.apply(p.mention());
    }

    public static final TableDefinition<PublishedMention> MENTIONS = new TableDefinition<>("mentions", "Mentions",
            "One row per place in a source where a figure is stated, with its exact character span, the value as"
                    + " written and its figure's status and published value.",
            List.of("mention_id"),
            List.of(new ForeignKey("figure_id", "figures", "figure_id"),
                    new ForeignKey("source_id", "sources", "source_id")),
            concat(
                    List.of(col("mention_id", STRING, m(Mention::mentionId)).required()
                                    .describe("Stable id of the mention: a short hash of source id, span and surface."),
                            col("figure_id", STRING, m(Mention::figureId)).required().describe(FIGURE_ID_TEXT),
                            col("source_id", STRING, m(Mention::sourceId)).required().describe(SOURCE_ID_TEXT),
                            col("line", INTEGER, m(Mention::line)).required().minimum(1)
                                    .describe("Line of the source (1-based) where the mention is."),
                            col("char_start", INTEGER, m(Mention::charStart)).required().minimum(0).unit("code point")
                                    .describe("Start offset in Unicode code points from the start of the file, 0-based."),
                            col("char_end", INTEGER, m(Mention::charEnd)).required().minimum(0).unit("code point")
                                    .describe("End offset (exclusive) in code points, so text[char_start:char_end] =="
                                            + " surface."),
                            col("surface", STRING, m(Mention::surface)).required()
                                    .describe("The exact characters of the source at the span."),
                            col("sentence", STRING, m(Mention::sentence)).required().describe("The sentence the mention"
                                    + " is in, verbatim (of a sentence over 600 characters, the verbatim 600 around the"
                                    + " mention)."),
                            col("value", NUMBER, m(Mention::value)).describe("The value as written here, in base units"
                                    + " (kg for mass, ha for area, the currency's unit for money, counts as counts),"
                                    + " before any editorial correction; empty where the text gives no single number"
                                    + " (수십만, 10~15). Quote published_value, not this, where status is corrected."),
                            col("published_value", NUMBER, PublishedMention::publishedValue).describe("The value of the"
                                    + " figure as published in figures.value: equal to value unless an editor corrected"
                                    + " the figure (status corrected)."),
                            col("status", STRING, PublishedMention::status).required()
                                    .oneOf(Status.EXTRACTED, Status.CORRECTED).describe("The figure's status: extracted,"
                                    + " or corrected by an editor (then value is as written and published_value is"
                                    + " the corrected value)."),
                            valueLow(m(Mention::valueLow)), valueHigh(m(Mention::valueHigh)),
                            unit(m(Mention::unit)), qualifier(m(Mention::qualifier))),
                    classification(m(Mention::category), m(Mention::subject), m(Mention::subjectKo),
                            m(Mention::operation)),
                    period(m(Mention::periodStart), m(Mention::periodEnd), m(Mention::periodPrecision),
                            m(Mention::periodKind)),
                    List.of(col("number_as_written", STRING, m(Mention::numberAsWritten))
                                    .describe("The number part as written (e.g. 2만 5천, 1,200)."),
                            col("unit_as_written", STRING, m(Mention::unitAsWritten))
                                    .describe("The unit or counter as written (e.g. 톤, 명, 건)."),
                            col("rule", STRING, m(Mention::rule)).required()
                                    .describe("Name of the grammar rule that recognized the mention."),
                            col("flags", STRING, m(Mention::flags)).describe(FLAGS_TEXT))));

    public static final TableDefinition<Source> SOURCES = TableDefinition.of("sources", "Sources",
            "The source documents, with their checksums and origin.", List.of("source_id"), List.of(),
            col("source_id", STRING, Source::id).required().describe("Id of the source."),
            col("path", STRING, Source::path).required().describe("Path of the raw file in the repository."),
            col("sha256", STRING, Source::sha256).required().describe("SHA-256 of the raw file's bytes, hex."),
            col("bytes", INTEGER, Source::bytes).required().minimum(0).unit("byte")
                    .describe("Size of the raw file in bytes."),
            col("title", STRING, Source::title).required().describe("Title: the first line of the source."),
            col("language", STRING, Source::language).required().describe("Language of the text (BCP 47)."),
            col("translated_from", STRING, Source::translatedFrom)
                    .describe("Language the text was machine-translated from, if any."),
            col("published", DATE, Source::published).describe("Publication date shown on the page."),
            col("publisher", STRING, Source::publisher).describe("Publisher as shown on the page."),
            col("retrieved", DATE, Source::retrieved).describe("When the file was obtained."),
            col("url", STRING, Source::url).describe("Where the source was found, if known."),
            col("rights", STRING, Source::rights).describe("Rights note for the source text."),
            col("notes", STRING, Source::notes).describe("Notes on the source, e.g. machine-translation defects."));

    @SafeVarargs
    private static <R> List<ColumnDefinition<R>> concat(List<ColumnDefinition<R>>... parts) {
        List<ColumnDefinition<R>> all = new java.util.ArrayList<>();
        for (List<ColumnDefinition<R>> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
