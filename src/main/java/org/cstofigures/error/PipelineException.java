package org.cstofigures.error;

import java.util.Objects;

/**
 * An error the user can act on: its message is one line naming the file (and line) and what to do, and it
 * carries the exit code the CLI returns. The CLI prints the message without a stack trace unless --debug.
 */
public final class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public PipelineException(ExitCode exitCode, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    public PipelineException(ExitCode exitCode, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public static PipelineException config(String message) {
        return new PipelineException(ExitCode.USAGE, message);
    }

    public static PipelineException io(String message, Throwable cause) {
        return new PipelineException(ExitCode.IO, message, cause);
    }
}
