package org.cstofigures.extract;

/** The extractor the pipeline and the CLI use. */
public final class Extractors {

    private static final Extractor STANDARD = new KoreanExtractor();

    private Extractors() {
    }

    /** The Korean quantity grammar; immutable and thread-safe, so one shared instance serves every caller. */
    public static Extractor standard() {
        return STANDARD;
    }
}
