package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published datapackage.json against the official Data Package v2 JSON Schemas (test resources, see
 * src/test/resources/frictionless/2.0/README.md): the package, and every resource, table schema and dialect.
 */
class DataPackageV2Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private static Schema profile(String name) throws IOException {
        try (InputStream in = DataPackageV2Test.class.getResourceAsStream("/frictionless/2.0/" + name)) {
            return REGISTRY.getSchema(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    InputFormat.JSON);
        }
    }

    private static JsonNode published() throws IOException {
        return JSON.readTree(Files.readAllBytes(Path.of("output", DataPackageWriter.PATH)));
    }

    private static void assertValid(Schema schema, JsonNode node, String what) {
        List<Error> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), what + " is not valid Data Package v2: " + errors);
    }

    @Test
    void publishedPackageIsValidAgainstTheV2Profiles() throws IOException {
        JsonNode pkg = published();
        assertEquals(DataPackageWriter.PROFILE, pkg.get("$schema").textValue());
        assertValid(profile("datapackage.json"), pkg, "datapackage.json");
        Schema resource = profile("dataresource.json");
        Schema tableSchema = profile("tableschema.json");
        Schema dialect = profile("tabledialect.json");
        int tables = 0;
        for (JsonNode r : pkg.get("resources")) {
            String name = r.get("name").textValue();
            assertValid(resource, r, "resource " + name);
            if (r.has("schema")) {
                assertEquals("table", r.get("type").textValue(), name);
                assertValid(tableSchema, r.get("schema"), "table schema of " + name);
                assertValid(dialect, r.get("dialect"), "dialect of " + name);
                tables++;
            }
        }
        int published = 0;
        for (JsonNode r : pkg.get("resources")) {
            published += r.get("path").textValue().startsWith("csv/") ? 1 : 0;
        }
        assertTrue(published >= 5, "at least figures, mentions, sources, findings and codebook in csv/");
        assertEquals(2 * published, tables, "every table of csv/ and csv-excel/ has a schema and a dialect");
    }

    @Test
    void contributorsHaveRolesAndVocabulariesHaveCategories() throws IOException {
        JsonNode pkg = published();
        assertTrue(pkg.get("contributors").get(0).get("roles").isArray());
        JsonNode figures = pkg.get("resources").findParents("name").stream()
                .filter(n -> "figures".equals(n.get("name").textValue())).findFirst().orElseThrow();
        JsonNode unit = figures.get("schema").get("fields").findParents("name").stream()
                .filter(n -> "unit".equals(n.get("name").textValue())).findFirst().orElseThrow();
        assertEquals(unit.get("constraints").get("enum"), unit.get("categories"));
    }

    /** The check must be able to fail: a package whose resource lacks a path and data is rejected. */
    @Test
    void anInvalidPackageIsRejected() throws IOException {
        ObjectNode pkg = (ObjectNode) published();
        ((ObjectNode) pkg.get("resources").get(0)).remove("path");
        assertFalse(profile("datapackage.json").validate(pkg).isEmpty());
        ObjectNode bad = (ObjectNode) published();
        ((ObjectNode) bad.get("resources").get(0)).put("type", "spreadsheet");
        assertFalse(profile("dataresource.json").validate(bad.get("resources").get(0)).isEmpty());
    }
}
