package org.cstofigures.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation section of pipeline.yaml is typed and strict: typos are errors naming key and line. */
class ValidationConfigTest {

    @TempDir
    Path dir;

    private static String shipped() throws IOException {
        return Files.readString(Path.of("pipeline.yaml"), StandardCharsets.UTF_8);
    }

    private PipelineException broken(String from, String to) throws IOException {
        String yaml = shipped();
        assertTrue(yaml.contains(from), "pipeline.yaml no longer contains " + from);
        Path file = dir.resolve("pipeline.yaml");
        Files.writeString(file, yaml.replace(from, to), StandardCharsets.UTF_8);
        return assertThrows(PipelineException.class, () -> new YamlFiles().read(file, "pipeline.yaml",
                PipelineConfig.class));
    }

    private static int lineOf(String yaml, String text) {
        String before = yaml.substring(0, yaml.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theShippedSectionLoads() {
        PipelineConfig c = new YamlFiles().read(Path.of("pipeline.yaml"), "pipeline.yaml", PipelineConfig.class);
        assertEquals(Severity.WARNING, c.validation().rules().scaleError().severity());
        assertEquals(0, new BigDecimal("1000000").compareTo(c.validation().rules().plausibility().maxForcePersons()));
        assertEquals(Severity.ERROR, c.validation().rules().provenance().severity());
    }

    @Test
    void aMistypedThresholdIsAnErrorNamingTheKeyAndALine() throws IOException {
        // the misspelt key is named as unknown, on its own line, with the keys allowed there
        PipelineException e = broken("max_seizure_kg: 1000000", "max_seizure_kilos: 1000000");
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().matches("pipeline\\.yaml:\\d+: unknown key 'validation\\.rules\\.plausibility"
                + "\\.max_seizure_kilos'; allowed here: .*max_seizure_kg.*"), e.getMessage());
    }

    @Test
    void anExtraThresholdNamesKeyAndLine() throws IOException {
        PipelineException e = broken("max_countries: 200", "max_countries: 200\n      max_tanks: 5");
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("pipeline.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key") && e.getMessage().contains("max_tanks"), e.getMessage());
    }

    @Test
    void aThresholdOfTheWrongTypeOrRangeIsAnError() throws IOException {
        PipelineException text = broken("max_force_persons: 1000000", "max_force_persons: a million");
        assertTrue(text.getMessage().contains("max_force_persons"), text.getMessage());
        PipelineException factor = broken("factors: [1000, 10000]", "factors: [1, 10000]");
        assertTrue(factor.getMessage().contains("must be greater than 1"), factor.getMessage());
        PipelineException severity = broken("      severity: error\n    interval:", "      severity: fatal\n    interval:");
        assertTrue(severity.getMessage().contains("severity"), severity.getMessage());
    }

    @Test
    void aMissingRuleIsAnError() throws IOException {
        PipelineException e = broken("    relations:                    # a part (part_of) not larger than its whole, in the same unit\n      severity: warning\n", "");
        assertTrue(e.getMessage().contains("missing required key") && e.getMessage().contains("relations"),
                e.getMessage());
    }
}
