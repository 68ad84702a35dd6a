package org.cstofigures.events;

import static org.cstofigures.publish.ColumnDefinition.col;
import static org.cstofigures.publish.FieldType.DATE;
import static org.cstofigures.publish.FieldType.INTEGER;
import static org.cstofigures.publish.FieldType.STRING;

import java.util.List;
import org.cstofigures.model.Precision;
import org.cstofigures.publish.ForeignKey;
import org.cstofigures.publish.TableDefinition;

/**
 * The definitions of the two tables of this package (see {@link TableDefinition}); they are published through
 * {@code org.cstofigures.pipeline.Catalog} like every other table.
 */
public final class EventTables {

    private EventTables() {
    }

    private static final List<String> STATUSES = List.of(Members.MEMBER, Members.SUSPENDED, Members.FORMER,
            Members.OBSERVER, Members.PARTNER);

    public static final TableDefinition<Event> EVENTS = TableDefinition.of("events", "Events",
            "One row per dated event stated in the sources (treaties, accessions, suspensions, summits, exercises,"
                    + " operations, resolutions, appointments), with its clause.",
            List.of("event_id"), List.of(new ForeignKey("source_id", "sources", "source_id")),
            col("event_id", STRING, Event::eventId).required()
                    .describe("Stable id of the event: a short hash of source id, type, dates,"
                    + " countries, excluded countries and operation."),
            col("date_start", DATE, Event::dateStart).required()
                    .describe("First day of the event's date as stated (2010년 3월 → 2010-03-01)."),
            col("date_end", DATE, Event::dateEnd).required()
                    .describe("Last day of the event's date as stated (2010년 3월 → 2010-03-31;"
                    + " 2010년 3월 1일부터 → the source's publication date)."),
            col("date_precision", STRING, Event::precision).required()
                    .describe("How precisely the text states the date: day, month or year.").oneOf(Precision.codes()),
            col("event_type", STRING, Event::eventType).required()
                    .describe("What happened; the words for each type are in"
                    + " curated/lexicon/events.yaml.").oneOf(EventType.codes()),
            col("countries", STRING, Event::countries)
                    .describe("Countries the clause names (ISO 3166-1 alpha-3, sorted, ';'-separated);"
                    + " empty when it names none (N개국)."),
            col("countries_ko", STRING, Event::countriesKo)
                    .describe("The same countries as the text writes them, in the same order."),
            col("countries_excluded", STRING, Event::excluded)
                    .describe("Countries the clause explicitly excludes (N개국(…, X 제외)), ISO alpha-3."),
            col("observers", STRING, Event::observers)
                    .describe("Countries the clause names as observers (옵저버인 …), ISO alpha-3."),
            col("partners", STRING, Event::partners)
                    .describe("Countries the clause names as partners (파트너 국가인 …), ISO alpha-3."),
            col("operation", STRING, Event::operation)
                    .describe("The named operation, as in figures.operation; empty if none."),
            col("place", STRING, Event::place)
                    .describe("Where the event took place, in English (from curated/gazetteer.yaml)."),
            col("place_ko", STRING, Event::placeKo)
                    .describe("The place as written."),
            col("place_country", STRING, Event::placeCountry)
                    .describe("The place's country, ISO alpha-3."),
            col("title", STRING, Event::title).required()
                    .describe("English title composed from type, operation, place and countries."),
            col("title_ko", STRING, Event::titleKo).required()
                    .describe("The dated clause as written: text[char_start:char_end]."),
            col("status", STRING, Event::status).required()
                    .describe("extracted, or corrected by an editor (corrections.yaml, events:).").oneOf(List.of("extracted", "corrected")),
            col("flags", STRING, Event::flags)
                    .describe("conflict when another statement of the same event names other countries."),
            col("note", STRING, Event::note)
                    .describe("Editor's reason for a correction."),
            col("mention_count", INTEGER, Event::mentionCount).required()
                    .describe("How many clauses of the source state this event.").minimum(1),
            col("lines", STRING, Event::lines).required()
                    .describe("Lines (1-based) of every statement of the event, ';'-separated."),
            col("source_id", STRING, Event::sourceId).required()
                    .describe("Id of the source in sources."),
            col("line", INTEGER, Event::line).required()
                    .describe("Line (1-based) of the first statement.").minimum(1),
            col("char_start", INTEGER, Event::charStart).required()
                    .describe("Start of title_ko in code points from the start of the file, 0-based.").minimum(0),
            col("char_end", INTEGER, Event::charEnd).required()
                    .describe("End (exclusive) of title_ko in code points.").minimum(0),
            col("quote", STRING, Event::quote).required()
                    .describe("The sentence of the first statement, verbatim."),
            col("rule", STRING, Event::rule).required()
                    .describe("How the type was found: clause (its own words), clause_dated_by_brackets_after"
                    + " (the clause before a date in brackets: 가입했다(1952)), or borrowed from the rest of the"
                    + " sentence, its start or the whole sentence."));

    public static final TableDefinition<Member> MEMBERS = TableDefinition.of("members", "Members",
            "One row per country the sources name as a party or observer, with its status as of the publication"
                    + " date; derived from events, never typed in.",
            List.of("iso3"), List.of(new ForeignKey("first_joined_event", "events", "event_id"),
                    new ForeignKey("left_event", "events", "event_id"),
                    new ForeignKey("status_event", "events", "event_id")),
            col("iso3", STRING, Member::iso3).required()
                    .describe("ISO 3166-1 alpha-3 code of the country."),
            col("name", STRING, Member::name).required()
                    .describe("English name of the country (from the JDK's ISO data)."),
            col("name_ko", STRING, Member::nameKo)
                    .describe("The country's name as the source first writes it."),
            col("status", STRING, Member::status).required()
                    .describe("Status as of as_of: member, suspended, former, observer or partner.").oneOf(STATUSES),
            col("first_joined", DATE, Member::firstJoined)
                    .describe("First day of the date the country first joined."),
            col("first_joined_precision", STRING, Member::firstJoinedPrecision)
                    .describe("Precision of first_joined.").oneOf(Precision.codes()),
            col("first_joined_event", STRING, Member::firstJoinedEvent)
                    .describe("event_id of the event that proves first_joined."),
            col("left", DATE, Member::left)
                    .describe("First day of the date the country last left; empty if it never left."),
            col("left_precision", STRING, Member::leftPrecision)
                    .describe("Precision of left.").oneOf(Precision.codes()),
            col("left_event", STRING, Member::leftEvent)
                    .describe("event_id of the event that proves left."),
            col("status_since", DATE, Member::statusSince).required()
                    .describe("First day of the date the current status began."),
            col("status_event", STRING, Member::statusEvent).required()
                    .describe("event_id of the event that proves status_since."),
            col("history", STRING, Member::history).required()
                    .describe("Every status change in order: status, date and event_id, ';'-separated."),
            col("as_of", DATE, Member::asOf).required()
                    .describe("The date the status refers to: the latest publication date of the sources."));
}
