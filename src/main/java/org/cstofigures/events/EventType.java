package org.cstofigures.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The vocabulary of event types (docs/grammar.md, "Events and members"; the events table). Which words state each one is data: events.yaml. */
public enum EventType {
    TREATY_SIGNED, ENTERED_INTO_FORCE, PROTOCOL_SIGNED, JOINED, SUSPENDED, WITHDREW, FOUNDED, CHARTER_SIGNED,
    BODY_ESTABLISHED, SUMMIT, SESSION, EXERCISE, OPERATION_STARTED, OPERATION_PERMANENT, RESOLUTION_ADOPTED,
    MEMORANDUM_SIGNED, APPOINTED, CHAIRMANSHIP, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        for (EventType t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + code + "'; expected one of " + codes());
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(EventType::code).toList();
    }
}
