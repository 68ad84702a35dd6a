package org.cstofigures.config;

import java.nio.file.Path;
import org.cstofigures.error.PipelineException;

/** Checks that a configured path stays inside the project and resolves it against the project root. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /** Rejects null, absolute paths and paths that climb out of the project with '..'. */
    static void requireRelative(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is empty; give a path relative to the project");
        }
        Path p = Path.of(value);
        if (p.isAbsolute() || value.startsWith("/") || value.startsWith("\\")) {
            throw new IllegalArgumentException(key + " '" + value + "' is absolute; give a path relative to the project");
        }
        if (p.normalize().startsWith("..")) {
            throw new IllegalArgumentException(key + " '" + value + "' leaves the project; keep it inside");
        }
    }

    /**
     * Rejects an output directory that is the project itself or holds, or lies inside, the sources or the curated
     * data: publishing replaces the whole output directory, so it must never contain anything else.
     */
    static void requireSeparateOutput(String output, String sources, String curated) {
        Path out = Path.of(output).normalize();
        if (out.toString().isEmpty()) {
            throw new IllegalArgumentException("paths.output '" + output + "' is the project directory itself;"
                    + " give a directory of its own, such as output");
        }
        Path src = Path.of(sources).normalize();
        Path cur = Path.of(curated).normalize();
        if (src.startsWith(out) || cur.startsWith(out) || out.startsWith(cur) || out.equals(src)) {
            throw new IllegalArgumentException("paths.output '" + output + "' overlaps paths.sources or paths.curated;"
                    + " it is replaced on every run, so give a directory of its own, such as output");
        }
        if (out.getNameCount() == 1 && out.toString().equalsIgnoreCase("pipeline.yaml")) {
            throw new IllegalArgumentException("paths.output '" + output + "' is the configuration file;"
                    + " give a directory of its own, such as output");
        }
    }

    /** Resolves {@code relative} under {@code root}, refusing anything that ends up outside it. */
    public static Path resolve(Path root, String relative, String shownKey) {
        Path r = root.toAbsolutePath().normalize();
        Path p = r.resolve(relative).normalize();
        if (!p.startsWith(r)) {
            throw PipelineException.config(shownKey + " '" + relative + "' leaves the project; keep it inside " + r);
        }
        return p;
    }

    /**
     * Refuses an input that exists but, through a symbolic link, lives outside the project (a corrections file
     * linked to someone's home, a lexicon linked to /etc): its content would be read and shown in messages.
     */
    public static Path requireRealInside(Path root, Path input, String shownKey) {
        if (!java.nio.file.Files.exists(input)) {
            return input;
        }
        try {
            Path realRoot = root.toAbsolutePath().toRealPath();
            Path real = input.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw PipelineException.config(shownKey + ": is a symbolic link (or under one) that leaves the project"
                        + " for " + real + "; copy the file into the project instead");
            }
            return input;
        } catch (java.io.IOException e) {
            throw new PipelineException(org.cstofigures.error.ExitCode.IO, shownKey + ": cannot resolve: "
                    + PipelineException.reason(e), e);
        }
    }
}
