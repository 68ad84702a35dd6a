package org.cstofigures.validate;

import java.util.List;
import java.util.Map;

/**
 * An editorial decision from corrections.yaml as applied to one figure, for the validation report:
 * {@code action} is corrected, rejected or acknowledged; {@code changes} maps each changed field to
 * "old → new" (for an acknowledgement: the rule acknowledged); {@code evidence} is empty for acknowledgements.
 */
public record Decision(
        String action,
        String figureId,
        String sourceId,
        int line,
        String asWritten,
        List<String> mentionIds,
        int correctionsLine,
        Map<String, String> changes,
        String reason,
        String evidence,
        String editor,
        String date) {

    public Decision {
        mentionIds = List.copyOf(mentionIds);
        changes = Map.copyOf(changes);
    }
}
