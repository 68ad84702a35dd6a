package org.cstofigures.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.model.Category;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;
import org.cstofigures.source.Document;
import org.cstofigures.validate.Finding;
import org.cstofigures.validate.FindingStatus;
import org.cstofigures.validate.RuleId;

/**
 * Validation of events and members (docs/validation.md, "Checks of events and members"):
 * <ul>
 * <li>{@code event_dates} (error): an event that starts after its source's publication date;</li>
 * <li>{@code event_provenance} (error): the text at an event's span is not its title_ko;</li>
 * <li>{@code membership} (error): a member that left before it first joined;</li>
 * <li>{@code event_conflict} (warning): two statements of one event (type, dates, operation) that name
 * different countries, with their lines;</li>
 * <li>{@code member_count} (warning): an exact count of countries in figures (category membership, unit
 * country) that differs from the number of members the events give on the figure's date (its period's end,
 * or the publication date when it has none).</li>
 * </ul>
 */
public final class EventChecks {

    private final Members members;

    public EventChecks(Members members) {
        this.members = members;
    }

    public List<Finding> check(List<Event> events, List<Member> table, List<Figure> figures, List<Document> docs) {
        Map<String, Document> bySource = new TreeMap<>();
        Map<String, Document.Slicer> slicers = new TreeMap<>();
        for (Document d : docs) {
            bySource.put(d.source().id(), d);
            slicers.put(d.source().id(), d.slicer());
        }
        List<Finding> out = new ArrayList<>();
        Map<String, List<Event>> conflicts = new TreeMap<>();
        for (Event e : events) {
            Document d = bySource.get(e.sourceId());
            LocalDate published = d == null ? null : d.source().published();
            if (published != null && e.dateStart().isAfter(published)) {
                out.add(finding(RuleId.EVENT_DATES, Severity.ERROR, null, e.line(), "event " + e.eventId() + " ("
                        + e.eventType() + ", " + e.dateStart() + ") starts after its source was published ("
                        + published + "): '" + e.titleKo() + "'", "correct the event's date in corrections.yaml"));
            }
            if (d != null
                    && !slicers.get(e.sourceId()).slice(e.line(), e.charStart(), e.charEnd()).equals(e.titleKo())) {
                out.add(finding(RuleId.EVENT_PROVENANCE, Severity.ERROR, null, e.line(), "event " + e.eventId()
                        + ": the text at characters " + e.charStart() + "-" + e.charEnd() + " is not its title_ko",
                        null));
            }
            if (e.flags().contains("conflict")) {
                conflicts.computeIfAbsent(e.eventType() + " " + e.dateStart() + "/" + e.dateEnd(),
                        k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<Event>> c : conflicts.entrySet()) {
            List<String> accounts = new ArrayList<>();
            for (Event e : c.getValue()) {
                accounts.add(String.join(", ", e.countries()) + " (" + e.eventId() + ", line"
                        + (e.lines().size() > 1 ? "s " : " ") + e.lines().stream().map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElse("") + ")");
            }
            out.add(finding(RuleId.EVENT_CONFLICT, Severity.WARNING, null, c.getValue().get(0).line(),
                    "the sources give different countries for " + c.getKey() + ": " + String.join(" vs ", accounts)
                            + "; neither account is used for members",
                    "reject the wrong account in corrections.yaml (events:) with the evidence"));
        }
        for (Member m : table) {
            if (m.left() != null && m.firstJoined() != null && m.left().isBefore(m.firstJoined())) {
                out.add(finding(RuleId.MEMBERSHIP, Severity.ERROR, null, null, m.iso3() + " left (" + m.left()
                        + ", " + m.leftEvent() + ") before it first joined (" + m.firstJoined() + ", "
                        + m.firstJoinedEvent() + ")", "correct one of the events in corrections.yaml"));
            }
        }
        // each source's events and each (source, date)'s member count computed once: a replay of the events per
        // figure was quadratic (tens of thousands of country counts in a 50 MB source, each replaying every event)
        Map<String, List<Event>> eventsOfSource = new java.util.HashMap<>();
        Map<String, Integer> countAt = new java.util.HashMap<>();
        for (Figure f : figures) {
            if (f.category() != Category.MEMBERSHIP || f.unit() != Unit.COUNTRY || f.qualifier() != Qualifier.EXACT
                    || f.value() == null) {
                continue;
            }
            Document d = bySource.get(f.sourceId());
            LocalDate on = f.periodEnd() != null ? f.periodEnd() : d == null ? null : d.source().published();
            if (on == null) {
                continue;
            }
            List<Event> ofSource = eventsOfSource.computeIfAbsent(f.sourceId(),
                    id -> events.stream().filter(e -> e.sourceId().equals(id)).toList());
            int n = countAt.computeIfAbsent(f.sourceId() + " " + on, k -> members.countAt(ofSource, on));
            if (f.value().intValue() != n || f.value().stripTrailingZeros().scale() > 0) {
                out.add(finding(RuleId.MEMBER_COUNT, Severity.WARNING, f.figureId(), f.firstLine(), "'" + f.asWritten()
                        + "' (line " + f.firstLine() + ") counts " + f.value().stripTrailingZeros().toPlainString()
                        + " countries on " + on + ", but the events give " + n + " members on that date",
                        "check the events of that date, or correct the figure"));
            }
        }
        return out;
    }

    private static Finding finding(RuleId rule, Severity s, String figureId, Integer line, String message,
            String fix) {
        return new Finding(rule, s, FindingStatus.OPEN, figureId, List.of(), line, message, fix);
    }
}
