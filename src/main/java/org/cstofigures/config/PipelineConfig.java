package org.cstofigures.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * pipeline.yaml, typed. Every key is documented in docs/development.md; an unknown, missing or mistyped key is an error
 * that names the key and its line.
 */
public record PipelineConfig(
        @JsonProperty(required = true) Paths paths,
        @JsonProperty(required = true) ReleaseMetadata release,
        @JsonProperty(required = true) List<String> formats,
        @JsonProperty(required = true) ValidationConfig validation) {

    /** Formats are checked against the writers' registry ({@code publish.Writers}) when the pipeline starts. */
    public PipelineConfig {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats is empty; list at least one format, e.g. [csv, json]");
        }
    }

    /** Where things live, relative to the directory that holds pipeline.yaml. */
    public record Paths(
            @JsonProperty(required = true) String sources,
            @JsonProperty(required = true) String curated,
            @JsonProperty(required = true) String output) {

        public Paths {
            ProjectPaths.requireRelative("paths.sources", sources);
            ProjectPaths.requireRelative("paths.curated", curated);
            ProjectPaths.requireRelative("paths.output", output);
            ProjectPaths.requireSeparateOutput(output, sources, curated);
        }
    }
}
