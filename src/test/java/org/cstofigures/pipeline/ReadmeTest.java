package org.cstofigures.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cstofigures.publish.Codebook;
import org.cstofigures.publish.Column;
import org.cstofigures.publish.TableDefinition;
import org.cstofigures.publish.Writers;
import org.junit.jupiter.api.Test;

/**
 * README.md is the user's manual: its data dictionary (between the markers {@value #BEGIN} and {@value #END},
 * wherever they are in the file) is generated from the table definitions, and its list of downloads from the
 * writers' declarations; both must be current. To regenerate
 * it: {@code mvn -B -q test -Dtest=ReadmeTest -Dreadme.update=true}.
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
                assertTrue(md.contains("| `" + c.name() + "` | " + c.type().frictionless() + " | "
                        + (c.required() ? "yes" : "no") + " | "), d.name() + "." + c.name());
            }
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\nmvn -B verify\n"), "README must give the test command");
        assertTrue(ci.contains("\nmvn -B verify\n"), ".ci/run must run the README's test command");
        assertTrue(readme.contains("mvn -B -q package -DskipTests && java -jar target/csto-figures.jar run"));
    }
}
