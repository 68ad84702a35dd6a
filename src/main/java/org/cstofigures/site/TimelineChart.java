package org.cstofigures.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The membership timeline: one lane per country of the members table, a span per status from the change that
 * began it to the next change or to the as-of date (the source's publication date), coloured by status with the
 * Okabe–Ito palette of {@link BarChart}. A date known only to the month or year is drawn as what it is: the span
 * starts with a hatched window covering that month or year (at least {@link #MIN_WINDOW} px wide, so that a month
 * stays visible), and turns solid only where the status certainly holds. Every span links to the row of the
 * events table that proves its start; a country's name links to its row of the members table.
 */
final class TimelineChart {

    static final String ID = "membership";

    private static final int WIDTH = 900;
    private static final int LABEL_W = 230;
    private static final int RIGHT = 24;
    private static final int LANE_H = 28;
    private static final int BAR_H = 14;
    private static final double MIN_WINDOW = 6;

    private TimelineChart() {
    }

    /** The chart, or null when the release has no member with a dated history. */
    static Chart chart(SiteData d, String sourceLine) {
        List<Membership.Lane> lanes = Membership.lanes(d.members, d.events);
        if (lanes.isEmpty()) {
            return null;
        }
        List<String> statuses = Membership.statuses(d.memberStatuses, lanes);
        LocalDate asOf = Membership.asOf(lanes);
        String title = "Membership timeline: who was a party when";
        String sub = "Each country " + (d.sources().size() == 1 ? "the source names" : "the sources name")
                + ", by status, from each change of status the source dates to the publication date (" + asOf
                + "); time in years. A hatched start: the date is known only to the month or year (hatched over"
                + " that month or year, at least " + (int) MIN_WINDOW + " px wide). Click a span for the event that"
                + " proves it.";
        String events = d.eventsPage == null ? null : "../" + d.eventsPage + "#";
        String members = d.membersPage == null ? null : "../" + d.membersPage + "#";
        String svg = svg(lanes, statuses, asOf, title, sub, sourceLine, events, members);
        List<List<String>> rows = new ArrayList<>();
        for (Membership.Lane l : lanes) {
            for (int i = 0; i < l.changes().size(); i++) {
                Membership.Change c = l.changes().get(i);
                Membership.Change n = l.next(i);
                rows.add(List.of(l.iso3(), l.name(), c.status(), c.asStated(), c.precision(), c.event(),
                        n == null ? "as of " + l.asOf() + " (publication date)" : n.asStated(),
                        n == null ? "" : n.precision(), n == null ? "" : n.event()));
            }
        }
        String ev = d.eventsPage == null ? "" : d.eventsPage + "#";
        String mem = d.membersPage == null ? "" : d.membersPage + "#";
        return new Chart(ID, title, sub, sourceLine, svg, List.of("country", "name", "status", "from (as stated)",
                "from: precision", "from: event", "until (as stated)", "until: precision", "until: event"),
                List.of(mem, "", "", "", "", ev, "", "", ev), rows);
    }

    private static String svg(List<Membership.Lane> lanes, List<String> statuses, LocalDate asOf, String title,
            String subtitle, String source, String events, String members) {
        int y0 = lanes.get(0).changes().get(0).from().getYear();
        for (Membership.Lane l : lanes) {
            y0 = Math.min(y0, l.changes().get(0).from().getYear());
        }
        int y1 = asOf.getYear() + 1;
        Axis axis = new Axis(LocalDate.of(y0, 1, 1).toEpochDay(), LocalDate.of(y1, 1, 1).toEpochDay());
        List<String> subLines = BarChart.wrap(subtitle, 120);
        List<String> present = new ArrayList<>();
        for (String s : statuses) {
            if (lanes.stream().anyMatch(l -> l.changes().stream().anyMatch(c -> c.status().equals(s)))) {
                present.add(s);
            }
        }
        StringBuilder legend = new StringBuilder();
        int legendY = 46 + 18 * subLines.size() + 4;
        int lx = 8;
        for (String s : present) {
            int w = 22 + 7 * s.length() + 18;
            if (lx + w > WIDTH - 8) {
                lx = 8;
                legendY += 20;
            }
            legend.append("<rect x=\"").append(lx).append("\" y=\"").append(legendY).append("\" width=\"14\"")
                    .append(" height=\"14\" fill=\"").append(colour(statuses, s)).append("\"/>")
                    .append("<text x=\"").append(lx + 20).append("\" y=\"").append(legendY + 12)
                    .append("\" fill=\"#111111\">").append(Html.esc(s)).append("</text>\n");
            lx += w;
        }
        String hatchLabel = "date known only to the month or year";
        String pubLabel = "publication date";
        if (lx + 22 + 7 * hatchLabel.length() + 18 + 30 + 7 * pubLabel.length() > WIDTH - 8) {
            lx = 8;
            legendY += 20;
        }
        legend.append("<rect x=\"").append(lx).append("\" y=\"").append(legendY).append("\" width=\"14\"")
                .append(" height=\"14\" fill=\"url(#").append(ID).append("-hatch-legend)\" stroke=\"#444444\"/>")
                .append("<text x=\"").append(lx + 20).append("\" y=\"").append(legendY + 12)
                .append("\" fill=\"#111111\">").append(Html.esc(hatchLabel)).append("</text>\n");
        lx += 22 + 7 * hatchLabel.length() + 18;
        legend.append("<line x1=\"").append(lx + 7).append("\" y1=\"").append(legendY - 1).append("\" x2=\"")
                .append(lx + 7).append("\" y2=\"").append(legendY + 15).append("\" stroke=\"#111111\"")
                .append(" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/><text x=\"").append(lx + 20).append("\" y=\"")
                .append(legendY + 12).append("\" fill=\"#111111\">").append(Html.esc(pubLabel)).append("</text>\n");

        int top = legendY + 46;
        int plotBottom = top + lanes.size() * LANE_H;
        int height = plotBottom + 74;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-labelledby=\"").append(ID).append("-t ").append(ID).append("-d\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif\"")
                .append(" font-size=\"13\" class=\"chart\">\n");
        s.append("<title id=\"").append(ID).append("-t\">").append(Html.esc(title)).append("</title>\n");
        s.append("<desc id=\"").append(ID).append("-d\">").append(Html.esc(subtitle + " " + source))
                .append("</desc>\n<defs>");
        hatch(s, ID + "-hatch-legend", "#444444");
        for (String st : present) {
            hatch(s, ID + "-hatch-" + statuses.indexOf(st), colour(statuses, st));
        }
        s.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append("<text x=\"8\" y=\"24\" font-size=\"17\" font-weight=\"700\" fill=\"#111111\">")
                .append(Html.esc(title)).append("</text>\n");
        for (int i = 0; i < subLines.size(); i++) {
            s.append("<text x=\"8\" y=\"").append(46 + 18 * i).append("\" fill=\"#333333\">")
                    .append(Html.esc(subLines.get(i))).append("</text>\n");
        }
        s.append(legend);
        int step = axis.step();
        for (int y = y0; y <= y1; y++) {
            boolean labelled = y % step == 0 || y == y0 && (step - y0 % step) * 2 > step;
            if (!labelled && y != y0 && y != y1) {
                continue;
            }
            double x = axis.x(LocalDate.of(y, 1, 1));
            s.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(top - 6).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#dddddd\"/>\n");
            if (labelled) {
                s.append("<text x=\"").append(f(x)).append("\" y=\"").append(plotBottom + 16)
                        .append("\" text-anchor=\"middle\" fill=\"#333333\" font-size=\"11\">").append(y)
                        .append("</text>\n");
            }
        }
        s.append("<text x=\"").append(LABEL_W + (WIDTH - LABEL_W - RIGHT) / 2).append("\" y=\"")
                .append(plotBottom + 34).append("\" text-anchor=\"middle\" fill=\"#333333\" font-size=\"12\">")
                .append("year (gridlines at 1 January)</text>\n");
        double xp = axis.x(asOf.plusDays(1));
        s.append("<line x1=\"").append(f(xp)).append("\" y1=\"").append(top - 14).append("\" x2=\"").append(f(xp))
                .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#111111\" stroke-width=\"1.5\"")
                .append(" stroke-dasharray=\"3 3\"/>\n<text x=\"").append(f(xp)).append("\" y=\"").append(top - 17)
                .append("\" text-anchor=\"end\" fill=\"#111111\" font-size=\"11\">as of ").append(asOf)
                .append("</text>\n");
        int y = top;
        for (Membership.Lane l : lanes) {
            lane(s, l, statuses, axis, y, events, members);
            y += LANE_H;
        }
        s.append("<text x=\"8\" y=\"").append(height - 14).append("\" fill=\"#333333\" font-size=\"11\">")
                .append(Html.esc(source)).append("</text>\n</svg>\n");
        return s.toString();
    }

    private static void lane(StringBuilder s, Membership.Lane l, List<String> statuses, Axis axis, int y,
            String events, String members) {
        String label = l.name() + " (" + l.status() + ")";
        s.append("<g class=\"lane\" data-iso3=\"").append(Html.esc(l.iso3())).append("\">");
        if (members != null) {
            s.append("<a href=\"").append(Html.esc(members + l.iso3())).append("\">");
        }
        s.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 19)
                .append("\" text-anchor=\"end\" fill=\"#111111\">").append(Html.esc(label)).append("</text>");
        s.append(members != null ? "</a>\n" : "\n");
        int by = y + (LANE_H - BAR_H) / 2 + 1;
        for (int i = 0; i < l.changes().size(); i++) {
            Membership.Change c = l.changes().get(i);
            Membership.Change n = l.next(i);
            String colour = colour(statuses, c.status());
            double xs = axis.x(c.from());
            double xw = "day".equals(c.precision()) ? xs : Math.max(xs + MIN_WINDOW, axis.x(c.fromLast().plusDays(1)));
            double xe = n == null ? axis.x(l.asOf().plusDays(1)) : axis.x(n.from());
            String what = l.name() + ": " + c.status() + " from " + c.asStated()
                    + ("day".equals(c.precision()) ? "" : " (known to the " + c.precision() + ")")
                    + (n == null ? " to the publication date " + l.asOf() : " until " + n.asStated())
                    + "; proved by event " + c.event() + (n == null ? "" : ", ended by event " + n.event());
            if (events != null) {
                s.append("<a href=\"").append(Html.esc(events + c.event())).append("\" aria-label=\"")
                        .append(Html.esc(what)).append("\">");
            } else {
                s.append("<g>");
            }
            s.append("<title>").append(Html.esc(what)).append("</title>");
            if (xw > xs) {
                s.append("<rect class=\"mark uncertain\" x=\"").append(f(xs)).append("\" y=\"").append(by)
                        .append("\" width=\"").append(f(xw - xs)).append("\" height=\"").append(BAR_H)
                        .append("\" fill=\"url(#").append(ID).append("-hatch-").append(statuses.indexOf(c.status()))
                        .append(")\" stroke=\"").append(colour).append("\" stroke-width=\"1\"/>");
            }
            if (xe > xw) {
                s.append("<rect class=\"mark\" data-status=\"").append(Html.esc(c.status())).append("\" x=\"")
                        .append(f(xw)).append("\" y=\"").append(by).append("\" width=\"").append(f(xe - xw))
                        .append("\" height=\"").append(BAR_H).append("\" fill=\"").append(colour).append("\"/>");
            }
            s.append(events != null ? "</a>\n" : "</g>\n");
        }
        s.append("</g>\n");
    }

    private static void hatch(StringBuilder s, String id, String colour) {
        s.append("<pattern id=\"").append(id).append("\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"/></pattern>");
    }

    private static String colour(List<String> statuses, String status) {
        return BarChart.PALETTE.get(Math.floorMod(statuses.indexOf(status), BarChart.PALETTE.size()));
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Days since the epoch to x: the plot runs from 1 January of the first year to 1 January after the last. */
    private record Axis(long from, long to) {

        double x(LocalDate d) {
            double w = WIDTH - LABEL_W - RIGHT;
            return LABEL_W + (d.toEpochDay() - from) * w / Math.max(1, to - from);
        }

        /** Years between labelled gridlines (at multiples of it): 1, 2, 5, 10 … so that there are at most 12. */
        int step() {
            double years = (to - from) / 365.25;
            for (int s : new int[] {1, 2, 5, 10, 20, 50, 100}) {
                if (years / s <= 12) {
                    return s;
                }
            }
            return 100;
        }
    }
}
