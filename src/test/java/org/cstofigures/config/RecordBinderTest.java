package org.cstofigures.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cstofigures.error.PipelineException;
import org.cstofigures.events.EventLexicon;
import org.cstofigures.events.Gazetteer;
import org.cstofigures.figures.LexiconFiles;
import org.cstofigures.source.SourceManifest;
import org.cstofigures.validate.CorrectionsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The binder without databind gives what databind gives: equal records for every configuration file the project
 * ships, and for seeded random edits of them it either declines or agrees with databind (never accepts a
 * document databind refuses, never reads a value differently).
 */
class RecordBinderTest {

    record Case(String path, Class<?> type) {
        @Override
        public String toString() {
            return path;
        }
    }

    static List<Case> files() {
        return List.of(new Case("pipeline.yaml", PipelineConfig.class),
                new Case("raw/sources.yaml", SourceManifest.class),
                new Case("curated/corrections.yaml", CorrectionsFile.class),
                new Case("curated/gazetteer.yaml", Gazetteer.File.class),
                new Case("curated/lexicon/categories.yaml", LexiconFiles.Categories.class),
                new Case("curated/lexicon/subjects.yaml", LexiconFiles.Subjects.class),
                new Case("curated/lexicon/operations.yaml", LexiconFiles.Operations.class),
                new Case("curated/lexicon/frames.yaml", LexiconFiles.Frames.class),
                new Case("curated/lexicon/events.yaml", EventLexicon.class));
    }

    @ParameterizedTest
    @MethodSource("files")
    void bindsEveryShippedFileAsDatabindDoes(Case c) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(c.path()));
        YamlFiles yaml = new YamlFiles();
        Object plain;
        try {
            plain = yaml.bindPlainly(bytes, c.type());
        } catch (RecordBinder.Declined e) {
            throw new AssertionError(c.path() + ": declined, so every run binds it with databind", e);
        }
        assertEquals(yaml.bind(bytes, c.path(), c.type()), plain);
    }

    /** Edits that keep a document readable or break it: a value replaced, a line dropped or doubled, a key changed. */
    private static final String[] VALUES = {"~", "null", "12", "-3", "1.5", "1e999", "0x1F", "true", "no", "'12'",
        "\"x\"", "abc", "2019-02-30", "2019-02-03", "[]", "{}", "[a, b]", "{a: 1}", "''", "&a x", "*a", "\"\""};

    @Test
    void acceptsOnlyWhatDatabindAcceptsAndReadsItTheSame() throws IOException {
        Random random = new Random(14);
        int accepted = 0;
        int declined = 0;
        YamlFiles yaml = new YamlFiles();
        for (Case c : files()) {
            List<String> lines = Files.readAllLines(Path.of(c.path()), StandardCharsets.UTF_8);
            for (int n = 0; n < 30; n++) {
                List<String> edited = new ArrayList<>(lines);
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    edit(edited, random);
                }
                byte[] bytes = (String.join("\n", edited) + "\n").getBytes(StandardCharsets.UTF_8);
                Object plain;
                try {
                    plain = yaml.bindPlainly(bytes, c.type());
                } catch (RecordBinder.Declined | IOException | RuntimeException e) {
                    declined++;
                    continue;
                }
                accepted++;
                try {
                    assertEquals(yaml.bind(bytes, c.path(), c.type()), plain, c.path() + " edited:\n"
                            + String.join("\n", edited));
                } catch (PipelineException e) {
                    fail("databind refuses what the binder took (" + e.getMessage() + "): " + c.path()
                            + " edited:\n" + String.join("\n", edited));
                }
            }
        }
        assertTrue(accepted > 40 && declined > 40, "accepted " + accepted + ", declined " + declined);
    }

    private static void edit(List<String> lines, Random random) {
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        switch (random.nextInt(5)) {
            case 0 -> {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    lines.set(i, line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
                }
            }
            case 1 -> lines.remove(i);
            case 2 -> lines.add(i, line);
            case 3 -> lines.set(i, line.replaceFirst("([a-z_]+):", "$1x:"));
            default -> {
                int dash = line.indexOf("- ");
                if (dash >= 0) {
                    lines.set(i, line.substring(0, dash + 2) + VALUES[random.nextInt(VALUES.length)]);
                }
            }
        }
    }
}
