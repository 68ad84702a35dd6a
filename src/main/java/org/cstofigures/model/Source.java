package org.cstofigures.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One source document as recorded in {@code raw/sources.yaml}: where it is, its checksum and size, and what
 * is known about its origin. The pipeline refuses to read a source whose bytes do not match {@code sha256}.
 */
public record Source(
        String id,
        String path,
        String sha256,
        long bytes,
        String title,
        String language,
        String translatedFrom,
        LocalDate published,
        String publisher,
        LocalDate retrieved,
        String url,
        String rights,
        String notes) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
