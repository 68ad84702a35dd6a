package org.cstofigures.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.source.SourceManifest;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz target over YAML loading: whatever the bytes of pipeline.yaml or raw/sources.yaml, the only
 * exception that leaves is a {@link PipelineException} with exit code 2 and a one-line message.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class YamlFuzzTest {

    private static final YamlFiles YAML = new YamlFiles();

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"paths:", "sources:", "curated:", "output:", "release:", "formats:", "validation:", "rules:",
        "severity:", "- id:", "path:", "sha256:", "bytes:", "~", "null", "&a", "*a", "[", "]", "{", "}", "\\x0A  ", "\\x09",
        "2019-09-06", "../", "/", "!!binary", "!!java.io.File", "<<:", "---", "..."})
    void yaml(byte[] bytes) {
        load(bytes, PipelineConfig.class);
        load(bytes, SourceManifest.class);
    }

    @FuzzTest(maxDuration = "30m")
    void yamlLong(byte[] bytes) {
        load(bytes, PipelineConfig.class);
        load(bytes, SourceManifest.class);
    }

    private static void load(byte[] bytes, Class<?> type) {
        try {
            YAML.parse(bytes, "pipeline.yaml", type);
        } catch (PipelineException e) {
            if (e.exitCode() != ExitCode.USAGE) {
                throw new AssertionError("exit code " + e.exitCode() + " for a YAML problem: " + e.getMessage(), e);
            }
            if (e.getMessage().contains("\n") || e.getMessage().contains("\r") || !e.getMessage().startsWith("pipeline.yaml")) {
                throw new AssertionError("not a one-line message naming the file: " + e.getMessage(), e);
            }
        }
    }
}
