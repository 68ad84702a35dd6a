package org.cstofigures.publish;

import static org.cstofigures.publish.FieldType.DATE;
import static org.cstofigures.publish.FieldType.INTEGER;
import static org.cstofigures.publish.FieldType.NUMBER;
import static org.cstofigures.publish.FieldType.STRING;

import java.util.List;
import org.cstofigures.model.Category;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Status;
import org.cstofigures.model.Unit;

/**
 * The schema of every published table, defined once: names, types, descriptions and constraints. Every writer,
 * the data dictionary and the data package read these; README's data dictionary is checked against them.
 */
public final class Schemas {

    private Schemas() {
    }

    private static final Column VALUE = Column.of("value", NUMBER, false,
            "Best estimate in base units (kg for mass, ha for area, the currency's unit for money, counts as counts);"
                    + " empty where the text gives no single number (수십만, 10~15).");
    private static final Column VALUE_LOW = Column.of("value_low", NUMBER, false,
            "Lower bound the wording implies (이상 → set, 최대 → empty, exact → equal to value); empty if open.");
    private static final Column VALUE_HIGH = Column.of("value_high", NUMBER, false,
            "Upper bound the wording implies (최대/이하 → set, 이상 → empty, exact → equal to value); empty if open.");
    private static final Column UNIT = Column.of("unit", STRING, true, "Normalized unit of value.")
            .withEnum(Unit.codes());
    private static final Column QUALIFIER = Column.of("qualifier", STRING, true,
            "How the text qualifies the number: exact, approx (약), approx_over (10여), at_least (이상), at_most"
                    + " (이하/최대), almost (거의), vague (수십만), range (10~15).").withEnum(Qualifier.codes());
    private static final Column CATEGORY = Column.of("category", STRING, true, "What kind of fact the figure states.")
            .withEnum(Category.codes());
    private static final Column SUBJECT = Column.of("subject", STRING, true,
            "What is counted, in English (heroin, criminal cases initiated, CRRF personnel).");
    private static final Column SUBJECT_KO = Column.of("subject_ko", STRING, true,
            "What is counted, in Korean as the text says it (헤로인, 형사 사건).");
    private static final Column OPERATION = Column.of("operation", STRING, false,
            "The named operation the figure belongs to (Channel, Illegal, PROXY, Mercenary); empty if none.");
    private static final Column PERIOD_START = Column.of("period_start", DATE, false,
            "First day of the period the figure refers to, as stated in its sentence or paragraph; empty if none stated.");
    private static final Column PERIOD_END = Column.of("period_end", DATE, false,
            "Last day of the period the figure refers to; empty if none stated.");
    private static final Column PERIOD_PRECISION = Column.of("period_precision", STRING, false,
            "How precisely the text states the period: day, month or year.").withEnum(Precision.codes());
    private static final Column FLAGS = Column.of("flags", STRING, false,
            "Validation rule ids that fired as warnings, separated by ';' (e.g. scale_error;conflict); empty if none.");
    private static final Column SOURCE_ID = Column.of("source_id", STRING, true, "Id of the source in sources.");
    private static final Column FIGURE_ID = Column.of("figure_id", STRING, true,
            "Stable id of the distinct fact: a short hash of source id, category, subject, operation, unit,"
                    + " value, bounds and period (README, Ids).");

    public static final List<Column> FIGURES = List.of(
            FIGURE_ID, CATEGORY, SUBJECT, SUBJECT_KO, OPERATION, VALUE, VALUE_LOW, VALUE_HIGH, UNIT, QUALIFIER,
            Column.of("as_written", STRING, true, "The figure exactly as the source wrote it (e.g. 약 2만 5천 명)."),
            Column.of("as_written_value", NUMBER, false,
                    "The value as written, in base units, before any editorial correction; equals value unless corrected."),
            PERIOD_START, PERIOD_END, PERIOD_PRECISION,
            Column.of("status", STRING, true, "extracted, or corrected by an editor (see note and corrections.yaml).")
                    .withEnum(List.of(Status.EXTRACTED.code(), Status.CORRECTED.code())),
            FLAGS,
            Column.of("note", STRING, false, "Editor's reason for a correction, or other remarks."),
            Column.of("mention_count", INTEGER, true, "How many times the source states this fact.").withMinimum(1),
            SOURCE_ID,
            Column.of("first_line", INTEGER, true, "Line (1-based) of the first mention in the source.").withMinimum(1),
            Column.of("quote", STRING, true, "The sentence of the first mention, verbatim."),
            Column.of("part_of", STRING, false,
                    "figure_id of the whole this figure is part of (그 중 6개 → part of 17 statements); empty if none."));

