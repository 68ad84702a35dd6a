package org.cstofigures.events;

import static org.cstofigures.publish.FieldType.DATE;
import static org.cstofigures.publish.FieldType.INTEGER;
import static org.cstofigures.publish.FieldType.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cstofigures.model.Precision;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.ForeignKey;
import org.cstofigures.publish.Table;

/**
 * The two tables of this package, defined in one place in the style of {@code publish.Schemas} and
 * {@code publish.Tables}: the columns (names, types, descriptions, constraints), then the rows in that order.
 */
public final class EventTables {

    private EventTables() {
    }

    private static final List<String> STATUSES = List.of(Members.MEMBER, Members.SUSPENDED, Members.FORMER,
            Members.OBSERVER, Members.PARTNER);

    public static final List<Column> EVENTS = List.of(
            Column.of("event_id", STRING, true, "Stable id of the event: a short hash of source id, type, dates,"
                    + " countries, excluded countries and operation."),
            Column.of("date_start", DATE, true, "First day of the event's date as stated (2010년 3월 → 2010-03-01)."),
            Column.of("date_end", DATE, true, "Last day of the event's date as stated (2010년 3월 → 2010-03-31;"
                    + " 2010년 3월 1일부터 → the source's publication date)."),
            Column.of("date_precision", STRING, true, "How precisely the text states the date: day, month or year.")
                    .withEnum(Precision.codes()),
            Column.of("event_type", STRING, true, "What happened; the words for each type are in"
                    + " curated/lexicon/events.yaml.").withEnum(EventType.codes()),
            Column.of("countries", STRING, false, "Countries the clause names (ISO 3166-1 alpha-3, sorted, ';'-separated);"
                    + " empty when it names none (N개국)."),
            Column.of("countries_ko", STRING, false, "The same countries as the text writes them, in the same order."),
            Column.of("countries_excluded", STRING, false,
                    "Countries the clause explicitly excludes (N개국(…, X 제외)), ISO alpha-3."),
            Column.of("observers", STRING, false, "Countries the clause names as observers (옵저버인 …), ISO alpha-3."),
            Column.of("partners", STRING, false, "Countries the clause names as partners (파트너 국가인 …), ISO alpha-3."),
            Column.of("operation", STRING, false, "The named operation, as in figures.operation; empty if none."),
            Column.of("place", STRING, false, "Where the event took place, in English (from curated/gazetteer.yaml)."),
            Column.of("place_ko", STRING, false, "The place as written."),
            Column.of("place_country", STRING, false, "The place's country, ISO alpha-3."),
            Column.of("title", STRING, true, "English title composed from type, operation, place and countries."),
            Column.of("title_ko", STRING, true, "The dated clause as written: text[char_start:char_end]."),
            Column.of("status", STRING, true, "extracted, or corrected by an editor (corrections.yaml, events:).")
                    .withEnum(List.of("extracted", "corrected")),
            Column.of("flags", STRING, false, "conflict when another statement of the same event names other countries."),
            Column.of("note", STRING, false, "Editor's reason for a correction."),
            Column.of("mention_count", INTEGER, true, "How many clauses of the source state this event.").withMinimum(1),
            Column.of("lines", STRING, true, "Lines (1-based) of every statement of the event, ';'-separated."),
            Column.of("source_id", STRING, true, "Id of the source in sources."),
            Column.of("line", INTEGER, true, "Line (1-based) of the first statement.").withMinimum(1),
            Column.of("char_start", INTEGER, true, "Start of title_ko in code points from the start of the file, 0-based.")
                    .withMinimum(0),
            Column.of("char_end", INTEGER, true, "End (exclusive) of title_ko in code points.").withMinimum(0),
            Column.of("quote", STRING, true, "The sentence of the first statement, verbatim."),
            Column.of("rule", STRING, true, "How the type was found: clause (its own words), or borrowed from the rest"
                    + " of the sentence or from its start."));

    public static final List<Column> MEMBERS = List.of(
            Column.of("iso3", STRING, true, "ISO 3166-1 alpha-3 code of the country."),
            Column.of("name", STRING, true, "English name of the country (from the JDK's ISO data)."),
            Column.of("name_ko", STRING, false, "The country's name as the source first writes it."),
            Column.of("status", STRING, true, "Status as of as_of: member, suspended, former, observer or partner.")
                    .withEnum(STATUSES),
            Column.of("first_joined", DATE, false, "First day of the date the country first joined."),
            Column.of("first_joined_precision", STRING, false, "Precision of first_joined.").withEnum(Precision.codes()),
            Column.of("first_joined_event", STRING, false, "event_id of the event that proves first_joined."),
            Column.of("left", DATE, false, "First day of the date the country last left; empty if it never left."),
            Column.of("left_precision", STRING, false, "Precision of left.").withEnum(Precision.codes()),
            Column.of("left_event", STRING, false, "event_id of the event that proves left."),
            Column.of("status_since", DATE, true, "First day of the date the current status began."),
            Column.of("status_event", STRING, true, "event_id of the event that proves status_since."),
            Column.of("history", STRING, true, "Every status change in order: status, date and event_id, ';'-separated."),
            Column.of("as_of", DATE, true, "The date the status refers to: the latest publication date of the sources."));

    public static Table events(List<Event> events) {
        List<List<Object>> rows = new ArrayList<>();
        for (Event e : events) {
            rows.add(Arrays.asList(e.eventId(), e.dateStart(), e.dateEnd(), e.precision().code(), e.eventType(),
                    join(e.countries()), join(e.countriesKo()), join(e.excluded()), join(e.observers()),
                    join(e.partners()),
                    e.operation(), e.place(), e.placeKo(), e.placeCountry(), e.title(), e.titleKo(), e.status(),
                    join(e.flags()), e.note(), e.mentionCount(),
                    String.join(";", e.lines().stream().map(String::valueOf).toList()), e.sourceId(), e.line(),
                    e.charStart(), e.charEnd(), e.quote(), e.rule()));
        }
        return new Table("events", "Events", "One row per dated event stated in the sources (treaties, accessions,"
                + " suspensions, summits, exercises, operations, resolutions, appointments), with its clause.",
                EVENTS, rows, List.of("event_id"), List.of(new ForeignKey("source_id", "sources", "source_id")));
    }

    public static Table members(List<Member> members) {
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : members) {
            rows.add(Arrays.asList(m.iso3(), m.name(), m.nameKo(), m.status(), m.firstJoined(),
                    code(m.firstJoinedPrecision()), m.firstJoinedEvent(), m.left(), code(m.leftPrecision()),
                    m.leftEvent(), m.statusSince(), m.statusEvent(), m.history(), m.asOf()));
        }
        return new Table("members", "Members", "One row per country the sources name as a party or observer, with"
                + " its status as of the publication date; derived from events, never typed in.",
                MEMBERS, rows, List.of("iso3"), List.of(new ForeignKey("first_joined_event", "events", "event_id"),
                        new ForeignKey("left_event", "events", "event_id"),
                        new ForeignKey("status_event", "events", "event_id")));
    }

    private static String code(Precision p) {
        return p == null ? null : p.code();
    }

    private static String join(List<String> l) {
        return l.isEmpty() ? null : String.join(";", l);
    }
}
