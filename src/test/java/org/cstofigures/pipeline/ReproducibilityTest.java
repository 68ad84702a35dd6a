package org.cstofigures.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.source.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release is a pure function of raw/, curated/, pipeline.yaml and the code: regenerating it gives exactly
 * the committed output/, byte for byte, and two runs agree with each other.
 */
class ReproducibilityTest {

    private static final Path CONFIG = Path.of("pipeline.yaml");

    @Test
    void regeneratedOutputEqualsCommittedOutput(@TempDir Path tmp) throws IOException {
        Path fresh = tmp.resolve("output");
        Pipeline.RunSummary s = new Pipeline(CONFIG).run(config(), fresh);
        assertFalse(s.failed(), "the pipeline failed validation on the committed inputs");
        Map<String, String> committed = digests(Path.of("output"));
        Map<String, String> regenerated = digests(fresh);
        List<String> differences = new ArrayList<>();
        for (String f : committed.keySet()) {
            if (!regenerated.containsKey(f)) {
                differences.add("only in committed output/: " + f);
            } else if (!committed.get(f).equals(regenerated.get(f))) {
                differences.add("differs: " + f);
            }
        }
        for (String f : regenerated.keySet()) {
            if (!committed.containsKey(f)) {
                differences.add("not committed: " + f);
            }
        }
        assertEquals(List.of(), differences, "output/ is stale: run `java -jar target/csto-figures.jar run` and"
                + " commit output/");
    }

    @Test
    void twoRunsGiveIdenticalBytes(@TempDir Path tmp) throws IOException {
        new Pipeline(CONFIG).run(config(), tmp.resolve("a"));
        new Pipeline(CONFIG).run(config(), tmp.resolve("b"));
        Map<String, String> a = digests(tmp.resolve("a"));
        assertTrue(a.size() >= 4, "expected every format's files, got " + a.keySet());
        assertEquals(a, digests(tmp.resolve("b")));
    }

    private static PipelineConfig config() {
        return new YamlFiles().read(CONFIG, "pipeline.yaml", PipelineConfig.class);
    }

    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Sha256.hex(Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
