package org.cstofigures.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Table;

/**
 * The release as the pages read it: figure rows, and for each figure its mentions, validation findings and the
 * editor's decisions, and the members and events, all taken from the published tables and the validation report.
 */
final class SiteData {

    /**
     * The most rows a page lists (the explorer's figures, a table page's rows): a page of a million rows is of
     * no use to a reader and does not fit a browser; beyond it a page lists the first rows and links to the files
     * that hold them all.
     */
    static final int MAX_ROWS = 2_000;
    /** The most lines of a source its page shows, for the same reason. */
    static final int MAX_SOURCE_LINES = 2_000;

    final Release release;
    /** Every figure, by source and line (headlines, charts and counts are over all of them). */
    final List<Row> figures;
    /** The figures the explorer lists: the first {@link #MAX_ROWS} of {@link #figures}. */
    final List<Row> shownFigures;
    /** The members and events tables' rows (empty when the release has none) and their table pages. */
    final List<Row> members;
    final List<Row> events;
    final String membersPage;
    final String eventsPage;
    /** The vocabulary of members.status, in the table definition's order (it decides the colours). */
    final List<String> memberStatuses;
    final Map<String, List<Row>> mentionsByFigure = new LinkedHashMap<>();
    final Map<String, List<Row>> mentionsBySourceLine = new LinkedHashMap<>();
    final Map<String, List<Row>> findingsByFigure = new LinkedHashMap<>();
    final Map<String, List<JsonNode>> decisionsByFigure = new LinkedHashMap<>();
    final List<JsonNode> decisions = new ArrayList<>();

    SiteData(Release release) {
        this.release = release;
        this.figures = Headlines.sortedByLine(rows(release, "figures"));
        this.shownFigures = figures.subList(0, Math.min(MAX_ROWS, figures.size()));
        this.members = rows(release, "members");
        this.events = rows(release, "events");
        this.membersPage = page(release, "members");
        this.eventsPage = page(release, "events");
        this.memberStatuses = statuses(release);
        // the mentions of the figures the explorer lists and of the source lines the source pages show
        Set<String> shown = new HashSet<>();
        shownFigures.forEach(f -> shown.add(f.text("figure_id")));
        for (Row m : rows(release, "mentions")) {
            String figure = m.text("figure_id");
            if (shown.contains(figure)) {
                mentionsByFigure.computeIfAbsent(figure, k -> new ArrayList<>()).add(m);
            }
            if (m.integer("line") <= MAX_SOURCE_LINES) {
                mentionsBySourceLine.computeIfAbsent(m.text("source_id") + "#" + m.text("line"),
                        k -> new ArrayList<>()).add(m);
            }
        }
        for (Row f : Row.of(release.findings())) {
            findingsByFigure.computeIfAbsent(f.text("figure_id"), k -> new ArrayList<>()).add(f);
        }
        for (JsonNode d : decisions(release.validationReport())) {
            decisions.add(d);
            decisionsByFigure.computeIfAbsent(d.path("figure_id").asText(""), k -> new ArrayList<>()).add(d);
        }
    }

    /** The report's decisions, read without turning the whole report (every finding) into a JSON tree. */
    private static JsonNode decisions(Object report) {
        if (report instanceof Map<?, ?> m) {
            Object decisions = m.get("decisions");
            return decisions == null ? MissingNode.getInstance() : YamlFiles.jsonMapper().valueToTree(decisions);
        }
        return YamlFiles.jsonMapper().valueToTree(report).path("decisions");
    }

    /** True when a page cannot list all {@code rows}. */
    static boolean capped(int rows) {
        return rows > MAX_ROWS;
    }

    private static List<Row> rows(Release release, String table) {
        for (Table t : release.tables()) {
            if (t.name().equals(table)) {
                return Row.of(t);
            }
        }
        return List.of();
    }

    private static List<String> statuses(Release release) {
        for (Table t : release.tables()) {
            if (t.name().equals("members")) {
                for (Column c : t.columns()) {
                    if (c.name().equals("status")) {
                        return c.enumValues();
                    }
                }
            }
        }
        return List.of();
    }

    /** The file of a table's page, or null when the release has no such table. */
    private static String page(Release release, String table) {
        for (Table t : release.tables()) {
            if (t.name().equals(table)) {
                return TablePages.file(t);
            }
        }
        return null;
    }

    String sourceText(String sourceId) {
        return release.sourceTexts().get(sourceId);
    }

    List<Source> sources() {
        return release.sources();
    }

    /** The source viewer's file for a source. */
    static String sourcePage(String sourceId) {
        return "source-" + Html.slug(sourceId) + ".html";
    }

    /** A link to a line of a source, or null when the source text is not part of the site. */
    String lineLink(String sourceId, String line) {
        return release.sourceTexts().containsKey(sourceId) ? sourcePage(sourceId) + "#L" + line : null;
    }
}
