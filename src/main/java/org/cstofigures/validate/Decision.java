package org.cstofigures.validate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cstofigures.model.Coded;

/**
 * An editorial decision from corrections.yaml as applied to one figure, for the validation report and the
 * findings table: {@code changes} maps each changed field to "old → new" (for an acknowledgement: the rule
 * acknowledged); {@code evidence} is empty for acknowledgements.
 */
public record Decision(
        Action action,
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

    /** What the editor decided. */
    public enum Action implements Coded {
        CORRECTED, REJECTED, ACKNOWLEDGED;

        @Override
        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Decision {
        Objects.requireNonNull(action, "action");
        mentionIds = List.copyOf(mentionIds);
        changes = Map.copyOf(changes);
    }

    /**
     * Whether this decision is what dealt with {@code f}: the correction or rejection of its figure (or of a figure
     * of its group), or its acknowledgement.
     */
    boolean decides(Finding f) {
        boolean sameFigure = f.figureId() != null ? f.concerns(figureId)
                : f.mentionIds().stream().anyMatch(mentionIds::contains);
        if (!sameFigure) {
            return false;
        }
        switch (f.status()) {
            case CORRECTED:
                return action != Action.ACKNOWLEDGED;
            case ACKNOWLEDGED:
                return action == Action.ACKNOWLEDGED && f.rule().code().equals(changes.get("rule"));
            default:
                return false;
        }
    }
}
