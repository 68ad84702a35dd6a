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

    /** The OS's reason for an I/O failure, in words a user recognizes. */
    public static String reason(java.io.IOException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (msg.contains("Too many levels of symbolic links") || e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop; point the link at a real file";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            String r = ((java.nio.file.FileSystemException) e).getReason();
            if (r != null) {
                return r;
            }
        }
        return msg.replace('\n', ' ');
    }

}
