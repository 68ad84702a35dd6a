package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.RecordCodec;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon the build compiles is the curated one, already read; a curated file that differs is read as YAML. */
class LexiconCompilerTest {

    @Test
    void theCompiledFilesAreTheCuratedOnesAlreadyRead() throws IOException {
        Map<String, byte[]> compiled = Lexicon.compiled();
        assertEquals(Lexicon.FILES.keySet(), compiled.keySet(), "target/classes/lexicon/compiled.bin");
        YamlFiles yaml = new YamlFiles();
        for (Map.Entry<String, Class<? extends Record>> f : Lexicon.FILES.entrySet()) {
            Path file = Path.of("curated", "lexicon", f.getKey());
            byte[] entry = compiled.get(f.getKey());
            assertArrayEquals(Lexicon.sha256(Files.readAllBytes(file)), java.util.Arrays.copyOf(entry, 32),
                    f.getKey() + ": compiled from other bytes than the curated file");
            assertEquals(yaml.read(file, f.getKey(), f.getValue()), Lexicon.decode(entry, f.getValue()), f.getKey());
        }
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
