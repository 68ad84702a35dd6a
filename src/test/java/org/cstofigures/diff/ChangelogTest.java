package org.cstofigures.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CHANGELOG.md has a dated entry for the version in pipeline.yaml, and its "Data" part is exactly what
 * {@code diff --markdown releases/<previous> output} says about the committed output/; the pinned previous
 * release is intact (each file matches the hash its own datapackage.json records).
 */
class ChangelogTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void entryForThisVersionIsDatedAndItsDataPartIsTheDiff() throws IOException {
        JsonNode release = YAML.readTree(Path.of("pipeline.yaml").toFile()).get("release");
        String version = release.get("version").asText();
        String previous = release.get("previous").get("path").asText();
        String log = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
        assertTrue(log.contains("\n## [" + version + "] - " + release.get("created").asText() + "\n"),
                "CHANGELOG.md needs an entry '## [" + version + "] - " + release.get("created").asText() + "'");
        assertTrue(log.contains("\n## [" + release.get("previous").get("version").asText() + "] - "),
                "CHANGELOG.md needs the previous release's entry");
        String start = "<!-- changes:" + version + " start -->\n";
        String end = "<!-- changes:" + version + " end -->";
        int a = log.indexOf(start);
        int b = log.indexOf(end);
        assertTrue(a >= 0 && b > a, "CHANGELOG.md: no " + start.strip() + " … " + end + " block");
        String expected = Changes.markdown(ReleaseDiff.compare(Snapshot.fromDirectory(Path.of(previous)),
                Snapshot.fromDirectory(Path.of("output"))), previous, "output");
        assertEquals(expected, log.substring(a + start.length(), b),
                "CHANGELOG.md's data changes are out of date: paste the output of 'java -jar"
                        + " target/csto-figures.jar diff --markdown " + previous + " output' between the markers");
    }

    /** The changes table a run publishes says what {@code diff} says of the files: same rows, same order. */
    @Test
    void publishedChangesTableIsTheDiffOfThePublishedFiles() throws IOException {
        JsonNode release = YAML.readTree(Path.of("pipeline.yaml").toFile()).get("release");
        String previous = release.get("previous").get("path").asText();
        java.util.List<Change> diff = ReleaseDiff.compare(Snapshot.fromDirectory(Path.of(previous)),
                Snapshot.fromDirectory(Path.of("output")));
        Snapshot.Rows published = Snapshot.fromDirectory(Path.of("output")).table("changes");
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (java.util.Map<String, String> r : published.byKey().values()) {
            rows.add(r.get("table") + "," + r.get("change") + "," + r.get("id") + "," + r.get("field") + ","
                    + r.get("label"));
        }
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (Change c : diff) {
            expected.add(c.table() + "," + c.change() + "," + c.id() + "," + (c.field() == null ? "" : c.field())
                    + "," + (c.label() == null ? "" : c.label()));
        }
        assertEquals(expected, rows);
        assertTrue(expected.stream().noneMatch(r -> r.contains("  ")), "an id with empty key parts: " + expected);
    }

    @Test
    void pinnedPreviousReleaseMatchesItsOwnHashes() throws IOException {
        JsonNode release = YAML.readTree(Path.of("pipeline.yaml").toFile()).get("release");
        Path dir = Path.of(release.get("previous").get("path").asText());
        JsonNode pkg = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
        int checked = 0;
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").asText();
            if (path.startsWith("csv/")) {
                byte[] bytes = Files.readAllBytes(dir.resolve(path));
                assertEquals(r.get("hash").asText(), "sha256:" + sha256(bytes), path);
                checked++;
            }
        }
        assertEquals(4, checked, "the pinned release has figures, mentions, sources and findings");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
