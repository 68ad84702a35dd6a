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

    /** Restores output/ if a previous run died between the two renames of the swap. */
    public static void recover(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        Path prev = previousDir(out);
        try {
            if (!Files.exists(out) && Files.isDirectory(prev)) {
                Files.move(prev, out, StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.isDirectory(prev)) {
                Dirs.deleteRecursively(prev);
            }
            Dirs.deleteRecursively(stagingDir(out));
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, out + ": cannot clean up after an interrupted run: "
                    + e.getMessage(), e);
        }
    }

    public List<Written> publish(Release release, Path outputDir) {
        Objects.requireNonNull(release, "release");
        Path out = outputDir.toAbsolutePath().normalize();
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new PipelineException(ExitCode.IO, out + ": exists and is not a directory; it would be replaced,"
                    + " so move it away or choose another paths.output");
        }
        Path staging = stagingDir(out);
        List<String> paths = new ArrayList<>();
        long delayMs = testDelayMs();
        try {
            Dirs.deleteRecursively(staging);
            Files.createDirectories(staging);
            for (FormatWriter w : writers) {
                paths.addAll(w.write(release, staging));
                pause(delayMs);
            }
            for (FormatWriter w : metadataWriters) {
                paths.addAll(w.write(release, staging));
                pause(delayMs);
            }
            List<Written> written = new ArrayList<>();
            for (String p : paths) {
                written.add(new Written(p, Files.size(staging.resolve(p))));
            }
            swap(staging, out);
            return written;
        } catch (IOException | RuntimeException e) {
            try {
                Dirs.deleteRecursively(staging);
            } catch (IOException ignored) {
                // the next run removes it
            }
            if (e instanceof PipelineException) {
                throw (PipelineException) e;
            }
            String msg = e instanceof IOException ? PipelineException.reason((IOException) e)
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new PipelineException(ExitCode.IO, out + ": cannot write the release (" + msg
                    + "); the output directory was left as it was; free space or make its parent writable", e);
        }
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

    private static void swap(Path staging, Path out) throws IOException {
        Path prev = previousDir(out);
        Dirs.deleteRecursively(prev);
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
        Dirs.deleteRecursively(prev);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
