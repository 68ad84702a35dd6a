package org.cstofigures.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.CompiledYaml;
import org.cstofigures.config.RecordCodec;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.PipelineException;
import org.cstofigures.events.EventLexicon;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the build compiles are the curated ones, already read; a curated file that differs is read as YAML.
 */
class ConfigCompilerTest {

    private static Map<String, Map.Entry<Path, Class<? extends Record>>> curated() {
        Map<String, Map.Entry<Path, Class<? extends Record>>> files = new java.util.HashMap<>();
        Lexicon.FILES.forEach((n, t) -> files.put(n, Map.entry(Path.of("curated", "lexicon", n), t)));
        files.put(EventLexicon.FILE, Map.entry(Path.of("curated", "lexicon", EventLexicon.FILE), EventLexicon.class));
        return files;
    }

    @Test
    void theCompiledFilesAreTheCuratedOnesAlreadyRead() throws IOException {
        CompiledYaml compiled = CompiledYaml.bundled();
        assertEquals(curated().keySet(), compiled.names(), CompiledYaml.RESOURCE);
        YamlFiles yaml = new YamlFiles();
        for (Map.Entry<String, Map.Entry<Path, Class<? extends Record>>> f : curated().entrySet()) {
            Path file = f.getValue().getKey();
            Record read = compiled.get(f.getKey(), Files.readAllBytes(file), f.getValue().getValue());
            assertNotNull(read, f.getKey() + ": compiled from other bytes than " + file);
            assertEquals(yaml.read(file, f.getKey(), f.getValue().getValue()), read, f.getKey());
        }
        assertNull(compiled.get(EventLexicon.FILE, "types: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                EventLexicon.class), "other bytes are not taken compiled");
    }

    @Test
    void theBuildStepWritesWhatIsRead(@TempDir Path d) throws IOException {
        Path out = d.resolve("compiled.bin");
        try (java.io.OutputStream o = Files.newOutputStream(out)) {
            CompiledYaml.write(curated(), o);
        }
        assertTrue(Files.size(out) > 1000, "compiled.bin of " + Files.size(out) + " bytes");
    }

    @Test
    void aCuratedFileThatDiffersIsReadFromItsYaml(@TempDir Path d) throws IOException {
        for (String f : Lexicon.FILES.keySet()) {
            Files.copy(Path.of("curated", "lexicon", f), d.resolve(f));
        }
        Files.writeString(d.resolve(Lexicon.OPERATIONS), Files.readString(d.resolve(Lexicon.OPERATIONS))
                + "\nsurplus_key: 1\n");
        PipelineException e = assertThrows(PipelineException.class, () -> Lexicon.load(d, "lex"));
        assertTrue(e.getMessage().startsWith("lex/operations.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("surplus_key"), e.getMessage());
    }

    enum Kind { A, B }

    record Inner(String name, List<Integer> counts) {
    }

    record Sample(String text, String none, Integer boxed, int plain, long big, Boolean flag, BigDecimal decimal,
            LocalDate date, Kind kind, Unit unit, List<Inner> inners, List<String> nothing, Map<String, Inner> byName,
            java.util.Set<String> tags) {
    }

    @Test
    void aRecordReadsBackEqualFromItsBytes() {
        Sample s = new Sample("헤로인 \"12톤\"", null, 7, -3, 1L << 40, true, new BigDecimal("1.50"),
                LocalDate.of(2019, 2, 3), Kind.B, Unit.KG, List.of(new Inner("a", List.of(1, 2)), new Inner(null,
                null)), null, Map.of("x", new Inner("x", List.of())), java.util.Set.of("p", "q"));
        Sample back = RecordCodec.decode(RecordCodec.encode(s), Sample.class);
        assertEquals(s, back);
        assertEquals(2, back.decimal().scale());
    }

    @Test
    void bytesLeftOverAreRefused() {
        byte[] b = RecordCodec.encode(new Inner("a", List.of(1)));
        byte[] longer = java.util.Arrays.copyOf(b, b.length + 1);
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.decode(longer, Inner.class));
    }
}
