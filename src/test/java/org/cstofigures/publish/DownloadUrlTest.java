package org.cstofigures.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.ReleaseMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code release.download_base} set, datapackage.json gives every resource an absolute {@code url} (its
 * {@code path} stays relative) and dataset.jsonld an absolute {@code contentUrl}; without it, both stay relative.
 */
class DownloadUrlTest {

    private static final String BASE = "https://data.example.org/csto-figures/0.2.0/";

    @TempDir
    Path dir;

    @Test
    void metadataCarriesAbsoluteDownloadUrlsWhenABaseIsSet() throws Exception {
        Release plain = TestReleases.standard();
        ReleaseMetadata m = plain.metadata();
        ReleaseMetadata withBase = new ReleaseMetadata(m.name(), m.title(), m.description(), m.version(),
                m.license(), m.codeLicense(), m.keywords(), m.created(), m.contributors(), m.citation(),
                "https://example.org/csto", BASE, "Open an issue.", null);
        Release release = new Release(withBase, plain.sources(), plain.tables(), plain.findings(),
                plain.validationReport(), plain.provenance());
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(release, dir);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode pkg = json.readTree(dir.resolve(DataPackageWriter.PATH).toFile());
        List<String> checked = new ArrayList<>();
        for (JsonNode r : pkg.get("resources")) {
            assertFalse(r.get("path").asText().startsWith("http"), "path stays relative");
            assertEquals(BASE + r.get("path").asText(), r.get("url").asText());
            checked.add(r.get("path").asText());
        }
        assertEquals("https://example.org/csto", pkg.get("homepage").asText());
        JsonNode ld = json.readTree(dir.resolve(DatasetJsonLdWriter.PATH).toFile());
        for (JsonNode d : ld.get("distribution")) {
            assertEquals(BASE + d.get("name").asText(), d.get("contentUrl").asText());
        }
        assertEquals(ld.get("distribution").size(), checked.size() + 1, "datapackage.json is a distribution too");
    }

    @Test
    void withoutABaseUrlsStayRelative() throws Exception {
        for (FormatWriter w : TestReleases.allWriters()) {
            w.write(TestReleases.standard(), dir);
        }
        JsonNode pkg = new ObjectMapper().readTree(dir.resolve(DataPackageWriter.PATH).toFile());
        pkg.get("resources").forEach(r -> assertFalse(r.has("url")));
        JsonNode ld = new ObjectMapper().readTree(dir.resolve(DatasetJsonLdWriter.PATH).toFile());
        ld.get("distribution").forEach(d -> assertEquals(d.get("name").asText(), d.get("contentUrl").asText()));
    }

    @Test
    void aBaseMustBeAnHttpUrlEndingInSlashAndTheVersionSemantic() {
        ReleaseMetadata m = TestReleases.standard().metadata();
        assertThrows(IllegalArgumentException.class, () -> new ReleaseMetadata(m.name(), m.title(),
                m.description(), m.version(), m.license(), m.codeLicense(), m.keywords(), m.created(),
                m.contributors(), m.citation(), null, "https://example.org/no-slash", null, null));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseMetadata(m.name(), m.title(),
                m.description(), "0.2", m.license(), m.codeLicense(), m.keywords(), m.created(),
                m.contributors(), m.citation(), null));
    }
}
