package org.cstofigures.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.validate.Corrections;
import org.cstofigures.validate.CorrectionsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a legitimate YAML alias ({@code code_license: *lic}) reads as its anchor's value; a bomb is refused. */
class YamlAliasesTest {

    @TempDir
    Path dir;

    private static <T> T parse(String yaml, Class<T> type) {
        return new YamlFiles().parse(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml", type);
    }

    @Test
    void theProjectsConfigWithCodeLicenseAsAnAliasReadsLikeTheValueWrittenOut() throws IOException {
        String written = Files.readString(Path.of("pipeline.yaml"));
        String aliased = written.replace("  license:\n", "  license: &lic\n")
                .replaceFirst("(?s)  code_license:\n(    [^\n]*\n)+", "  code_license: *lic\n");
        assertTrue(aliased.contains("code_license: *lic") && aliased.contains("license: &lic"), aliased);
        PipelineConfig plain = parse(written, PipelineConfig.class);
        PipelineConfig withAlias = parse(aliased, PipelineConfig.class);
        assertEquals(plain.release().license(), withAlias.release().codeLicense());
    }

    @Test
    void aliasesOfScalarsAndMappingsInCorrectionsKeepTheirEntriesLines() throws IOException {
        String yaml = """
                acknowledgements:
                  - rule: conflict
                    match: &m {figure_id: f-1}
                    reason: &why different operations
                    editor: &who tester
                    date: 2026-11-28
                  - rule: conflict
                    match: *m
                    reason: *why
                    editor: *who
                    date: 2026-11-29
                """;
        CorrectionsFile f = parse(yaml, CorrectionsFile.class);
        assertEquals(2, f.acknowledgements().size());
        assertEquals("f-1", f.acknowledgements().get(1).match().figureId());
        assertEquals("different operations", f.acknowledgements().get(1).reason());
        assertEquals("tester", f.acknowledgements().get(1).editor());
        Path file = dir.resolve("corrections.yaml");
        Files.writeString(file, yaml);
        assertEquals(List.of(2, 7), Corrections.load(file, "corrections.yaml").acknowledgements().stream()
                .map(Corrections.Located::line).toList());
    }

    @Test
    void anUnknownKeyInsideAnAliasedMappingNamesTheAliasLine() {
        PipelineException e = assertThrows(PipelineException.class, () -> parse("""
                defaults: &m {figure_id: f-1, surfce: x}
                """, CorrectionsFile.class));
        assertTrue(e.getMessage().startsWith("x.yaml:1: unknown key 'defaults'"), e.getMessage());
        e = assertThrows(PipelineException.class, () -> parse("""
                acknowledgements:
                  - rule: conflict
                    match: &m {figure_id: f-1}
                    reason: r
                    editor: e
                    date: 2026-11-28
                  - rule: conflict
                    match: *m
                    reasn: r
                """, CorrectionsFile.class));
        assertTrue(e.getMessage().startsWith("x.yaml:9: unknown key 'acknowledgements[1].reasn'"), e.getMessage());
    }

    @Test
    void anAliasWithoutAnAnchorIsAConfigurationError() {
        PipelineException e = assertThrows(PipelineException.class, () -> parse("""
                acknowledgements:
                  - rule: conflict
                    match: *nowhere
                """, CorrectionsFile.class));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("x.yaml:3: invalid YAML") && e.getMessage().contains("*nowhere"),
                e.getMessage());
    }

    /** Ten levels of nine aliases: 9^10 values once expanded. {@code key(c)} writes the key of level c. */
    private static String bomb(java.util.function.Function<Character, String> key) {
        StringBuilder bomb = new StringBuilder(key.apply('a') + ": &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(key.apply(c)).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        return bomb.toString();
    }

    @Test
    void aBillionLaughsIsRefusedOnceItsAliasesExpandPastTheLimit() {
        String yaml = bomb(String::valueOf);
        JsonParseException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                JsonParseException.class, () -> {
                    try (JsonParser p = YamlFiles.tokens(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))) {
                        while (p.nextToken() != null) {
                            p.getText();
                        }
                    }
                }));
        assertTrue(e.getOriginalMessage().contains("more than " + AliasResolvingParser.MAX_EXPANDED), e.getMessage());
        assertEquals(6, e.getLocation().getLineNr(), "the line of the alias that crossed the limit");
    }

    @Test
    void aBillionLaughsUnderAKnownListKeyIsAConfigurationError() {
        PipelineException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                PipelineException.class, () -> parse("events:\n" + bomb(c -> "  - countries"), CorrectionsFile.class)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("x.yaml:"), e.getMessage());
    }
}
