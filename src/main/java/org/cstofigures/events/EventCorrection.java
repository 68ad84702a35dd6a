package org.cstofigures.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.model.Precision;
import org.cstofigures.validate.CorrectionsFile;
import org.cstofigures.validate.CorrectionsFile.Match;

/**
 * One editor's decision on an event, in the {@code events:} list of curated/corrections.yaml: which clause
 * ({@code match} by source_id + line + surface, the surface a part of the clause as written), the corrected
 * fields or {@code reject: true}, and the reason, evidence, editor and date, as for figures.
 */
public record EventCorrection(
        @JsonProperty(required = true) Match match,
        Change set,
        Boolean reject,
        @JsonProperty(required = true) String reason,
        @JsonProperty(required = true) String evidence,
        @JsonProperty(required = true) String editor,
        @JsonProperty(required = true) LocalDate date) {

    public EventCorrection {
        if (match == null || match.figureId() != null) {
            throw new IllegalArgumentException("an event is matched by source_id, line and surface");
        }
        CorrectionsFile.checkDecision(set != null, reject, reason, evidence, editor, date);
    }

    public boolean rejects() {
        return reject != null && reject;
    }

    /** The corrected fields; those left out keep the extracted value. */
    public record Change(String eventType, LocalDate dateStart, LocalDate dateEnd, String datePrecision,
            List<String> countries) {
        public Change {
            if (eventType != null) {
                EventType.fromCode(eventType);
            }
            if (datePrecision != null && !Precision.codes().contains(datePrecision)) {
                throw new IllegalArgumentException("date_precision '" + datePrecision + "' is not one of "
                        + Precision.codes());
            }
            countries = countries == null ? null : List.copyOf(countries);
            if (eventType == null && dateStart == null && dateEnd == null && datePrecision == null
                    && countries == null) {
                throw new IllegalArgumentException("set is empty; give at least one corrected field");
            }
        }
    }
}
