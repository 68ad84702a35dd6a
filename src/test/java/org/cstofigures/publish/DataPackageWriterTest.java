package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageWriterTest {

    @TempDir
    Path dir;

    private JsonNode pkg;

    @BeforeEach
    void write() throws IOException {
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(TestReleases.standard(), dir);
        }
        pkg = new ObjectMapper().readTree(dir.resolve(DataPackageWriter.PATH).toFile());
    }

    private JsonNode resource(String name) {
        for (JsonNode r : pkg.get("resources")) {
            if (r.get("name").textValue().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.get("fields")) {
            if (f.get("name").textValue().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    @Test
    void everyFileBeforeItIsAResourceWithItsTrueSizeAndHash() throws IOException, NoSuchAlgorithmException {
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(dir)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("datapackage.json") && !p.equals("dataset.jsonld")).sorted().toList();
        }
        List<String> listed = new ArrayList<>();
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").textValue();
            listed.add(path);
            byte[] bytes = Files.readAllBytes(dir.resolve(path));
            assertEquals(bytes.length, r.get("bytes").longValue(), path);
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals("sha256:" + hex, r.get("hash").textValue(), path);
            assertTrue(r.hasNonNull("format") && r.hasNonNull("mediatype"), path);
        }
        assertEquals(onDisk, listed, "every file, sorted, none twice");
        assertTrue(listed.contains("validation-report.json"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                resource("xlsx-csto-figures-xlsx").get("mediatype").textValue());
    }

    @Test
    void packageMetadataComesFromTheRelease() {
        assertEquals("test-figures", pkg.get("name").textValue());
        assertEquals("Test figures", pkg.get("title").textValue());
        assertEquals("9.9.9", pkg.get("version").textValue());
        assertEquals("2026-11-28T00:00:00Z", pkg.get("created").textValue(), "the release date, not the clock");
        assertEquals("CC-BY-4.0", pkg.get("licenses").get(0).get("name").textValue());
        assertEquals("sha256:" + TestReleases.SHA, pkg.get("sources").get(0).get("hash").textValue());
        assertEquals("test team", pkg.get("contributors").get(0).get("title").textValue());
        assertEquals("집단안보조약기구", pkg.get("keywords").get(1).textValue());
        assertEquals("c0ffee", pkg.get("provenance").get("config_sha256").textValue());
    }

    @Test
    void tablesHaveSchemasWithConstraintsAndKeys() {
        JsonNode figures = resource("figures");
        assertEquals("tabular-data-resource", figures.get("profile").textValue());
        assertEquals("csv/figures.csv", figures.get("path").textValue());
        assertEquals("utf-8", figures.get("encoding").textValue());
        JsonNode schema = figures.get("schema");
        assertEquals("number", field(schema, "value").get("type").textValue());
        assertEquals("date", field(schema, "period_start").get("type").textValue());
        assertEquals("integer", field(schema, "mention_count").get("type").textValue());
        assertEquals(1, field(schema, "mention_count").get("constraints").get("minimum").intValue());
        assertTrue(field(schema, "figure_id").get("constraints").get("required").booleanValue());
        List<String> units = new ArrayList<>();
        field(schema, "unit").get("constraints").get("enum").forEach(u -> units.add(u.textValue()));
        assertEquals(Unit.codes(), units, "every vocabulary is an enum");
        assertFalse(field(schema, "subject").get("description").textValue().isEmpty());
        assertEquals("figure_id", schema.get("primaryKey").get(0).textValue());
        JsonNode mentionsFks = resource("mentions").get("schema").get("foreignKeys");
        assertEquals("figure_id", mentionsFks.get(0).get("fields").textValue());
        assertEquals("figures", mentionsFks.get(0).get("reference").get("resource").textValue());
        assertEquals("sources", mentionsFks.get(1).get("reference").get("resource").textValue());
        JsonNode selfRef = figures.get("schema").get("foreignKeys").get(1);
        assertEquals("part_of", selfRef.get("fields").textValue());
        assertEquals("", selfRef.get("reference").get("resource").textValue(), "a self-reference is \"\"");
        assertEquals("tabular-data-resource", resource("findings").get("profile").textValue());
    }

    @Test
    void excelCopiesAreTheSameTablesAndOtherFormatsArePlainResources() {
        JsonNode excel = resource("csv-excel-figures-csv");
        assertEquals("table", excel.get("type").textValue());
        assertFalse(excel.has("profile"), "no v1 tabular profile: v1 readers do not strip the byte-order mark");
        assertEquals(resource("figures").get("schema"), excel.get("schema"), "same schema as csv/figures.csv");
        assertEquals(resource("figures").get("dialect"), excel.get("dialect"));
        assertFalse(resource("parquet-figures-parquet").has("encoding"), "binary");
        assertEquals("table", resource("figures").get("type").textValue());
        assertEquals("application/vnd.apache.parquet", resource("parquet-figures-parquet").get("mediatype")
                .textValue());
        assertEquals("application/json", resource("json-figures-json").get("mediatype").textValue());
    }
}
