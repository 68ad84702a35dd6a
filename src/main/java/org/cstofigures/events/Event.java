package org.cstofigures.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cstofigures.model.Precision;

/**
 * One dated event stated in a source (or several identical statements of it, {@code mentionCount}): its type,
 * dates, the countries it names as parties (ISO alpha-3, as written in {@code countriesKo}), countries it
 * explicitly excludes, countries it names as observers or partners, the operation, the place, an English title and the
 * clause as written, and the provenance of its first statement. {@code flags} holds warning rule ids
 * (conflict); {@code status} is extracted or corrected, with the editor's reason in {@code note}.
 */
public record Event(
        String eventId,
        String eventType,
        LocalDate dateStart,
        LocalDate dateEnd,
        Precision precision,
        List<String> countries,
        List<String> countriesKo,
        List<String> excluded,
        List<String> observers,
        List<String> partners,
        String operation,
        String place,
        String placeKo,
        String placeCountry,
        String title,
        String titleKo,
        int mentionCount,
        List<Integer> lines,
        String sourceId,
        int line,
        int charStart,
        int charEnd,
        String quote,
        String rule,
        List<String> flags,
        String status,
        String note) {

    public Event {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(dateStart, "dateStart");
        Objects.requireNonNull(dateEnd, "dateEnd");
        Objects.requireNonNull(precision, "precision");
        countries = List.copyOf(countries);
        countriesKo = List.copyOf(countriesKo);
        excluded = List.copyOf(excluded);
        observers = List.copyOf(observers);
        partners = List.copyOf(partners);
        lines = List.copyOf(lines);
        flags = List.copyOf(flags);
    }

    public Event withFlags(List<String> f) {
        return new Event(eventId, eventType, dateStart, dateEnd, precision, countries, countriesKo, excluded,
                observers, partners, operation, place, placeKo, placeCountry, title, titleKo, mentionCount, lines, sourceId,
                line, charStart, charEnd, quote, rule, f, status, note);
    }

    public Event withMerged(int count, List<Integer> allLines) {
        return new Event(eventId, eventType, dateStart, dateEnd, precision, countries, countriesKo, excluded,
                observers, partners, operation, place, placeKo, placeCountry, title, titleKo, count, allLines, sourceId,
                line, charStart, charEnd, quote, rule, flags, status, note);
    }

    public Event withId(String id) {
        return new Event(id, eventType, dateStart, dateEnd, precision, countries, countriesKo, excluded,
                observers, partners, operation, place, placeKo, placeCountry, title, titleKo, mentionCount, lines, sourceId,
                line, charStart, charEnd, quote, rule, flags, status, note);
    }
}
