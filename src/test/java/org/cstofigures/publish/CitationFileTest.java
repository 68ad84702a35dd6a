package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** CITATION.cff and the licence files say the same as pipeline.yaml, so a release never cites a stale version. */
class CitationFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void citationMatchesTheReleaseInPipelineYaml() throws IOException {
        JsonNode cff = YAML.readTree(Path.of("CITATION.cff").toFile());
        JsonNode release = YAML.readTree(Path.of("pipeline.yaml").toFile()).get("release");
        assertEquals("1.2.0", cff.get("cff-version").asText());
        assertEquals(release.get("version").asText(), cff.get("version").asText(), "version");
        assertEquals(release.get("created").asText(), cff.get("date-released").asText(), "date");
        assertEquals(release.get("license").get("name").asText(), cff.get("license").asText(), "licence");
        assertEquals(release.get("title").asText(), cff.get("title").asText(), "title");
        assertTrue(cff.get("authors").size() > 0);
    }

    @Test
    void licenceFilesNameTheLicencesOfPipelineYaml() throws IOException {
        JsonNode release = YAML.readTree(Path.of("pipeline.yaml").toFile()).get("release");
        assertEquals("Apache-2.0", release.get("code_license").get("name").asText());
        assertTrue(Files.readString(Path.of("LICENSE")).contains("Apache License\n                           Version 2.0"));
        String data = Files.readString(Path.of("LICENSE-DATA.md"));
        assertTrue(data.contains(release.get("license").get("name").asText()));
        assertTrue(data.contains(release.get("license").get("path").asText()));
    }
}
