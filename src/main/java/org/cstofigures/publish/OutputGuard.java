package org.cstofigures.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.error.PipelineException;

/**
 * Decides whether a run may replace its output directory. Publishing replaces the whole directory, so it must be
 * ours: absent, empty, or holding a release this pipeline wrote (its datapackage.json is a Data Package, v1
 * profile or v2 {@code $schema}, carrying {@code provenance.pipeline_version}). Whatever the marker says, a directory is refused when it is, holds or lies
 * inside a protected place (the inputs, {@code .git}, {@code src}), or is or holds the project, the working
 * directory or the home directory; paths are compared after resolving every symbolic link, so a link cannot
 * smuggle a protected place in. Refusals are configuration errors (exit 2) naming the path.
 */
public final class OutputGuard {

    /** The file of a release that marks a directory as ours. */
    public static final String MARKER = "datapackage.json";

    private static final long MAX_MARKER_BYTES = 64L << 20;

    private OutputGuard() {
    }

    /** A place the output directory must keep clear of. */
    public record Protected(Path path, String what, boolean mayHoldOutput) {
    }

    /**
     * The places a project protects: its inputs and repository may neither hold nor be held by the output
     * directory; the project root, the working directory and the home directory may hold it but never be it or
     * lie inside it.
     *
     * @param root        the directory of pipeline.yaml
     * @param configFile  pipeline.yaml
     * @param sourcesFile the source manifest (its directory holds the sources)
     * @param curatedDir  the curated directory
     */
    public static List<Protected> protectedPlaces(Path root, Path configFile, Path sourcesFile, Path curatedDir) {
        List<Protected> p = new ArrayList<>();
        Path r = root.toAbsolutePath().normalize();
        p.add(new Protected(configFile, "the configuration file", false));
        p.add(new Protected(sourcesFile, "the source manifest", false));
        Path rawDir = sourcesFile.toAbsolutePath().normalize().getParent();
        if (rawDir != null && !rawDir.equals(r)) {
            p.add(new Protected(rawDir, "the sources directory", false));
        }
        p.add(new Protected(curatedDir, "the curated directory", false));
        p.add(new Protected(r.resolve(".git"), "the git repository", false));
        p.add(new Protected(r.resolve("src"), "the source code", false));
        p.add(new Protected(r, "the project directory", true));
        String cwd = System.getProperty("user.dir");
        if (cwd != null && !cwd.isEmpty()) {
            p.add(new Protected(Path.of(cwd), "the working directory", true));
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && !"?".equals(home)) {
            p.add(new Protected(Path.of(home), "the home directory", true));
        }
        return p;
    }

    /** Throws a configuration error (exit 2) naming {@code output} unless it is safe to replace. */
    public static void requireOurs(Path output, List<Protected> places) {
        Path out = output.toAbsolutePath().normalize();
        Path real = real(out);
        for (Protected p : places) {
            Path q = real(p.path().toAbsolutePath().normalize());
            for (Path candidate : List.of(out, real)) {
                Path lexical = p.path().toAbsolutePath().normalize();
                for (Path prot : List.of(lexical, q)) {
                    String how = relation(candidate, prot, p.mayHoldOutput());
                    if (how != null) {
                        throw PipelineException.config(out + ": paths.output " + how + " " + p.what() + " ("
                                + prot + (candidate.equals(out) ? "" : ", through a symbolic link") + "); publishing"
                                + " replaces the whole directory, so give a directory of its own, such as output");
                    }
                }
            }
        }
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new PipelineException(org.cstofigures.error.ExitCode.IO, out + ": exists and is not a"
                    + " directory; it would be replaced, so move it away or choose another paths.output");
        }
        if (isEmpty(real) || isRelease(real)) {
            return;
        }
        throw PipelineException.config(out + ": paths.output is a directory that does not hold a release of this"
                + " pipeline (no " + MARKER + " written by csto-figures) and is not empty; publishing would replace"
                + " it, so move it away, empty it, or choose another paths.output");
    }

    private static String relation(Path out, Path prot, boolean mayHoldOutput) {
        if (out.equals(prot)) {
            return "is";
        }
        if (prot.startsWith(out)) {
            return "holds";
        }
        if (!mayHoldOutput && out.startsWith(prot)) {
            return "lies inside";
        }
        return null;
    }

    /**
     * The path with every symbolic link resolved: the real path of its deepest existing ancestor, followed by the
     * names that do not exist yet.
     */
    static Path real(Path p) {
        Path existing = p;
        List<Path> rest = new ArrayList<>();
        while (existing != null) {
            try {
                Path r = existing.toRealPath();
                for (int i = rest.size() - 1; i >= 0; i--) {
                    r = r.resolve(rest.get(i));
                }
                return r.normalize();
            } catch (IOException e) {
                if (existing.getFileName() == null) {
                    break;
                }
                rest.add(existing.getFileName());
                existing = existing.getParent();
            }
        }
        return p;
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw PipelineException.io(dir + ": cannot list the output directory: " + PipelineException.reason(e)
                    + "; make it readable", e);
        }
    }

    /** True when the directory's datapackage.json is a release this pipeline wrote. */
    public static boolean isRelease(Path dir) {
        Path marker = dir.resolve(MARKER);
        try {
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > MAX_MARKER_BYTES) {
                return false;
            }
            JsonNode n;
            try (InputStream in = Files.newInputStream(marker, LinkOption.NOFOLLOW_LINKS)) {
                n = new ObjectMapper().readTree(in);
            }
            return n != null && n.path("provenance").path("pipeline_version").isTextual()
                    && ("data-package".equals(n.path("profile").asText())
                            || n.path("$schema").asText().startsWith("https://datapackage.org/profiles/"));
        } catch (IOException e) {
            return false;
        }
    }
}
