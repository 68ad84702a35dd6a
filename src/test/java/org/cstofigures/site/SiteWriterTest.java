package org.cstofigures.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.events.EventTables;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Tables;
import org.cstofigures.validate.FindingsTable;
import org.cstofigures.publish.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site is written from the release's tables and nothing else: a value, subject or decision that is only in
 * the fixture appears on the pages, mentions are marked at their exact spans, and a release with no figures or
 * no source text still gives a working site.
 */
class SiteWriterTest {

    private static final String SRC = "fixture-src";

    private static ReleaseMetadata meta() {
        return new ReleaseMetadata("fixture", "Fixture figures", "Figures for the site tests.", "1.2.3",
                new ReleaseMetadata.Licence("CC-BY-4.0", "Creative Commons Attribution 4.0",
                        "https://creativecommons.org/licenses/by/4.0/"),
                new ReleaseMetadata.Licence("Apache-2.0", "Apache License 2.0",
                        "https://www.apache.org/licenses/LICENSE-2.0"),
                List.of("test"), LocalDate.of(2026, 1, 2), List.of(new ReleaseMetadata.Contributor("t", "author")),
                "Fixture team (2026).", null);
    }

    private static List<Object> row(List<Column> cols, Map<String, Object> cells) {
        List<Object> r = new ArrayList<>();
        for (Column c : cols) {
            r.add(cells.get(c.name()));
        }
        for (String k : cells.keySet()) {
            assertTrue(cols.stream().anyMatch(c -> c.name().equals(k)), "no column " + k);
        }
        return r;
    }

    /** A release with one seizure of {@code value} kg stated "at least", mentioned on line 2 of the text. */
    private static Release release(BigDecimal value, String text, int start, String surface) {
        return release(value, text, start, surface, List.of());
    }

    /** The same release with more tables (members, events). */
    private static Release release(BigDecimal value, String text, int start, String surface, List<Table> more) {
        Source src = new Source(SRC, "x.txt", "ab", 10, "시험 문서", "ko", "ru", LocalDate.of(2019, 1, 1), "pub",
                LocalDate.of(2026, 1, 1), null, "rights", "notes");
        Table figures = new Table("figures", "Figures", "facts", Tables.FIGURES.schema(), List.of(row(Tables.FIGURES.schema(),
                Map.ofEntries(Map.entry("figure_id", "f-aaa"), Map.entry("category", "seizure"),
                        Map.entry("subject", "zebra powder"), Map.entry("subject_ko", "얼룩말 가루"),
                        Map.entry("operation", "Op"), Map.entry("value", value), Map.entry("value_low", value),
                        Map.entry("unit", "kg"), Map.entry("qualifier", "at_least"), Map.entry("as_written", surface),
                        Map.entry("as_written_value", value), Map.entry("status", "extracted"),
                        Map.entry("mention_count", 1), Map.entry("source_id", SRC), Map.entry("first_line", 2),
                        Map.entry("period_start", LocalDate.of(2018, 1, 1)),
                        Map.entry("period_end", LocalDate.of(2018, 12, 31)),
                        Map.entry("quote", text.split("\n")[1])))), List.of("figure_id"), List.of());
        Table mentions = new Table("mentions", "Mentions", "spans", Tables.MENTIONS.schema(), List.of(row(Tables.MENTIONS.schema(),
                Map.ofEntries(Map.entry("mention_id", "m-aaa"), Map.entry("figure_id", "f-aaa"),
                        Map.entry("source_id", SRC), Map.entry("line", 2), Map.entry("char_start", start),
                        Map.entry("char_end", start + surface.codePointCount(0, surface.length())),
                        Map.entry("surface", surface), Map.entry("sentence", text.split("\n")[1]),
                        Map.entry("value", value), Map.entry("unit", "kg"), Map.entry("qualifier", "at_least"),
                        Map.entry("category", "seizure"), Map.entry("subject", "zebra powder"),
                        Map.entry("subject_ko", "얼룩말 가루"), Map.entry("rule", "r")))), List.of("mention_id"),
                List.of());
        Table sources = new Table("sources", "Sources", "docs", Tables.SOURCES.schema(), List.of(), List.of(), List.of());
        Table findings = new Table("findings", "Findings", "found", FindingsTable.DEFINITION.schema(), List.of(), List.of(), List.of());
        List<Table> tables = new ArrayList<>(List.of(figures, mentions, sources));
        tables.addAll(more);
        return new Release(meta(), List.of(src), tables, findings,
                Map.of("decisions", List.of()), Map.of("pipeline_version", "t"), Map.of(SRC, text));
    }