    public static final List<Column> MENTIONS = List.of(
            Column.of("mention_id", STRING, true, "Stable id of the mention: a short hash of source id, span and surface."),
            FIGURE_ID, SOURCE_ID,
            Column.of("line", INTEGER, true, "Line of the source (1-based) where the mention is.").withMinimum(1),
            Column.of("char_start", INTEGER, true,
                    "Start offset in Unicode code points from the start of the file, 0-based.").withMinimum(0),
            Column.of("char_end", INTEGER, true,
                    "End offset (exclusive) in code points, so text[char_start:char_end] == surface.").withMinimum(0),
            Column.of("surface", STRING, true, "The exact characters of the source at the span."),
            Column.of("sentence", STRING, true, "The sentence the mention is in, verbatim (of a sentence over 600"
                    + " characters, the verbatim 600 around the mention)."),
            VALUE, VALUE_LOW, VALUE_HIGH, UNIT, QUALIFIER, CATEGORY, SUBJECT, SUBJECT_KO, OPERATION,
            PERIOD_START, PERIOD_END, PERIOD_PRECISION,
            Column.of("number_as_written", STRING, false, "The number part as written (e.g. 2만 5천, 1,200)."),
            Column.of("unit_as_written", STRING, false, "The unit or counter as written (e.g. 톤, 명, 건)."),
            Column.of("rule", STRING, true, "Name of the grammar rule that recognized the mention."),
            FLAGS);

    public static final List<Column> SOURCES = List.of(
            Column.of("source_id", STRING, true, "Id of the source."),
            Column.of("path", STRING, true, "Path of the raw file in the repository."),
            Column.of("sha256", STRING, true, "SHA-256 of the raw file's bytes, hex."),
            Column.of("bytes", INTEGER, true, "Size of the raw file in bytes.").withMinimum(0),
            Column.of("title", STRING, true, "Title: the first line of the source."),
            Column.of("language", STRING, true, "Language of the text (BCP 47)."),
            Column.of("translated_from", STRING, false, "Language the text was machine-translated from, if any."),
            Column.of("published", DATE, false, "Publication date shown on the page."),
            Column.of("publisher", STRING, false, "Publisher as shown on the page."),
            Column.of("retrieved", DATE, false, "When the file was obtained."),
            Column.of("url", STRING, false, "Where the source was found, if known."),
            Column.of("rights", STRING, false, "Rights note for the source text."),
            Column.of("notes", STRING, false, "Notes on the source, e.g. machine-translation defects."));

    public static final List<Column> FINDINGS = List.of(
            Column.of("rule", STRING, true, "Id of the validation rule."),
            Column.of("severity", STRING, true, "error stops the run; warning is published in flags.")
                    .withEnum(List.of("error", "warning")),
            Column.of("status", STRING, true,
                    "open; acknowledged by an editor in corrections.yaml; or corrected by an editor's correction.")
                    .withEnum(List.of("open", "acknowledged", "corrected")),
            Column.of("figure_id", STRING, false, "The figure concerned."),
            Column.of("mention_ids", STRING, false, "The mentions concerned, separated by ';'."),
            Column.of("line", INTEGER, false, "Line of the source concerned."),
            Column.of("message", STRING, true, "What is wrong."),
            Column.of("suggested_fix", STRING, false, "What an editor might do."));
}
