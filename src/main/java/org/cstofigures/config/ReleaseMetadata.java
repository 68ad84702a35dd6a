package org.cstofigures.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The release's descriptive metadata from pipeline.yaml; it flows into every format. {@code created} is a
 * fixed date written in the file, never the wall clock, so that output/ is reproducible.
 */
public record ReleaseMetadata(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) String description,
        @JsonProperty(required = true) String version,
        @JsonProperty(required = true) Licence license,
        @JsonProperty(required = true) Licence codeLicense,
        @JsonProperty(required = true) List<String> keywords,
        @JsonProperty(required = true) LocalDate created,
        @JsonProperty(required = true) List<Contributor> contributors,
        @JsonProperty(required = true) String citation,
        String homepage) {

    public ReleaseMetadata {
        keywords = List.copyOf(keywords);
        contributors = List.copyOf(contributors);
        if (!name.matches("[a-z0-9._-]+")) {
            throw new IllegalArgumentException("release.name '" + name
                    + "' must be lower-case letters, digits, '.', '_' or '-' (a Frictionless package name)");
        }
    }

    /** An SPDX licence: id, human title and where to read it. */
    public record Licence(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String path) {
    }

    /** A person or team credited in the data package. */
    public record Contributor(
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String role) {
    }
}
