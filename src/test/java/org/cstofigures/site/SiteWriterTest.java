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
import org.cstofigures.config.ReleaseMetadata;
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
        return new Release(meta(), List.of(src), List.of(figures, mentions, sources), findings,
                Map.of("decisions", List.of()), Map.of("pipeline_version", "t"), Map.of(SRC, text));
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
