package org.cstofigures.error;

/** The process exit codes, as documented in docs/development.md ("Exit codes and messages"). */
public enum ExitCode {
    /** Everything was written. */
    OK(0),
    /** A validation rule of severity error fired; output/ was left as it was. */
    VALIDATION_FAILED(1),
    /** Bad command line, pipeline.yaml, sources.yaml, corrections.yaml or lexicon. */
    USAGE(2),
    /** A file could not be read or written, or a checksum does not match. */
    IO(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
