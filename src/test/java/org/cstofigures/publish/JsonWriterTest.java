package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonWriterTest {

    @TempDir
    Path dir;

    private JsonNode read(String table) throws IOException {
        new JsonWriter().write(TestReleases.standard(), dir);
        return new ObjectMapper().readTree(dir.resolve("json/" + table + ".json").toFile());
    }

    @Test
    void recordKeysAreTheCsvHeadersInOrder() throws IOException {
        JsonNode root = read("figures");
        List<String> keys = new ArrayList<>();
        root.get("records").get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(Tables.FIGURES.schema().stream().map(Column::name).toList(), keys);
        assertEquals(3, root.get("records").size());
    }

    @Test
    void valuesAreTyped() throws IOException {
        JsonNode f1 = read("figures").get("records").get(0);
        assertTrue(f1.get("value").isNumber(), "numbers are JSON numbers");
        assertEquals(0, new BigDecimal("1500").compareTo(f1.get("value").decimalValue()));
        assertEquals("1500", f1.get("value_high").asText(), "no exponent in the file");
        assertTrue(f1.get("mention_count").isIntegralNumber());
        assertEquals("2018-01-01", f1.get("period_start").textValue(), "dates are ISO strings");
        assertTrue(f1.get("part_of").isNull(), "missing is null, not absent and not empty");
        assertEquals("헤로인", f1.get("subject_ko").textValue());
        JsonNode f2 = read("figures").get("records").get(1);
        assertEquals(0, new BigDecimal("-12.25").compareTo(f2.get("value").decimalValue()));
    }

    @Test
    void provenanceAndReleaseTravelWithTheRecords() throws IOException {
        JsonNode root = read("mentions");
        assertEquals("mentions", root.get("name").textValue());
        assertEquals(TestReleases.SHA, root.get("provenance").get("source_sha256." + TestReleases.SOURCE_ID)
                .textValue());
        assertEquals("9.9.9", root.get("provenance").get("pipeline_version").textValue());
        assertEquals("c0ffee", root.get("provenance").get("config_sha256").textValue());
        assertEquals("CC-BY-4.0", root.get("release").get("license").textValue());
        assertEquals(Tables.MENTIONS.schema().size(), root.get("fields").size());
        assertEquals("char_start", root.get("fields").get(4).get("name").textValue());
    }

    @Test
    void oneRecordPerLine() throws IOException {
        new JsonWriter().write(TestReleases.standard(), dir);
        List<String> lines = Files.readAllLines(dir.resolve("json/figures.json"));
        assertEquals(3, lines.stream().filter(l -> l.startsWith("    {\"figure_id\"")).count());
        assertTrue(lines.get(lines.size() - 1).equals("}"));
    }
}
