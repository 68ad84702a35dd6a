package org.cstofigures.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed output/site/ is exactly what the code writes from the committed inputs, byte for byte; it is
 * listed in datapackage.json, stays under 1 MB, and nothing in it loads from outside the folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteGoldenTest {

    private static final Path COMMITTED = Path.of("output", "site");

    @TempDir
    static Path tmp;
    private Path fresh;

    @BeforeAll
    void generate() {
        Path config = Path.of("pipeline.yaml");
        PipelineConfig c = new YamlFiles().read(config, "pipeline.yaml", PipelineConfig.class);
        Path out = tmp.resolve("output");
        assertFalse(new Pipeline(config).run(c, out).failed());
        fresh = out.resolve("site");
    }

    private static Set<String> files(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        return out;
    }

    @Test
    void regeneratedSiteEqualsCommittedSiteByteForByte() throws IOException {
        assertTrue(Files.isDirectory(COMMITTED), "no output/site/: run `java -jar target/csto-figures.jar run`");
        assertEquals(files(COMMITTED), files(fresh), "the site's files; regenerate output/ and commit it");
        for (String f : files(fresh)) {
            assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(f)), Files.readAllBytes(fresh.resolve(f)),
                    "output/site/" + f + " is stale: run `java -jar target/csto-figures.jar run` and commit output/");
        }
    }

    @Test
    void theSiteHasItsPagesAndStaysUnderOneMegabyte() throws IOException {
        Set<String> files = files(fresh);
        for (String page : List.of("index.html", "figures.html", "charts.html", "tables.html",
                "assets/site.css", "assets/site.js")) {
            assertTrue(files.contains(page), "missing " + page + " in " + files);
        }
        assertTrue(files.stream().anyMatch(f -> f.startsWith("source-")), "no source viewer in " + files);
        assertTrue(files.stream().anyMatch(f -> f.startsWith("charts/") && f.endsWith(".svg")),
                "no standalone chart in " + files);
        long total = 0;
        for (String f : files) {
            total += Files.size(fresh.resolve(f));
        }
        assertTrue(total < 1_000_000, "the site is " + total + " bytes");
    }

    @Test
    void datapackageListsEverySiteFileWithItsHash() throws IOException {
        JsonNode pkg = new ObjectMapper().readTree(fresh.getParent().resolve("datapackage.json").toFile());
        Set<String> listed = new TreeSet<>();
        for (JsonNode r : pkg.path("resources")) {
            String p = r.path("path").asText();
            if (p.startsWith("site/")) {
                listed.add(p.substring("site/".length()));
                assertTrue(r.path("hash").asText().startsWith("sha256:"), p);
            }
        }
        assertEquals(files(fresh), listed);
    }

    /** Attributes and CSS that make a browser fetch something: they must stay inside the folder. */
    private static final Pattern LOADS = Pattern.compile(
            "(?:<(?:script|img|iframe|source|video|audio|embed)\\b[^>]*\\ssrc=\"([^\"]*)\")"
                    + "|(?:<link\\b[^>]*\\shref=\"([^\"]*)\")|(?:url\\(\\s*['\"]?([^)'\"]*))|(?:@import\\s+['\"]([^'\"]*))");

    @Test
    void nothingIsLoadedFromOutsideTheFolder() throws IOException {
        List<String> outside = new ArrayList<>();
        int loads = 0;
        for (String f : files(fresh)) {
            if (!f.endsWith(".html") && !f.endsWith(".css") && !f.endsWith(".svg")) {
                continue;
            }
            Matcher m = LOADS.matcher(Files.readString(fresh.resolve(f), StandardCharsets.UTF_8));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String url = m.group(g);
                    if (url == null) {
                        continue;
                    }
                    loads++;
                    if (url.startsWith("#")) {
                        continue;
                    }
                    if (url.contains(":") || url.startsWith("//") || url.startsWith("..")
                            || !Files.exists(fresh.resolve(f).getParent().resolve(url))) {
                        outside.add(f + ": " + url);
                    }
                }
            }
        }
        assertTrue(loads > 0, "the scan found no stylesheet or script at all");
        assertEquals(List.of(), outside);
    }
}
