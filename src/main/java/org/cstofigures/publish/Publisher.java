package org.cstofigures.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * The publish stage: writes every file of a release into a staging directory beside output/, and only when all
 * are complete swaps it in (output/ → .output-previous, staging → output/, previous deleted). A run that fails
 * or is killed before the swap leaves output/ exactly as it was; {@link #recover} repairs the one window
 * between the two renames at the start of the next run.
 */
public final class Publisher {

    private final List<FormatWriter> writers;
    private final List<FormatWriter> metadataWriters;

    /**
     * @param writers         data writers, one per format, run first
     * @param metadataWriters writers that describe the files written before them (validation report, data
     *                        package, dataset.jsonld), run last in order
     */
    public Publisher(List<FormatWriter> writers, List<FormatWriter> metadataWriters) {
        this.writers = List.copyOf(writers);
        this.metadataWriters = List.copyOf(metadataWriters);
    }

    /** A written file: its path relative to output/ and its size. */
    public record Written(String path, long bytes) {
    }

    public static Path stagingDir(Path outputDir) {
        Path abs = outputDir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + "-staging");
    }

    public static Path previousDir(Path outputDir) {
        Path abs = outputDir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + "-previous");
    }

    /**
     * Restores output/ if a previous run died between the two renames of the swap, and removes what a failed or
     * killed run left beside it (staging and previous directories, even ones someone made read-only).
     */
    public static void recover(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        Path prev = previousDir(out);
        try {
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(prev, LinkOption.NOFOLLOW_LINKS)) {
                move(prev, out);
            } else if (Files.isDirectory(prev, LinkOption.NOFOLLOW_LINKS)) {
                Dirs.deleteOurs(prev);
            }
            Dirs.deleteOurs(stagingDir(out));
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, out + ": cannot clean up after an interrupted run ("
                    + PipelineException.reason(e) + " at " + failedPath(e) + "); output/ was left as it was;"
                    + " make the directory that holds it writable, or remove " + prev.getFileName() + " and "
                    + stagingDir(out).getFileName() + " beside it", e);
        }
    }

    public List<Written> publish(Release release, Path outputDir) {
        Objects.requireNonNull(release, "release");
        Path out = outputDir.toAbsolutePath().normalize();
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new PipelineException(ExitCode.IO, out + ": exists and is not a directory; it would be replaced,"
                    + " so move it away or choose another paths.output");
        }
        for (FormatWriter w : writers) {
            if (w instanceof ParquetWriter) {
                NativeCodecs.requireZstd(out);
            }
        }
        Path staging = stagingDir(out);
        List<String> paths = new ArrayList<>();
        long delayMs = testDelayMs();
        try {
            Dirs.deleteOurs(staging);
            Files.createDirectories(staging);
            for (FormatWriter w : writers) {
                paths.addAll(w.write(release, staging));
                pause(delayMs);
            }
            for (FormatWriter w : metadataWriters) {
                paths.addAll(w.write(release, staging));
                pause(delayMs);
            }
            ReadBack.check(staging, paths);
            swap(staging, out);
        } catch (IOException | RuntimeException | LinkageError e) {
            try {
                Dirs.deleteOurs(staging);
            } catch (IOException ignored) {
                // the next run removes it
            }
            if (e instanceof PipelineException) {
                throw (PipelineException) e;
            }
            String what = e instanceof IllegalArgumentException || e instanceof ArithmeticException
                    ? ": a value cannot be written (" : ": cannot write the release (";
            throw new PipelineException(ExitCode.IO, out + what + describe(e)
                    + "); output/ was left as it was" + advice(e), e);
        }
        removePrevious(out);
        List<Written> written = new ArrayList<>();
        for (String p : paths) {
            try {
                written.add(new Written(p, Files.size(out.resolve(p))));
            } catch (IOException e) {
                throw new PipelineException(ExitCode.IO, out.resolve(p) + ": written, but cannot be read back ("
                        + PipelineException.reason(e) + "); output/ holds the new release", e);
            }
        }
        return written;
    }

    /** After the swap: the new release is in place; a previous one that cannot be removed is reported truly. */
    private static void removePrevious(Path out) {
        Path prev = previousDir(out);
        try {
            Dirs.deleteOurs(prev);
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, out + ": output/ holds the new release, but the previous one"
                    + " could not be removed from " + prev + " (" + PipelineException.reason(e) + "); the next run"
                    + " removes it once the directory that holds output/ is writable", e);
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied at " + failedPath((IOException) e);
        }
        if (e instanceof IOException) {
            String r = PipelineException.reason((IOException) e);
            String at = failedPath((IOException) e);
            return at.isEmpty() || r.contains(at) ? r : r + " at " + at;
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    /** What to do, from the OS's reason: no advice about disk space when the disk is not the cause. */
    private static String advice(Throwable e) {
        if (e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
            return "; a format cannot hold this value exactly, which is no fault of the disk: correct or reject the"
                    + " figure in curated/corrections.yaml, or shorten the text, and report it";
        }
        String m = e instanceof IOException ? PipelineException.reason((IOException) e) : String.valueOf(e.getMessage());
        if (m.contains("File too large")) {
            return "; a file-size limit (ulimit -f) stopped the write: raise it or run without it";
        }
        if (m.contains("No space left") || m.contains("Disk quota")) {
            return "; free disk space and run again";
        }
        if (m.contains("Permission denied") || m.contains("Operation not permitted") || m.contains("Read-only")
                || e instanceof java.nio.file.AccessDeniedException) {
            return "; make the directory that holds output/ writable";
        }
        return "; free disk space or make the directory that holds output/ writable, then run again";
    }

    private static String failedPath(IOException e) {
        if (e instanceof java.nio.file.FileSystemException) {
            String f = ((java.nio.file.FileSystemException) e).getFile();
            return f == null ? "" : f;
        }
        return "";
    }

    /**
     * Test-only hook: the environment variable {@value #DELAY_ENV} (milliseconds) makes the publisher sleep after
     * each writer, so that a test can kill the process while files are being written. Unset in normal use.
     */
    public static final String DELAY_ENV = "CSTO_FIGURES_PUBLISH_DELAY_MS";

    private static long testDelayMs() {
        String v = System.getenv(DELAY_ENV);
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw PipelineException.config(DELAY_ENV + "='" + v + "' is not a number of milliseconds; unset it");
        }
    }

    private static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** output/ → previous, staging → output/; on failure output/ is put back, so it is old or new, never gone. */
    private static void swap(Path staging, Path out) throws IOException {
        Path prev = previousDir(out);
        Dirs.deleteOurs(prev);
        boolean hadOutput = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            move(out, prev);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (hadOutput && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                move(prev, out);
            }
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
