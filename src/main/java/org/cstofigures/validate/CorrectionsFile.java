package org.cstofigures.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.model.Category;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * curated/corrections.yaml, typed: the editor's corrections and rejections of figures, and acknowledgements of
 * warnings the editor has reviewed. Both lists may be empty or absent. docs/validation.md, "Editorial corrections".
 */
public record CorrectionsFile(List<Correction> corrections, List<Acknowledgement> acknowledgements,
        List<org.cstofigures.events.EventCorrection> events) {

    public CorrectionsFile {
        events = events == null ? List.of() : List.copyOf(events);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
    }

    /**
     * Which figure an entry is about: by {@code figure_id}, or by {@code source_id} + {@code line} + {@code
     * surface}, which survives id changes. The surface matches a mention whose surface equals it or contains it
     * (so "25만 명" matches the mention "약 25만 명").
     */
    public record Match(String figureId, String sourceId, Integer line, String surface) {

        public Match {
            boolean byId = figureId != null;
            boolean bySource = sourceId != null || line != null || surface != null;
            if (byId && bySource) {
                throw new IllegalArgumentException("match by figure_id or by source_id + line + surface, not both");
            }
            if (!byId && !bySource) {
                throw new IllegalArgumentException("match is empty; give figure_id, or source_id, line and surface");
            }
            if (byId && figureId.isBlank()) {
                throw new IllegalArgumentException("figure_id is empty");
            }
            if (bySource && (sourceId == null || sourceId.isBlank() || line == null || surface == null
                    || surface.isBlank())) {
                throw new IllegalArgumentException("a match by source needs all of source_id, line and surface");
            }
            if (line != null && line < 1) {
                throw new IllegalArgumentException("line " + line + " must be 1 or more");
            }
        }

        /** How the match is shown in messages. */
        public String describe() {
            return figureId != null ? "figure_id " + figureId
                    : "source_id " + sourceId + ", line " + line + ", surface '" + surface + "'";
        }
    }

    /**
     * The corrected values; fields left out keep the extracted value. Codes are those of the published tables,
     * parsed into their types as the file is read (an unknown code is an error naming its line).
     */
    public record Change(
            BigDecimal value,
            BigDecimal valueLow,
            BigDecimal valueHigh,
            Unit unit,
            Qualifier qualifier,
            Category category,
            String subject,
            String subjectKo,
            String operation,
            LocalDate periodStart,
            LocalDate periodEnd) {


        /** True when no field is set (checked by the correction, so that a misspelt key is reported first). */
        boolean isEmpty() {
            return value == null && valueLow == null && valueHigh == null && unit == null && qualifier == null
                    && category == null && subject == null && subjectKo == null && operation == null
                    && periodStart == null && periodEnd == null;
        }
    }

    /** One correction or rejection, with the reason, the evidence, who decided and when. */
    public record Correction(
            @JsonProperty(required = true) Match match,
            Change set,
            Boolean reject,
            @JsonProperty(required = true) String reason,
            @JsonProperty(required = true) String evidence,
            @JsonProperty(required = true) String editor,
            @JsonProperty(required = true) LocalDate date) {

        public Correction {
            if (match == null) {
                throw new IllegalArgumentException("match is empty");
            }
            if (set != null && set.isEmpty()) {
                throw new IllegalArgumentException("set is empty; give at least one corrected field, or use reject: true");
            }
            checkDecision(set != null, reject, reason, evidence, editor, date);
        }

        public boolean rejects() {
            return reject != null && reject;
        }
    }

    /** An editor's statement that an open warning of {@code rule} on a figure was reviewed and is accepted. */
    public record Acknowledgement(
            @JsonProperty(required = true) String rule,
            @JsonProperty(required = true) Match match,
            @JsonProperty(required = true) String reason,
            @JsonProperty(required = true) String editor,
            @JsonProperty(required = true) LocalDate date) {

        public Acknowledgement {
            RuleId.fromCode(rule);
            if (match == null) {
                throw new IllegalArgumentException("match is empty");
            }
            requireText("reason", reason);
            requireText("editor", editor);
            if (date == null) {
                throw new IllegalArgumentException("date is empty; give the date of the review (YYYY-MM-DD)");
            }
        }
    }

    /**
     * The checks every editor's decision shares, on a figure ({@link Correction}) or an event
     * ({@link org.cstofigures.events.EventCorrection}): exactly one of {@code set} and {@code reject: true}, and a
     * reason, evidence, editor (plain text, as release metadata) and date.
     */
    public static void checkDecision(boolean hasSet, Boolean reject, String reason, String evidence, String editor,
            LocalDate date) {
        if (reject != null && !reject) {
            throw new IllegalArgumentException("reject: false has no effect; remove it or give set");
        }
        if (hasSet == (reject != null)) {
            throw new IllegalArgumentException("give either set (corrected values) or reject: true, exactly one");
        }
        requireText("reason", reason);
        requireText("evidence", evidence);
        requireText("editor", editor);
        if (date == null) {
            throw new IllegalArgumentException("date is empty; give the date of the decision (YYYY-MM-DD)");
        }
    }

    private static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is empty; say it in a sentence");
        }
        org.cstofigures.config.ReleaseMetadata.plainText(key, value);
    }
}