    /** One made-up status change: status, first day of its date, precision and proving event. */
    private record Step(String status, LocalDate date, String precision, String event) {

        String written() {
            return precision.equals("year") ? String.valueOf(date.getYear())
                    : precision.equals("month") ? date.toString().substring(0, 7) : date.toString();
        }
    }

    /** A made-up country: code, name, its steps in date order. */
    private record Country(String iso3, String name, List<Step> steps) {

        String status() {
            return steps.get(steps.size() - 1).status();
        }
    }

    private static LocalDate randomDate(Random random, int fromYear, String precision) {
        LocalDate d = LocalDate.of(fromYear + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return precision.equals("year") ? d.withDayOfYear(1) : precision.equals("month") ? d.withDayOfMonth(1) : d;
    }

    /** Made-up countries with seeded random statuses, dates and precisions; none is a real country. */
    private static List<Country> countries(Random random) {
        List<String> precisions = List.of("day", "month", "year");
        List<Country> out = new ArrayList<>();
        int n = 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String iso = "Q" + (char) ('A' + i) + (char) ('A' + random.nextInt(26));
            String name = "Zebraland " + (1000 + random.nextInt(9000));
            List<Step> steps = new ArrayList<>();
            if (i == n - 1) {
                steps.add(new Step("observer", randomDate(random, 1990, "day"), "day",
                        "e-" + Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))));
            } else {
                String p = precisions.get(random.nextInt(3));
                steps.add(new Step("member", randomDate(random, 1950, p), p,
                        "e-" + Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))));
                if (i % 2 == 1) {
                    String q = precisions.get(random.nextInt(3));
                    steps.add(new Step(i % 4 == 1 ? "suspended" : "former", randomDate(random, 1970, q), q,
                            "e-" + Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))));
                }
            }
            out.add(new Country(iso, name, steps));
        }
        return out;
    }

    private static List<Table> membership(List<Country> countries, LocalDate asOf) {
        List<List<Object>> members = new ArrayList<>();
        List<List<Object>> events = new ArrayList<>();
        for (Country c : countries) {
            List<String> history = new ArrayList<>();
            for (Step st : c.steps()) {
                history.add(st.status() + " " + st.written() + " (" + st.event() + ")");
                LocalDate end = st.precision().equals("year") ? st.date().withDayOfYear(st.date().lengthOfYear())
                        : st.precision().equals("month") ? st.date().withDayOfMonth(st.date().lengthOfMonth())
                        : st.date();
                events.add(row(EventTables.EVENTS.schema(), Map.ofEntries(Map.entry("event_id", st.event()),
                        Map.entry("date_start", st.date()), Map.entry("date_end", end),
                        Map.entry("date_precision", st.precision()), Map.entry("event_type", "joined"),
                        Map.entry("countries", c.iso3()), Map.entry("title", "Joined"), Map.entry("title_ko", "가입"),
                        Map.entry("status", "extracted"), Map.entry("mention_count", 1), Map.entry("lines", "2"),
                        Map.entry("source_id", SRC), Map.entry("line", 2), Map.entry("char_start", 0),
                        Map.entry("char_end", 1), Map.entry("quote", "가입"), Map.entry("rule", "clause"))));
            }
            Step last = c.steps().get(c.steps().size() - 1);
            members.add(row(EventTables.MEMBERS.schema(), Map.ofEntries(Map.entry("iso3", c.iso3()),
                    Map.entry("name", c.name()), Map.entry("status", c.status()),
                    Map.entry("status_since", last.date()), Map.entry("status_event", last.event()),
                    Map.entry("history", String.join("; ", history)), Map.entry("as_of", asOf))));
        }
        return List.of(new Table("events", "Events", "dated", EventTables.EVENTS.schema(), events, List.of("event_id"),
                List.of()), new Table("members", "Members", "parties", EventTables.MEMBERS.schema(), members, List.of("iso3"),
                List.of()));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void pagesShowTheValuesOfTheTablesTheyAreGiven(@TempDir Path tmp) throws IOException {
        Random random = new Random(20261130);
        for (int i = 0; i < 5; i++) {
            BigDecimal value = BigDecimal.valueOf(1000 + random.nextInt(9_000_000));
            String surface = value + "킬로그램 이상";
            String text = "첫 줄\r\n압수된 것은 " + surface + "입니다.\n셋째 줄";
            Path dir = tmp.resolve("r" + i);
            Files.createDirectories(dir);
            List<String> written = new SiteWriter().write(release(value, text, 3 + 2 + 7, surface), dir);
            assertTrue(written.contains("site/index.html"), written.toString());
            String explorer = Files.readString(dir.resolve("site/figures.html"));
            assertTrue(explorer.contains("<data value=\"" + value.toPlainString() + "\">at least "
                    + Html.num(value) + " kg"), "the explorer shows " + value);
            String index = Files.readString(dir.resolve("site/index.html"));
            assertTrue(index.contains("href=\"figures.html#f-aaa\""), "a headline card links to the row");
            String source = Files.readString(dir.resolve("site/source-fixture-src.html"));
            assertTrue(source.contains("<li id=\"L2\"><a class=\"ln\" href=\"#L2\" aria-label=\"line 2\">2</a><span"
                    + " class=\"t\">압수된 것은 <a class=\"m\" id=\"m-aaa\" href=\"figures.html#f-aaa\""),
                    "line 2 marks the mention at its span");
            assertTrue(source.contains("<mark>" + surface + "</mark>"));
            assertTrue(source.contains("<li id=\"L3\">"), "line 3 after a \\n, line 2 after a \\r\\n");
            String svg = Files.readString(dir.resolve("site/charts/forces.svg").getParent()
                    .resolve("categories.svg"));
            assertTrue(svg.contains("class=\"mark\""));
        }
    }

    @Test
    void theMembershipTimelineShowsTheMembersAndEventsItIsGiven(@TempDir Path tmp) throws IOException {
        Random random = new Random(20261130L * 7);
        Pattern window = Pattern.compile("<rect class=\"mark uncertain\" x=\"([0-9.]+)\" y=\"[0-9]+\" width=\"([0-9.]+)\"");
        for (int i = 0; i < 5; i++) {
            List<Country> countries = countries(random);
            LocalDate asOf = LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Path dir = tmp.resolve("m" + i);
            Files.createDirectories(dir);
            List<String> written = new SiteWriter().write(release(BigDecimal.ONE, "a\nb 1킬로그램 이상\n", 4,
                    "1킬로그램 이상", membership(countries, asOf)), dir);
            assertTrue(written.contains("site/charts/membership.svg"), written.toString());
            String svg = Files.readString(dir.resolve("site/charts/membership.svg"));
            String charts = Files.readString(dir.resolve("site/charts.html"));
            String index = Files.readString(dir.resolve("site/index.html"));
            int steps = 0;
            int imprecise = 0;
            for (Country c : countries) {
                assertTrue(svg.contains("<a href=\"../table-members.html#" + c.iso3() + "\"><text"),
                        "the lane of " + c.iso3() + " links to its members row");
                assertTrue(svg.contains(">" + c.name() + " (" + c.status() + ")</text>"), c.name());
                for (int k = 0; k < c.steps().size(); k++) {
                    Step st = c.steps().get(k);
                    steps++;
                    imprecise += st.precision().equals("day") ? 0 : 1;
                    assertTrue(svg.contains("<a href=\"../table-events.html#" + st.event() + "\""),
                            "the span of " + c.iso3() + " from " + st.written() + " links to its event");
                    String until = k + 1 < c.steps().size() ? c.steps().get(k + 1).written()
                            : "as of " + asOf + " (publication date)";
                    String untilEvent = k + 1 < c.steps().size() ? "<a href=\"table-events.html#"
                            + c.steps().get(k + 1).event() + "\">" + c.steps().get(k + 1).event() + "</a>" : "";
                    assertTrue(charts.contains("<tr><th scope=\"row\"><a href=\"table-members.html#" + c.iso3()
                            + "\">" + c.iso3() + "</a></th><td>" + c.name() + "</td><td>" + st.status() + "</td><td>"
                            + st.written() + "</td><td>" + st.precision() + "</td><td><a href=\"table-events.html#"
                            + st.event() + "\">" + st.event() + "</a></td><td>" + until + "</td>"),
                            "the chart's table has " + c.iso3() + " " + st.status() + " from " + st.written());
                    assertTrue(untilEvent.isEmpty() || charts.contains(untilEvent));
                }
            }
            assertEquals(imprecise, count(svg, "class=\"mark uncertain\""),
                    "one hatched window per date known only to the month or year");
            assertTrue(count(svg, "class=\"mark") >= steps, "a mark per span");
            // a window is never drawn under 6 px wide, so that a month stays visible
            Matcher m = window.matcher(svg);
            while (m.find()) {
                assertTrue(Double.parseDouble(m.group(2)) >= 6, "a window drawn " + m.group(2) + " px wide");
            }
            assertTrue(svg.contains("as of " + asOf), "the publication date is drawn");
            List<String> members = countries.stream().filter(c -> c.status().equals("member")).map(Country::name)
                    .sorted().toList();
            assertTrue(index.contains("As of " + asOf + ", the source names " + members.size() + " member states: "),
                    "the overview answers who is in it");
            for (Country c : countries) {
                assertTrue(index.contains("<a href=\"table-members.html#" + c.iso3() + "\">" + c.name() + "</a>"),
                        "the overview names " + c.name());
            }
            long suspended = countries.stream().filter(c -> c.status().equals("suspended")).count();
            assertEquals(suspended > 0, index.contains("; suspended (" + suspended + "): "), "suspended");
            assertTrue(index.contains("href=\"charts.html#membership\""), "the overview links the timeline");
        }
    }

    @Test
    void aChangeStandsForTheWholeMonthOrYearItsDateNames() {
        Row member = new Row(Map.of("iso3", "QQA", "name", "Q", "status", "former", "as_of", "2019-09-06",
                "history", "member 1993-09 (e-1); former 1999 (e-2); member 2004-02-29 (e-3)"));
        Row event = new Row(Map.of("event_id", "e-2", "date_start", "1999-04-01", "date_precision", "month"));
        List<Membership.Lane> lanes = Membership.lanes(List.of(member), List.of(event));
        List<Membership.Change> c = lanes.get(0).changes();
        assertEquals(new Membership.Change("member", LocalDate.of(1993, 9, 1), LocalDate.of(1993, 9, 30), "month",
                "e-1"), c.get(0), "no event row: the history's own date and precision");
        assertEquals(new Membership.Change("former", LocalDate.of(1999, 4, 1), LocalDate.of(1999, 4, 30), "month",
                "e-2"), c.get(1), "the event's date and precision prove the change");
        assertEquals(LocalDate.of(2004, 2, 29), c.get(2).fromLast());
        assertEquals("1993-09", c.get(0).asStated());
        assertEquals(null, lanes.get(0).next(2));
        assertEquals(List.of(), Membership.lanes(List.of(new Row(Map.of("iso3", "QQB", "history", "x",
                "as_of", "2019-01-01"))), List.of()), "a history without a dated change gives no lane");
    }

    @Test
    void aSpanThatDoesNotMatchItsSurfaceIsNotMarked(@TempDir Path tmp) throws IOException {
        String text = "a\nxx 12톤 yy\n";
        Release r = release(BigDecimal.TEN, text, 2 + 1, "12톤");
        new SiteWriter().write(r, tmp);
        String source = Files.readString(tmp.resolve("site/source-fixture-src.html"));
        assertFalse(source.contains("class=\"m\""), "an offset one off must not mark the wrong characters");
    }

    @Test
    void aReleaseWithoutFiguresOrTextsStillGivesASite(@TempDir Path tmp) throws IOException {
        Table empty = new Table("figures", "Figures", "none", Tables.FIGURES.schema(), List.of(), List.of(), List.of());
        Table findings = new Table("findings", "Findings", "none", FindingsTable.DEFINITION.schema(), List.of(), List.of(), List.of());
        Release r = new Release(meta(), List.of(), List.of(empty), findings, "no report", Map.of());
        List<String> written = new SiteWriter().write(r, tmp);
        assertTrue(written.contains("site/figures.html"));
        assertTrue(Files.readString(tmp.resolve("site/figures.html")).contains("0 of 0 figures"));
        assertFalse(written.stream().anyMatch(f -> f.startsWith("site/source-")), written.toString());
        assertFalse(written.contains("site/charts/membership.svg"), "no members, no timeline");
        assertFalse(Files.readString(tmp.resolve("site/index.html")).contains("Who is in it?"));
    }

    @Test
    void valuesInWords() {
        assertEquals("12,000 kg (12 t)", Words.amount(new BigDecimal("12000"), "kg"));
        assertEquals("at least ", Words.prefix("at_least"));
        assertEquals("345,207", Html.num(new BigDecimal("345207")));
        assertEquals("-1,234.5", Html.num(new BigDecimal("-1234.50")));
        assertEquals("&lt;b&gt; &amp; &quot;", Html.esc("<b> & \""));
    }
}
