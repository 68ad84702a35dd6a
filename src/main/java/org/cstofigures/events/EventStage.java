package org.cstofigures.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cstofigures.error.PipelineException;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Precision;
import org.cstofigures.source.Sha256;
import org.cstofigures.validate.Corrections.Located;
import org.cstofigures.validate.Decision;

/**
 * The events stage: one event mention per dated clause ({@link ClauseReader}), the editor's event corrections
 * applied, then merged: identical statements (type, dates, countries, exclusions, operation) become one event
 * with {@code mention_count}; a statement that names no country joins the one event of the same type, dates
 * and operation that does; statements of the same type, dates and operation that name different countries
 * stay separate and are flagged {@code conflict}. Ids are content-derived: "e-" and 12 hex digits of the
 * SHA-256 of source id, type, dates, countries, exclusions and operation.
 */
public final class EventStage {

    /** The stage's output: events in date order, and the editor's decisions that were applied. */
    public record Result(List<Event> events, List<Decision> decisions) {
        public Result {
            events = List.copyOf(events);
            decisions = List.copyOf(decisions);
        }
    }

    private final ClauseReader reader;
    private final Gazetteer gazetteer;

    public EventStage(EventLexicon lexicon, Gazetteer gazetteer, Lexicon operations) {
        this.reader = new ClauseReader(lexicon, gazetteer, operations);
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The event mentions of one line, before corrections and merging (for tests and the generality score). */
    public List<Event> mentions(String sourceId, ExtractedLine line) {
        List<Event> out = new ArrayList<>();
        for (Event e : reader.read(sourceId, line)) {
            out.add(titled(e));
        }
        return out;
    }

    public Result run(List<ExtractedDocument> docs, List<Located<EventCorrection>> corrections, String shown) {
        List<Event> all = new ArrayList<>();
        for (ExtractedDocument d : docs) {
            for (ExtractedLine el : d.lines()) {
                all.addAll(mentions(d.document().source().id(), el));
            }
        }
        List<Decision> decisions = new ArrayList<>();
        all = correct(all, corrections, shown, decisions);
        return new Result(merge(all), decisions);
    }

    private List<Event> correct(List<Event> mentions, List<Located<EventCorrection>> corrections, String shown,
            List<Decision> decisions) {
        List<Event> out = new ArrayList<>(mentions);
        for (Located<EventCorrection> lc : corrections) {
            EventCorrection c = lc.entry();
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                Event e = out.get(i);
                if (e.sourceId().equals(c.match().sourceId()) && e.line() == c.match().line()
                        && e.titleKo().contains(c.match().surface())) {
                    hits.add(i);
                }
            }
            if (hits.size() != 1) {
                throw PipelineException.config(shown + ":" + lc.line() + ": this event correction ("
                        + c.match().describe() + ") matches " + hits.size() + " event clauses; it must match"
                        + " exactly one (give a longer surface from the clause)");
            }
            Event e = out.get(hits.get(0));
            Map<String, String> changes = new TreeMap<>();
            if (c.rejects()) {
                out.remove((int) hits.get(0));
                decisions.add(new Decision(Decision.Action.REJECTED, null, e.sourceId(), e.line(), e.titleKo(), List.of(),
                        lc.line(), changes, c.reason(), c.evidence(), c.editor(), c.date().toString()));
                continue;
            }
            EventCorrection.Change s = c.set();
            String type = s.eventType() != null ? s.eventType() : e.eventType();
            LocalDate start = s.dateStart() != null ? s.dateStart() : e.dateStart();
            LocalDate end = s.dateEnd() != null ? s.dateEnd() : e.dateEnd();
            Precision prec = s.datePrecision() != null ? Precision.valueOf(s.datePrecision().toUpperCase(
                    java.util.Locale.ROOT)) : e.precision();
            List<String> countries = s.countries() != null ? s.countries().stream().sorted().toList() : e.countries();
            for (String iso : countries) {
                if (gazetteer.english(iso).equals(iso)) {
                    throw PipelineException.config(shown + ":" + lc.line() + ": '" + iso
                            + "' is not a country code of the gazetteer (ISO 3166-1 alpha-3)");
                }
            }
            List<String> ko = new ArrayList<>();
            for (String iso : countries) {
                int k = e.countries().indexOf(iso);
                ko.add(k >= 0 ? e.countriesKo().get(k) : "");
            }
            put(changes, "event_type", e.eventType(), type);
            put(changes, "date_start", e.dateStart(), start);
            put(changes, "date_end", e.dateEnd(), end);
            put(changes, "date_precision", e.precision().code(), prec.code());
            put(changes, "countries", String.join(";", e.countries()), String.join(";", countries));
            Event fixed = titled(new Event(null, type, start, end, prec, countries, ko, e.excluded(),
                    e.observers().stream().filter(countries::contains).toList(),
                    e.partners().stream().filter(countries::contains).toList(), e.operation(), e.place(),
                    e.placeKo(), e.placeCountry(), null, e.titleKo(), 1, e.lines(), e.sourceId(), e.line(),
                    e.charStart(), e.charEnd(), e.quote(), e.rule(), List.of(), "corrected", c.reason()));
            out.set(hits.get(0), fixed);
            decisions.add(new Decision(Decision.Action.CORRECTED, null, e.sourceId(), e.line(), e.titleKo(), List.of(), lc.line(),
                    changes, c.reason(), c.evidence(), c.editor(), c.date().toString()));
        }
        return out;
    }

