package org.cstofigures.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.validate.CorrectionsFile;
import org.junit.jupiter.api.Test;

/** A misspelt key is reported as the unknown key it is, on its own line, even when it hides a required one. */
class KeyCheckTest {

    private static PipelineException parse(String yaml) {
        return assertThrows(PipelineException.class, () -> new YamlFiles()
                .parse(yaml.getBytes(StandardCharsets.UTF_8), "corrections.yaml", CorrectionsFile.class));
    }

    @Test
    void aMisspeltRequiredKeyIsNamedWithItsLine() {
        PipelineException e = parse("""
                corrections:
                  - match: {source_id: s, line: 3, surface: "12톤"}
                    set: {value: 12}
                    reasn: typo
                    evidence: e
                    editor: x
                    date: 2026-01-01
                """);
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("corrections.yaml:4: unknown key 'corrections[0].reasn'; allowed here: date, editor, evidence,"
                + " match, reason, reject, set", e.getMessage());
    }

    @Test
    void anUnknownKeyInsideAFlowMappingIsNamed() {
        PipelineException e = parse("""
                corrections:
                  - match: {source_id: s, line: 3, surfce: "12톤"}
                """);
        assertEquals("corrections.yaml:2: unknown key 'corrections[0].match.surfce'; allowed here: figure_id, line,"
                + " source_id, surface", e.getMessage());
    }
}
