package org.cstofigures.events;

import java.time.LocalDate;
import java.util.Objects;
import org.cstofigures.model.Precision;

/**
 * One country the sources name as a party, derived from the events: its status as of {@code asOf} (member,
 * suspended, former, observer, partner), when it first joined and last left, when its status began, and the
 * event ids that prove each date. {@code history} lists every change in order.
 */
public record Member(
        String iso3,
        String name,
        String nameKo,
        String status,
        LocalDate firstJoined,
        Precision firstJoinedPrecision,
        String firstJoinedEvent,
        LocalDate left,
        Precision leftPrecision,
        String leftEvent,
        LocalDate statusSince,
        String statusEvent,
        String history,
        LocalDate asOf) {

    public Member {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(status, "status");
    }
}