    private static void put(Map<String, String> changes, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(key, before + " → " + after);
        }
    }

    /** The English title: type label, place, countries (English names from the JDK), operation. */
    private Event titled(Event e) {
        StringBuilder t = new StringBuilder(reader.label(e.eventType()));
        if (e.operation() != null) {
            t.append(": operation ").append(e.operation());
        }
        if (e.place() != null) {
            t.append(" in ").append(e.place());
        }
        List<String> parties = e.countries().stream()
                .filter(c -> !e.observers().contains(c) && !e.partners().contains(c)).toList();
        List<String> roles = new ArrayList<>();
        if (!parties.isEmpty()) {
            roles.add(String.join(", ", parties.stream().map(gazetteer::english).toList()));
        }
        if (!e.observers().isEmpty()) {
            roles.add("observers: " + String.join(", ", e.observers().stream().map(gazetteer::english).toList()));
        }
        if (!e.partners().isEmpty()) {
            roles.add("partners: " + String.join(", ", e.partners().stream().map(gazetteer::english).toList()));
        }
        if (!roles.isEmpty()) {
            t.append(" (").append(String.join("; ", roles)).append(')');
        }
        if (!e.excluded().isEmpty()) {
            t.append(", excluding ").append(String.join(", ",
                    e.excluded().stream().map(gazetteer::english).toList()));
        }
        return new Event(e.eventId(), e.eventType(), e.dateStart(), e.dateEnd(), e.precision(), e.countries(),
                e.countriesKo(), e.excluded(), e.observers(), e.partners(), e.operation(), e.place(), e.placeKo(), e.placeCountry(),
                t.toString(), e.titleKo(), e.mentionCount(), e.lines(), e.sourceId(), e.line(), e.charStart(),
                e.charEnd(), e.quote(), e.rule(), e.flags(), e.status(), e.note());
    }

    static List<Event> merge(List<Event> mentions) {
        Map<String, List<Event>> byKey = new LinkedHashMap<>();
        for (Event e : mentions) {
            byKey.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        // statements naming no country join the single event of the same type, dates and operation that does
        Map<String, List<String>> withCountries = new LinkedHashMap<>();
        for (Map.Entry<String, List<Event>> g : byKey.entrySet()) {
            Event e = g.getValue().get(0);
            if (!e.countries().isEmpty()) {
                withCountries.computeIfAbsent(fact(e), k -> new ArrayList<>()).add(g.getKey());
            }
        }
        for (String k : new ArrayList<>(byKey.keySet())) {
            Event e = byKey.get(k).get(0);
            List<String> targets = withCountries.get(fact(e));
            if (e.countries().isEmpty() && e.excluded().isEmpty() && targets != null && targets.size() == 1) {
                byKey.get(targets.get(0)).addAll(byKey.remove(k));
            }
        }
        List<Event> out = new ArrayList<>();
        for (List<Event> g : byKey.values()) {
            g.sort(Comparator.comparingInt(Event::charStart));
            Event first = g.get(0);
            boolean corrected = g.stream().anyMatch(x -> "corrected".equals(x.status()));
            List<Integer> lines = g.stream().map(Event::line).distinct().sorted().toList();
            Event m = first.withMerged(g.size(), lines);
            if (corrected && !"corrected".equals(first.status())) {
                Event c = g.stream().filter(x -> "corrected".equals(x.status())).findFirst().orElseThrow();
                m = new Event(null, m.eventType(), m.dateStart(), m.dateEnd(), m.precision(), m.countries(),
                        m.countriesKo(), m.excluded(), m.observers(), m.partners(), m.operation(), m.place(), m.placeKo(),
                        m.placeCountry(), m.title(), m.titleKo(), m.mentionCount(), lines, m.sourceId(), m.line(),
                        m.charStart(), m.charEnd(), m.quote(), m.rule(), m.flags(), "corrected", c.note());
            }
            out.add(m.withId(id(m)));
        }
        Map<String, Integer> variants = new TreeMap<>();
        for (Event e : out) {
            if (!e.countries().isEmpty()) {
                variants.merge(fact(e), 1, Integer::sum);
            }
        }
        List<Event> flagged = new ArrayList<>();
        for (Event e : out) {
            boolean conflict = !e.countries().isEmpty() && variants.getOrDefault(fact(e), 0) > 1;
            flagged.add(conflict ? e.withFlags(List.of("conflict")) : e);
        }
        flagged.sort(Comparator.comparing(Event::dateStart).thenComparing(Event::dateEnd)
                .thenComparing(Event::eventType).thenComparing(Event::eventId));
        return flagged;
    }

    /** The fact an event states, without its countries: type, dates, operation, source. */
    private static String fact(Event e) {
        return String.join("\u001f", e.sourceId(), e.eventType(), e.dateStart().toString(), e.dateEnd().toString(),
                String.valueOf(e.operation()));
    }

    private static String key(Event e) {
        return fact(e) + "\u001f" + String.join(",", e.countries()) + "\u001f" + String.join(",", e.excluded());
    }

    static String id(Event e) {
        return "e-" + Sha256.hex(key(e).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
