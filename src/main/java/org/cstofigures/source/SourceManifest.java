package org.cstofigures.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** raw/sources.yaml, typed: one entry per source, exactly as received. */
public record SourceManifest(@JsonProperty(required = true) List<Entry> sources) {

    public SourceManifest {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources is empty; list at least one source");
        }
        Set<String> ids = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Entry e : sources) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("source id '" + e.id() + "' is listed twice");
            }
            if (!paths.add(java.nio.file.Path.of(e.path()).normalize().toString())) {
                throw new IllegalArgumentException("source path '" + e.path() + "' is listed twice");
            }
        }
    }

    /** One source as recorded when it was received. */
    public record Entry(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String path,
            @JsonProperty(required = true) String sha256,
            @JsonProperty(required = true) Long bytes,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String language,
            String translatedFrom,
            @JsonProperty(required = true) LocalDate published,
            String publisher,
            @JsonProperty(required = true) LocalDate retrieved,
            String url,
            @JsonProperty(required = true) String rights,
            String notes) {

        public Entry {
            if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
                throw new IllegalArgumentException("source id '" + id + "' must be lower-case letters, digits, '_' or '-'");
            }
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("sha256 of source '" + id + "' must be 64 lower-case hex digits");
            }
            java.nio.file.Path p = java.nio.file.Path.of(path).normalize();
            if (path.isBlank() || path.startsWith("/") || path.startsWith("\\") || p.isAbsolute()
                    || p.startsWith("..") || p.toString().isEmpty()) {
                throw new IllegalArgumentException("path '" + path + "' of source '" + id
                        + "' must be relative to raw/ and stay inside it");
            }
        }
    }
}
