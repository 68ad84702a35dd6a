package org.cstofigures.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who was a party when, read from the members table (each country's {@code history}: status, date and event id of
 * every change) and the events table (the date and precision of each proving event): one lane per country, each
 * change with the window its date stands for (a day, a month or a year). Nothing here knows a country or a date.
 */
final class Membership {

    /** "member 1993-09 (e-d312204971ee)": status, date at its precision, event id. */
    private static final Pattern ENTRY = Pattern.compile("(\\S+) (\\d{4}(?:-\\d{2}(?:-\\d{2})?)?) \\(([^)\\s]+)\\)");

    /**
     * One status change: the status, the first and last day its date can mean (equal for a day), the date's
     * precision (day, month, year) and the event that proves it.
     */
    record Change(String status, LocalDate from, LocalDate fromLast, String precision, String event) {

        /** The date as the source states it: 1992-05-15, 1993-09 or 1999. */
        String asStated() {
            return "year".equals(precision) ? String.valueOf(from.getYear())
                    : "month".equals(precision) ? from.toString().substring(0, 7) : from.toString();
        }
    }

    /** One country: its code, English and Korean names, current status, changes in date order and as-of date. */
    record Lane(String iso3, String name, String nameKo, String status, List<Change> changes, LocalDate asOf) {

        Lane {
            changes = List.copyOf(changes);
        }

        /** The change after {@code i}, or null when change {@code i} still holds on the as-of date. */
        Change next(int i) {
            return i + 1 < changes.size() ? changes.get(i + 1) : null;
        }
    }

    private Membership() {
    }

    /** The lanes, earliest first change first (then by name); countries whose history gives no date are left out. */
    static List<Lane> lanes(List<Row> members, List<Row> events) {
        Map<String, Row> byId = new HashMap<>();
        for (Row e : events) {
            byId.put(e.text("event_id"), e);
        }
        List<Lane> out = new ArrayList<>();
        for (Row m : members) {
            List<Change> changes = new ArrayList<>();
            for (String part : m.text("history").split(";")) {
                Matcher x = ENTRY.matcher(part.trim());
                if (x.matches()) {
                    changes.add(change(x.group(1), x.group(2), x.group(3), byId.get(x.group(3))));
                }
            }
            if (changes.isEmpty() && m.has("status_since")) {
                Row e = byId.get(m.text("status_event"));
                changes.add(change(m.text("status"), m.text("status_since"), m.text("status_event"), e));
            }
            if (changes.isEmpty() || !m.has("as_of")) {
                continue;
            }
            changes.sort((a, b) -> a.from().compareTo(b.from()));
            out.add(new Lane(m.text("iso3"), m.has("name") ? m.text("name") : m.text("iso3"), m.text("name_ko"),
                    m.text("status"), changes, LocalDate.parse(m.text("as_of"))));
        }
        out.sort((a, b) -> {
            int c = a.changes().get(0).from().compareTo(b.changes().get(0).from());
            return c != 0 ? c : a.name().compareTo(b.name());
        });
        return out;
    }

    /**
     * A change dated by its event's date_start and date_precision when the events table has the event, else by
     * the date as the history writes it (its length gives the precision).
     */
    private static Change change(String status, String written, String eventId, Row event) {
        LocalDate from;
        String precision;
        if (event != null && event.has("date_start") && event.has("date_precision")) {
            from = LocalDate.parse(event.text("date_start"));
            precision = event.text("date_precision");
        } else {
            precision = written.length() == 4 ? "year" : written.length() == 7 ? "month" : "day";
            from = LocalDate.parse(written.length() == 4 ? written + "-01-01"
                    : written.length() == 7 ? written + "-01" : written);
        }
        LocalDate last = "year".equals(precision) ? from.withDayOfYear(from.lengthOfYear())
                : "month".equals(precision) ? from.withDayOfMonth(from.lengthOfMonth()) : from;
        return new Change(status, from, last, precision, eventId);
    }

    /** The latest as-of date of the lanes, or null when there are none. */
    static LocalDate asOf(List<Lane> lanes) {
        LocalDate out = null;
        for (Lane l : lanes) {
            out = out == null || l.asOf().isAfter(out) ? l.asOf() : out;
        }
        return out;
    }

    /** The statuses in the order of the members table's vocabulary, then any other status found, in order. */
    static List<String> statuses(List<String> vocabulary, List<Lane> lanes) {
        List<String> out = new ArrayList<>(vocabulary);
        for (Lane l : lanes) {
            for (Change c : l.changes()) {
                if (!out.contains(c.status())) {
                    out.add(c.status());
                }
            }
        }
        return out;
    }

    /** How a status is named in the overview's sentence: "member states", "observers"; a new status as it is. */
    private static String heading(String status) {
        switch (status) {
            case "member":
                return "member states";
            case "former":
                return "former members";
            case "observer":
                return "observers";
            case "partner":
                return "partners";
            default:
                return status;
        }
    }

    /**
     * "Who is in it?" in one sentence, from the current statuses: "As of 2019-09-06, the source names 6 member
     * states: A, B …; suspended: C; observers: D, E." Names link to their row of the members table. Empty
     * when there are no lanes.
     */
    static String answer(List<Lane> lanes, List<String> statuses, int sources, String membersPage) {
        if (lanes.isEmpty()) {
            return "";
        }
        Map<String, List<Lane>> by = new LinkedHashMap<>();
        for (String s : statuses) {
            by.put(s, new ArrayList<>());
        }
        List<Lane> sorted = new ArrayList<>(lanes);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        for (Lane l : sorted) {
            by.computeIfAbsent(l.status(), k -> new ArrayList<>()).add(l);
        }
        StringBuilder s = new StringBuilder();
        s.append("As of ").append(Html.esc(asOf(lanes))).append(sources == 1 ? ", the source names " : ", the sources name ");
        boolean first = true;
        for (Map.Entry<String, List<Lane>> e : by.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            s.append(first ? "" : "; ");
            if (first) {
                s.append(e.getValue().size()).append(' ').append(Html.esc(heading(e.getKey()))).append(": ");
                first = false;
            } else {
                s.append(Html.esc(heading(e.getKey()))).append(" (").append(e.getValue().size()).append("): ");
            }
            for (int i = 0; i < e.getValue().size(); i++) {
                Lane l = e.getValue().get(i);
                s.append(i == 0 ? "" : ", ");
                if (membersPage != null) {
                    s.append("<a href=\"").append(Html.esc(membersPage)).append('#').append(Html.esc(l.iso3()))
                            .append("\">").append(Html.esc(l.name())).append("</a>");
                } else {
                    s.append(Html.esc(l.name()));
                }
            }
        }
        return s.append('.').toString();
    }
}
