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
import org.cstofigures.publish.Column;
import org.cstofigures.publish.Schemas;
import org.junit.jupiter.api.Test;

/** README.md is the user's manual: its data dictionary must match the published schema, column for column. */
class ReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([a-z]+) \\| (yes|no) \\|");

    @Test
    void dataDictionaryListsEveryColumnWithItsType() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        tables.put("figures", Schemas.FIGURES);
        tables.put("mentions", Schemas.MENTIONS);
        tables.put("sources", Schemas.SOURCES);
        tables.put("findings", Schemas.FINDINGS);
        tables.put("events", org.cstofigures.events.EventTables.EVENTS);
        tables.put("members", org.cstofigures.events.EventTables.MEMBERS);
        for (Map.Entry<String, List<Column>> t : tables.entrySet()) {
            int at = readme.indexOf("#### " + t.getKey() + "\n");
            assertTrue(at >= 0, "README has no data dictionary section for " + t.getKey());
            List<String> documented = new ArrayList<>();
            for (String line : readme.substring(at).split("\n")) {
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    documented.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
                } else if (!documented.isEmpty() && !line.startsWith("|")) {
                    break;
                }
            }
            List<String> expected = t.getValue().stream()
                    .map(c -> c.name() + ":" + c.type().frictionless() + ":" + (c.required() ? "yes" : "no")).toList();
            assertEquals(expected, documented, "README data dictionary for " + t.getKey() + " is out of date");
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
