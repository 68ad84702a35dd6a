package org.cstofigures.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.publish.Codebook;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.TableDefinition;
import org.cstofigures.publish.Writers;
import org.junit.jupiter.api.Test;

/**
 * README.md is the readers' manual: its data dictionary (between the markers {@value #BEGIN} and {@value #END},
 * wherever they are in the file) is generated from the table definitions, and its list of downloads from the
 * writers' declarations, and both must be current (regenerate them with
 * {@code mvn -B -q test -Dtest=ReadmeTest -Dreadme.update=true}); its links lead to files that exist, and its
 * analyses are run against the committed output/ with the results shown.
 */
class ReadmeTest {

    static final String BEGIN = "<!-- data-dictionary:begin (generated from the table definitions; see ReadmeTest) -->";
    static final String END = "<!-- data-dictionary:end -->";
    static final String DOWNLOADS_BEGIN = "<!-- downloads:begin (generated from the writers' declarations; see"
            + " ReadmeTest) -->";
    static final String DOWNLOADS_END = "<!-- downloads:end -->";
    private static final Path README = Path.of("README.md");

    @Test
    void dataDictionaryIsGeneratedFromTheTableDefinitions() throws IOException {
        assertCurrent(BEGIN, END, Codebook.markdown(Catalog.definitions()));
    }

    @Test
    void downloadsAreGeneratedFromTheWritersDeclarations() throws IOException {
        assertCurrent(DOWNLOADS_BEGIN, DOWNLOADS_END,
                Writers.markdown(Catalog.definitions().stream().map(TableDefinition::name).toList()));
    }

    /** The text between the markers (wherever they are) is {@code generated}; rewritten with -Dreadme.update=true. */
    private static void assertCurrent(String begin, String end, String generated) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertTrue(from >= 0 && to > from, "README.md has no " + begin + " … " + end + " section");
        assertEquals(-1, readme.indexOf(begin, from + 1), "README.md has two " + begin + " sections");
        String expected = "\n\n" + generated;
        String actual = readme.substring(from + begin.length(), to);
        if (!expected.equals(actual) && Boolean.getBoolean("readme.update")) {
            Files.writeString(README, readme.substring(0, from + begin.length()) + expected + readme.substring(to),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, actual, "README.md's generated section " + begin + " is stale; regenerate it with"
                + " mvn -B -q test -Dtest=ReadmeTest -Dreadme.update=true");
    }

    @Test
    void dataDictionaryListsEveryPublishedColumn() {
        String md = Codebook.markdown(Catalog.definitions());
        for (TableDefinition<?> d : Catalog.definitions()) {
            assertTrue(md.contains("#### " + d.name() + "\n"), d.name());
            for (Column c : d.schema()) {
                String type = c.type().frictionless() + (c.decimal() == null ? "" : ", " + c.decimal().sql());
                assertTrue(md.contains("| `" + c.name() + "` | " + type + " | "
                        + (c.required() ? "yes" : "no") + " | "), d.name() + "." + c.name());
            }
        }
    }

    @Test
    void ciRunsTheDocumentedTestCommand() throws IOException {
        String dev = Files.readString(Path.of("docs/development.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(dev.contains("\nmvn -B verify\n"), "docs/development.md must give the test command");
        assertTrue(ci.contains("\nmvn -B verify\n"), ".ci/run must run the documented test command");
        assertTrue(dev.contains("mvn -B -q package -DskipTests && java -jar target/csto-figures.jar run"));
    }

    /** The first screen is for readers: what the data is, the downloads, no build step. */
    @Test
    void readersFindTheDataAndEveryDownloadFirst() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String first = readme.substring(0, readme.indexOf("## Before you quote a number"));
        assertTrue(first.contains("No Java or build needed"), "says no Java is needed");
        assertTrue(!first.contains("mvn "), "no Maven command before the data");
        Matcher link = Pattern.compile("\\]\\((output/[^)]+)\\)").matcher(first);
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1));
            assertTrue(Files.exists(Path.of(link.group(1))), "README links to a missing file: " + link.group(1));
        }
        for (String table : List.of("figures", "mentions", "sources", "findings")) {
            assertTrue(links.contains("output/csv/" + table + ".csv"), "no download link for " + table);
        }
        assertTrue(links.contains("output/xlsx/csto-figures.xlsx"));
        for (Matcher m = Pattern.compile("\\]\\(((?:docs/|CHANGELOG|CITATION|LICENSE)[^)#]*)").matcher(readme);
                m.find(); ) {
            assertTrue(Files.exists(Path.of(m.group(1))), "README links to a missing file: " + m.group(1));
        }
    }

    /**
     * Every SQL snippet of the README runs in DuckDB against the committed output/, and where a Markdown table
     * follows it, that table is exactly its result (text of each cell; empty for null).
     */
    @Test
    void sqlSnippetsRunAndTheirResultsAreTheTablesShown() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sql\n(.*?)```\n", Pattern.DOTALL).matcher(readme);
        int snippets = 0;
        int checked = 0;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            while (m.find()) {
                snippets++;
                List<String> actual = new ArrayList<>();
                try (java.sql.Statement st = db.createStatement();
                        java.sql.ResultSet rs = st.executeQuery(m.group(1).strip().replaceAll(";$", ""))) {
                    int n = rs.getMetaData().getColumnCount();
                    List<String> head = new ArrayList<>();
                    for (int c = 1; c <= n; c++) {
                        head.add(rs.getMetaData().getColumnLabel(c));
                    }
                    actual.add("| " + String.join(" | ", head) + " |");
                    actual.add("|" + "---|".repeat(n));
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= n; c++) {
                            Object v = rs.getObject(c);
                            row.add(v == null ? "" : v instanceof java.math.BigDecimal
                                    ? ((java.math.BigDecimal) v).stripTrailingZeros().toPlainString() : v.toString());
                        }
                        actual.add("| " + String.join(" | ", row) + " |");
                    }
                }
                assertTrue(actual.size() > 2, "README snippet returns no rows:\n" + m.group(1));
                List<String> shown = new ArrayList<>();
                String rest = readme.substring(m.end()).replaceFirst("^\n", "");
                for (String line : rest.split("\n")) {
                    if (!line.startsWith("|")) {
                        break;
                    }
                    shown.add(line);
                }
                if (!shown.isEmpty()) {
                    assertEquals(String.join("\n", actual), String.join("\n", shown),
                            "the table under README snippet\n" + m.group(1) + "is not its result");
                    checked++;
                }
            }
        }
        assertTrue(snippets >= 3 && checked >= 3, snippets + " SQL snippets, " + checked + " with their results");
    }
}
