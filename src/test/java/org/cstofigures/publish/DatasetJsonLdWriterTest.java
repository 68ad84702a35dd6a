package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetJsonLdWriterTest {

    @TempDir
    Path dir;

    private JsonNode ds;

    @BeforeEach
    void write() throws IOException {
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(TestReleases.standard(), dir);
        }
        ds = new ObjectMapper().readTree(dir.resolve(DatasetJsonLdWriter.PATH).toFile());
    }

    @Test
    void isASchemaOrgDatasetWithWhatSearchEnginesNeed() {
        assertEquals("https://schema.org/", ds.get("@context").textValue());
        assertEquals("Dataset", ds.get("@type").textValue());
        assertEquals("Test figures", ds.get("name").textValue());
        assertEquals("Figures for the writer tests.", ds.get("description").textValue());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", ds.get("license").textValue());
        assertEquals("test team", ds.get("creator").get(0).get("name").textValue());
        assertEquals("2026-11-28", ds.get("datePublished").textValue());
        JsonNode source = ds.get("isBasedOn").get(0);
        assertEquals("sha256:" + TestReleases.SHA, source.get("identifier").textValue());
        assertEquals("2019-09-06", source.get("datePublished").textValue());
        List<String> vars = new ArrayList<>();
        ds.get("variableMeasured").forEach(v -> vars.add(v.get("name").textValue()));
        assertTrue(vars.containsAll(List.of("value", "unit", "category", "period_start")), vars.toString());
    }

    @Test
    void distributionListsEveryOtherFileWithItsFormat() throws IOException {
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(dir)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(DatasetJsonLdWriter.PATH)).sorted().toList();
        }
        List<String> listed = new ArrayList<>();
        for (JsonNode d : ds.get("distribution")) {
            assertEquals("DataDownload", d.get("@type").textValue());
            assertFalse(d.get("encodingFormat").textValue().isEmpty());
            listed.add(d.get("contentUrl").textValue());
            assertEquals(Files.size(dir.resolve(d.get("contentUrl").textValue())) + " B",
                    d.get("contentSize").textValue());
        }
        assertEquals(onDisk, listed);
        assertTrue(listed.contains("datapackage.json"));
    }
}
