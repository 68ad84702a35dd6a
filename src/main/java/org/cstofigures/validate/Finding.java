package org.cstofigures.validate;

import java.util.List;
import java.util.Objects;
import org.cstofigures.config.ValidationConfig.Severity;

/**
 * One thing a validation rule found: which rule, how severe, which figure and mentions, where, what is wrong
 * and what an editor might do. {@code status} is open, acknowledged (an editor reviewed it) or corrected.
 * A finding about a group of figures (the statements of one fact that conflict) names its first figure in
 * {@code figureId} and the others in {@code groupFigureIds}: they are flagged with it and an acknowledgement of
 * any of them acknowledges it, but only the first is published with the finding (the message names the values).
 */
public record Finding(
        RuleId rule,
        Severity severity,
        FindingStatus status,
        String figureId,
        List<String> mentionIds,
        Integer line,
        String message,
        String suggestedFix,
        @com.fasterxml.jackson.annotation.JsonIgnore List<String> groupFigureIds) {

    /** A finding about one figure (or none). */
    public Finding(RuleId rule, Severity severity, FindingStatus status, String figureId, List<String> mentionIds,
            Integer line, String message, String suggestedFix) {
        this(rule, severity, status, figureId, mentionIds, line, message, suggestedFix, List.of());
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        mentionIds = List.copyOf(mentionIds);
        groupFigureIds = groupFigureIds == null ? List.of() : List.copyOf(groupFigureIds);
    }

    /** Whether the finding concerns figure {@code id}: its own figure or one of its group. */
    public boolean concerns(String id) {
        return id != null && (id.equals(figureId) || groupFigureIds.contains(id));
    }

    /** An error that nobody has dealt with stops the run. */
    public boolean blocksRun() {
        return severity == Severity.ERROR && status == FindingStatus.OPEN;
    }

    /** True while the finding is published as a flag: a warning that no correction resolved. */
    public boolean flagged() {
        return severity == Severity.WARNING && status != FindingStatus.CORRECTED;
    }

    public Finding withStatus(FindingStatus newStatus) {
        return new Finding(rule, severity, newStatus, figureId, mentionIds, line, message, suggestedFix, groupFigureIds);
    }

    /** Identifies "the same finding" across the run before and after corrections (messages may differ). */
    String key() {
        return rule + "\u001f" + figureId + "\u001f" + String.join(";", mentionIds) + "\u001f" + line;
    }
}
