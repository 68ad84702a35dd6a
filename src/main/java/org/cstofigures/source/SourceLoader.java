package org.cstofigures.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Source;

/**
 * The source stage: reads raw/sources.yaml, recomputes every file's size and SHA-256 and refuses to go on if
 * one differs from the manifest, then decodes each file as strict UTF-8 into a {@link Document}.
 */
public final class SourceLoader {

    /** The advice of a checksum or size mismatch, followed by the manifest's name. */
    private static final String RESTORE = "restore the file as received, or record the new file (its sha256 and"
            + " bytes) in ";

    private final YamlFiles yaml = new YamlFiles();

    /**
     * @param manifestFile raw/sources.yaml; source paths are relative to its directory
     * @param shownRoot    the project root, used only to print paths relative to it
     */
    public List<Document> load(Path manifestFile, Path shownRoot) {
        String shownManifest = shown(shownRoot, manifestFile);
        SourceManifest manifest = yaml.read(manifestFile, shownManifest, SourceManifest.class);
        Path rawDir = manifestFile.toAbsolutePath().getParent();
        List<Document> docs = new ArrayList<>();
        for (SourceManifest.Entry e : manifest.sources()) {
            Path file = rawDir.resolve(e.path()).normalize();
            if (!file.startsWith(rawDir.normalize())) {
                throw PipelineException.config(shownManifest + ": path '" + e.path() + "' of source '" + e.id()
                        + "' leaves " + shown(shownRoot, rawDir) + "; keep sources inside it");
            }
            String shownFile = shown(shownRoot, file);
            if (Files.exists(file)) {
                requireInside(file, rawDir, shownManifest, e, shownRoot);
                if (!Files.isDirectory(file) && !Files.isRegularFile(file)) {
                    throw new PipelineException(ExitCode.IO, shownFile + ": not a regular file (a device, pipe or"
                            + " socket); give a text file");
                }
                long size = Files.isRegularFile(file) ? size(file, shownFile) : e.bytes();
                if (size != e.bytes()) {
                    throw new PipelineException(ExitCode.IO, shownFile + ": size mismatch: " + shownManifest + " says "
                            + e.bytes() + " bytes, file has " + size + "; " + RESTORE + shownManifest);
                }
            }
            byte[] bytes = read(file, shownFile);
            String sha = Sha256.hex(bytes);
            if (!sha.equals(e.sha256())) {
                throw new PipelineException(ExitCode.IO, shownFile + ": sha256 mismatch: " + shownManifest
                        + " says " + e.sha256() + ", file has " + sha
                        + "; " + RESTORE + shownManifest);
            }
            if (bytes.length != e.bytes()) {
                throw new PipelineException(ExitCode.IO, shownFile + ": size mismatch: " + shownManifest + " says "
                        + e.bytes() + " bytes, file has " + bytes.length + "; " + RESTORE + shownManifest);
            }
            requireInside(file, rawDir, shownManifest, e, shownRoot);
            String text;
            List<Line> lines;
            try {
                text = TextDecoder.decode(bytes, shownFile);
                lines = TextDecoder.lines(text, shownFile, LineReader.MAX_PIECE_CHARS);
            } catch (OutOfMemoryError oom) {
                throw new PipelineException(ExitCode.IO, shownFile + ": too large to hold in memory (" + bytes.length
                        + " bytes); give Java more memory (java -Xmx2g -jar …) or split the file");
            }
            if (hasNoText(text)) {
                throw new PipelineException(ExitCode.IO, shownFile + ": the source has no text (empty or only"
                        + " whitespace); restore its content, or remove source '" + e.id() + "' from " + shownManifest);
            }
            Source source = new Source(e.id(), relativeToRoot(shownRoot, file), sha, bytes.length, e.title(),
                    e.language(), e.translatedFrom(), e.published(), e.publisher(), e.retrieved(), e.url(),
                    e.rights(), e.notes());
            docs.add(new Document(source, text, lines));
        }
        return docs;
    }

    /** Refuses a source that is a symbolic link (or under one) pointing outside the manifest's directory. */
    private static void requireInside(Path file, Path rawDir, String shownManifest, SourceManifest.Entry e,
            Path shownRoot) {
        try {
            if (!file.toRealPath().startsWith(rawDir.toRealPath())) {
                throw PipelineException.config(shownManifest + ": path '" + e.path() + "' of source '" + e.id()
                        + "' is a symbolic link that leaves " + shown(shownRoot, rawDir)
                        + "; copy the file into it instead");
            }
        } catch (IOException ex) {
            throw new PipelineException(ExitCode.IO, shown(shownRoot, file) + ": cannot resolve: " + ex.getMessage(), ex);
        }
    }

    private static long size(Path file, String shownFile) {
        try {
            return Files.size(file);
        } catch (IOException ex) {
            throw new PipelineException(ExitCode.IO, shownFile + ": cannot read: " + PipelineException.reason(ex), ex);
        }
    }

    /** True for text with nothing but white space, byte order marks and zero-width characters. */
    public static boolean hasNoText(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0xFEFF || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060);
    }

    /** Reads a whole file, turning every I/O failure into a one-line message naming it. */
    public static byte[] read(Path file, String shownFile) {
        try {
            if (Files.isDirectory(file)) {
                throw new PipelineException(ExitCode.IO, shownFile + ": is a directory, expected a text file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PipelineException(ExitCode.IO, shownFile + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new PipelineException(ExitCode.IO, shownFile + ": permission denied; make it readable", e);
        } catch (FileSystemLoopException e) {
            throw new PipelineException(ExitCode.IO, shownFile + ": symbolic link loop; point the link at a real file", e);
        } catch (OutOfMemoryError e) {
            throw new PipelineException(ExitCode.IO, shownFile + ": too large to hold in memory; give Java more memory"
                    + " (java -Xmx2g -jar …) or split the file", e);
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, shownFile + ": cannot read: " + PipelineException.reason(e), e);
        }
    }

    static String shown(Path root, Path file) {
        return relativeToRoot(root, file);
    }

    private static String relativeToRoot(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(r) ? r.relativize(f).toString().replace('\\', '/') : f.toString();
    }
}
