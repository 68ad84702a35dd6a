package org.cstofigures.extract;

/** The extractor the pipeline and the CLI use. */
public final class Extractors {

    private Extractors() {
    }

    public static Extractor standard() {
        return new SimpleExtractor();
    }
}
