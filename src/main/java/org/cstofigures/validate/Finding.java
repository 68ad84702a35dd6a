package org.cstofigures.validate;

import java.util.List;
import java.util.Objects;
import org.cstofigures.config.ValidationConfig.Severity;

/**
 * One thing a validation rule found: which rule, how severe, which figure and mentions, where, what is wrong
 * and what an editor might do. {@code status} is open, acknowledged (an editor reviewed it) or corrected.
 */
public record Finding(
        RuleId rule,
        Severity severity,
        FindingStatus status,
        String figureId,
        List<String> mentionIds,
        Integer line,
        String message,
        String suggestedFix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        mentionIds = List.copyOf(mentionIds);
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
        return new Finding(rule, severity, newStatus, figureId, mentionIds, line, message, suggestedFix);
    }

    /** Identifies "the same finding" across the run before and after corrections (messages may differ). */
    String key() {
        return rule + "\u001f" + figureId + "\u001f" + String.join(";", mentionIds) + "\u001f" + line;
    }
}
