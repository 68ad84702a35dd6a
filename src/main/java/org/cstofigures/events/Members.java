package org.cstofigures.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.events.EventLexicon.Effect;

/**
 * Derives the members table from the events, never from a typed list. Events flagged {@code conflict} prove
 * nothing (the sources disagree) and are skipped. In date order, each event applies its type's membership
 * effect (events.yaml) to the countries it names: join makes them members (and sets first_joined once), leave
 * makes them former, suspend suspended, renew keeps the named ones and makes the excluded ones, and members not
 * named, former; countries named as observers or partners (events.yaml) get that status unless members. When a later event
 * states the same change more precisely inside the earlier one's period (a year, then a month of it), it becomes the proof.
 */
public final class Members {

    public static final String MEMBER = "member";
    public static final String SUSPENDED = "suspended";
    public static final String FORMER = "former";
    public static final String OBSERVER = "observer";
    public static final String PARTNER = "partner";

    private final EventLexicon lex;
    private final Gazetteer gaz;

    public Members(EventLexicon lex, Gazetteer gaz) {
        this.lex = lex;
        this.gaz = gaz;
    }

    private static final class State {
        String status;
        String nameKo;
        Event firstJoined;
        Event left;
        Event since;
        final List<String> history = new ArrayList<>();
    }

    /** The members as of {@code asOf}: only events that start on or before it count. */
    public List<Member> derive(List<Event> events, LocalDate asOf) {
        Map<String, State> states = states(events, asOf);
        List<Member> out = new ArrayList<>();
        for (Map.Entry<String, State> e : states.entrySet()) {
            State s = e.getValue();
            out.add(new Member(e.getKey(), gaz.english(e.getKey()), s.nameKo, s.status,
                    s.firstJoined == null ? null : s.firstJoined.dateStart(),
                    s.firstJoined == null ? null : s.firstJoined.precision(),
                    s.firstJoined == null ? null : s.firstJoined.eventId(),
                    s.left == null ? null : s.left.dateStart(), s.left == null ? null : s.left.precision(),
                    s.left == null ? null : s.left.eventId(), s.since.dateStart(), s.since.eventId(),
                    String.join("; ", s.history), asOf));
        }
        return out;
    }

    /** How many countries are members (not suspended) on {@code date}. */
    public int countAt(List<Event> events, LocalDate date) {
        int n = 0;
        for (State s : states(events, date).values()) {
            if (MEMBER.equals(s.status)) {
                n++;
            }
        }
        return n;
    }

    private Map<String, State> states(List<Event> events, LocalDate asOf) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::dateStart).thenComparing(Event::dateEnd)
                .thenComparing(Event::eventId));
        Map<String, State> states = new TreeMap<>();
        for (Event e : sorted) {
            if (e.flags().contains("conflict") || e.dateStart().isAfter(asOf)) {
                continue;
            }
            for (String iso : e.observers()) {
                State s = state(states, iso, e);
                if (s.status == null || OBSERVER.equals(s.status) || PARTNER.equals(s.status)) {
                    change(s, OBSERVER, e, false);
                }
            }
            for (String iso : e.partners()) {
                State s = state(states, iso, e);
                if (s.status == null || PARTNER.equals(s.status)) {
                    change(s, PARTNER, e, false);
                }
            }
            Effect effect = effect(e);
            List<String> parties = e.countries().stream()
                    .filter(c -> !e.observers().contains(c) && !e.partners().contains(c)).toList();
            switch (effect) {
                case JOIN:
                    parties.forEach(c -> join(state(states, c, e), e));
                    break;
                case LEAVE:
                    parties.forEach(c -> leave(state(states, c, e), e));
                    break;
                case SUSPEND:
                    parties.forEach(c -> change(state(states, c, e), SUSPENDED, e, false));
                    break;
                case RENEW:
                    parties.forEach(c -> join(state(states, c, e), e));
                    for (String c : e.excluded()) {
                        leave(state(states, c, e), e);
                    }
                    if (!parties.isEmpty()) {
                        for (Map.Entry<String, State> s : states.entrySet()) {
                            if (!parties.contains(s.getKey())
                                    && (MEMBER.equals(s.getValue().status) || FORMER.equals(s.getValue().status))) {
                                leave(s.getValue(), e);
                            }
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        return states;
    }

    private Effect effect(Event e) {
        EventLexicon.TypeEntry t = lex.type(e.eventType());
        if (!t.membershipWords().isEmpty() && t.membershipWords().stream().noneMatch(w -> e.quote().contains(w))) {
            return Effect.NONE;
        }
        return t.effect();
    }

    private static State state(Map<String, State> states, String iso, Event e) {
        State s = states.computeIfAbsent(iso, k -> new State());
        if (s.nameKo == null) {
            int k = e.countries().indexOf(iso);
            if (k >= 0 && !e.countriesKo().get(k).isEmpty()) {
                s.nameKo = e.countriesKo().get(k);
            }
        }
        return s;
    }

    private static void join(State s, Event e) {
        change(s, MEMBER, e, true);
    }

    private static void leave(State s, Event e) {
        if (s.status == null || MEMBER.equals(s.status) || SUSPENDED.equals(s.status) || FORMER.equals(s.status)) {
            change(s, FORMER, e, true);
        }
    }

    /** Applies a status change, or makes a more precise statement of the same change its proof. */
    private static void change(State s, String status, Event e, boolean dated) {
        if (status.equals(s.status)) {
            Event prev = s.since;
            if (within(e, prev) && e.precision().ordinal() < prev.precision().ordinal()) {
                if (s.firstJoined == prev) {
                    s.firstJoined = e;
                }
                if (s.left == prev) {
                    s.left = e;
                }
                s.since = e;
                s.history.set(s.history.size() - 1, entry(status, e));
            }
            return;
        }
        s.status = status;
        s.since = e;
        s.history.add(entry(status, e));
        if (dated && MEMBER.equals(status) && s.firstJoined == null) {
            s.firstJoined = e;
        }
        if (dated && FORMER.equals(status)) {
            s.left = e;
        }
    }

    private static boolean within(Event inner, Event outer) {
        return !inner.dateStart().isBefore(outer.dateStart()) && !inner.dateEnd().isAfter(outer.dateEnd());
    }

    private static String entry(String status, Event e) {
        String d = e.precision().ordinal() == 0 ? e.dateStart().toString()
                : e.precision().ordinal() == 1 ? e.dateStart().toString().substring(0, 7)
                : e.dateStart().toString().substring(0, 4);
        return status + " " + d + " (" + e.eventId() + ")";
    }
}
