package org.cstofigures.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a release in one format under a directory; one implementation per format. To add a format: implement
 * this (declaring its {@link Format}) and add one instance to {@link Writers}; pipeline.yaml accepts its name
 * and datapackage.json and dataset.jsonld describe its files from the declaration.
 */
public interface FormatWriter {

    /** What this writer publishes: name, media type, encoding, description and the layout of its files. */
    Format declaration();

    /** The name used in pipeline.yaml's formats list (csv, json, xlsx, parquet). */
    default String format() {
        return declaration().name();
    }

    /**
     * Writes the files of this format under {@code dir} (e.g. {@code dir/csv/figures.csv}) and returns their
     * paths relative to {@code dir}, with '/' separators, in a stable order. Output must be byte-identical for
     * the same release: no wall clock, no random names, stable ordering.
     */
    List<String> write(Release release, Path dir) throws IOException;
}
