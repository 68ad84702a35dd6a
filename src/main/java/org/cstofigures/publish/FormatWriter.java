package org.cstofigures.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a release in one format under a directory; one implementation per format. */
public interface FormatWriter {

    /** The name used in pipeline.yaml's formats list (csv, json, xlsx, parquet). */
    String format();

    /**
     * Writes the files of this format under {@code dir} (e.g. {@code dir/csv/figures.csv}) and returns their
     * paths relative to {@code dir}, with '/' separators, in a stable order. Output must be byte-identical for
     * the same release: no wall clock, no random names, stable ordering.
     */
    List<String> write(Release release, Path dir) throws IOException;
}
