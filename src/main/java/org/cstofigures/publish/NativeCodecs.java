package org.cstofigures.publish;

import java.nio.file.Path;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Loads zstd-jni's native library (Parquet's ZSTD codec) before anything is written, so that a missing or noexec
 * temporary directory, a file-size limit or an unsupported platform is one message, not a stack trace from deep
 * inside the Parquet writer. zstd-jni unpacks the library into java.io.tmpdir (or -DZstdTempFolder) and loads it
 * from there.
 */
final class NativeCodecs {

    private NativeCodecs() {
    }

    static void requireZstd(Path out) {
        try {
            com.github.luben.zstd.util.Native.load();
        } catch (LinkageError | RuntimeException e) {
            String dir = System.getProperty("ZstdTempFolder", System.getProperty("java.io.tmpdir"));
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            m = m.length() > 240 ? m.substring(0, 240) + "…" : m;
            throw new PipelineException(ExitCode.IO, out + ": cannot load the native ZSTD library that Parquet needs ("
                    + m.replace('\n', ' ').replace('\r', ' ') + "); it is unpacked into " + dir + ", which must exist,"
                    + " be writable, allow executing files (not mounted noexec) and not be limited by ulimit -f:"
                    + " run with -Djava.io.tmpdir=<such a directory>, or drop parquet from formats; output/ was left"
                    + " as it was", e);
        }
    }
}
