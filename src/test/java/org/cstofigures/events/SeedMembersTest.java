package org.cstofigures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.Extractors;
import org.cstofigures.figures.FigureStage;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.source.Document;
import org.cstofigures.source.SourceLoader;
import org.cstofigures.validate.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed alone, through the grammar, the events stage and the project's curated files (with the editor's
 * event correction): every country the article names as a party, with its status as of 2019-09-06 and dates
 * that trace to their sentences.
 */
class SeedMembersTest {

    private static Document doc;
    private static EventsRun run;
    private static Map<String, Member> members;
    private static Map<String, Event> events;

    @BeforeAll
    static void build() {
        doc = new SourceLoader().load(Path.of("raw", "sources.yaml"), Path.of("").toAbsolutePath()).get(0);
        List<ExtractedDocument> extracted = List.of(new ExtractStage(Extractors.standard()).run(doc));
        Lexicon lexicon = Lexicon.load(Path.of("curated", "lexicon"), "curated/lexicon");
        run = EventsRun.build(Path.of("curated"), "curated", Path.of("curated", "corrections.yaml"),
                "curated/corrections.yaml", extracted, lexicon, List.of(doc),
                new FigureStage(lexicon).run(extracted).figures());
        members = run.members().stream().collect(Collectors.toMap(Member::iso3, Function.identity(),
                (a, b) -> a, TreeMap::new));
        events = run.events().stream().collect(Collectors.toMap(Event::eventId, Function.identity()));
    }

    private static void is(String iso3, String status, String firstJoined, String left, String since) {
        Member m = members.get(iso3);
        assertNotNull(m, iso3 + " is missing from members");
        assertEquals(status, m.status(), iso3 + " status");
        assertEquals(firstJoined, m.firstJoined() == null ? null : m.firstJoined().toString(), iso3 + " first_joined");
        assertEquals(left, m.left() == null ? null : m.left().toString(), iso3 + " left");
        assertEquals(since, m.statusSince().toString(), iso3 + " status_since");
        assertEquals("2019-09-06", m.asOf().toString());
    }

    @Test
    void everyPartyWithItsStatusOnThePublicationDate() {
        assertEquals(List.of("AFG", "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "SRB", "TJK", "UZB"),
                List.copyOf(members.keySet()));
        for (String signatory : List.of("ARM", "KAZ", "KGZ", "RUS", "TJK")) {
            is(signatory, "member", "1992-05-15", null, "1992-05-15");
        }
        is("BLR", "member", "1993-12-01", null, "1993-12-01");
        is("AZE", "former", "1993-09-01", "1999-04-01", "1999-04-01");
        is("GEO", "former", "1993-12-01", "1999-04-01", "1999-04-01");
        is("UZB", "suspended", "1992-05-15", "1999-04-01", "2012-12-01");
        is("SRB", "observer", null, null, "2014-11-06");
        is("AFG", "observer", null, null, "2014-11-06");
        assertTrue(members.get("UZB").history().startsWith("member 1992-05-15"), members.get("UZB").history());
        assertTrue(members.get("UZB").history().contains("member 2006-06"), members.get("UZB").history());
    }

    @Test
    void everyDateTracesToItsSentence() {
        for (Member m : members.values()) {
            for (String id : new String[] {m.firstJoinedEvent(), m.leftEvent(), m.statusEvent()}) {
                if (id == null) {
                    continue;
                }
                Event e = events.get(id);
                assertNotNull(e, m.iso3() + ": event " + id + " is not in events");
                assertEquals(e.titleKo(), doc.slice(e.charStart(), e.charEnd()), id + " span");
                assertTrue(e.quote().contains(e.titleKo()), id + " quote");
                assertTrue(e.countries().contains(m.iso3()) || e.excluded().contains(m.iso3())
                        || !e.countries().isEmpty(), id + " names " + m.iso3() + " or the parties it renews");
                assertTrue(e.titleKo().contains(Integer.toString(e.dateStart().getYear())), id + " states its year");
            }
        }
        Event signed = events.get(members.get("ARM").firstJoinedEvent());
        assertEquals("treaty_signed", signed.eventType());
        assertEquals("Tashkent", signed.place());
        assertEquals("UZB", signed.placeCountry());
        assertTrue(signed.mentionCount() >= 3, "the signature is stated on lines " + signed.lines());
        Event left = events.get(members.get("AZE").leftEvent());
        assertEquals("protocol_signed", left.eventType());
        assertEquals(List.of("AZE", "GEO", "UZB"), left.excluded());
        Event back = events.get(members.get("UZB").history().split("; ")[2].replaceAll(".*\\((e-[0-9a-f]+)\\)", "$1"));
        assertEquals("corrected", back.status(), "Uzbekistan's return is the editor's correction of line 146");
        assertEquals(146, back.line());
    }

    @Test
    void findingsOfTheSeed() {
        assertFalse(run.failed(), run.findings().toString());
        List<Finding> conflicts = run.findings().stream().filter(f -> f.rule().code().equals("event_conflict")).toList();
        assertEquals(1, conflicts.size(), run.findings().toString());
        assertTrue(conflicts.get(0).message().contains("line 146") && conflicts.get(0).message().contains("line 313"),
                conflicts.get(0).message());
        assertTrue(run.findings().stream().noneMatch(f -> f.rule().code().equals("member_count")),
                "the counts 6 (1992), 9 (1994), 6 (1999) and 6 (now) agree with members: " + run.findings());
    }

    @Test
    void eventsOfTheArticleByType() {
        Map<String, Long> byType = run.events().stream().collect(Collectors.groupingBy(Event::eventType,
                TreeMap::new, Collectors.counting()));
        for (String t : List.of("treaty_signed", "entered_into_force", "protocol_signed", "joined", "suspended",
                "founded", "charter_signed", "summit", "session", "exercise", "operation_started",
                "operation_permanent", "resolution_adopted", "memorandum_signed", "appointed", "chairmanship")) {
            assertTrue(byType.getOrDefault(t, 0L) > 0, "no " + t + " event: " + byType);
        }
        for (Event e : run.events()) {
            assertEquals(e.titleKo(), doc.slice(e.charStart(), e.charEnd()), e.eventId());
            assertFalse(e.dateStart().isAfter(doc.source().published()), e.eventId());
        }
    }
}
