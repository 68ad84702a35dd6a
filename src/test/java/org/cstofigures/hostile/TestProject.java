package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstofigures.cli.Main;
import org.cstofigures.source.Sha256;

/**
 * A throw-away copy of the project (pipeline.yaml, raw/, curated/) in a temporary directory, with helpers to
 * add sources, edit the configuration, run the CLI in-process and check its promises: exit code, one-line
 * message, output/ untouched or fully new, and mentions whose spans point at their surface.
 */
public final class TestProject {

    /** The real project: Maven runs tests in the module's base directory. */
    public static final Path PROJECT = Path.of(System.getProperty("csto.project", System.getProperty("user.dir")))
            .toAbsolutePath();

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** Copies pipeline.yaml, raw/ and curated/ of the real project into {@code dir}. */
    public static TestProject copyInto(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.copy(PROJECT.resolve("pipeline.yaml"), dir.resolve("pipeline.yaml"));
            copyTree(PROJECT.resolve("raw"), dir.resolve("raw"));
            copyTree(PROJECT.resolve("curated"), dir.resolve("curated"));
            copyTree(PROJECT.resolve("releases"), dir.resolve("releases"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestProject(dir);
    }

    public Path root() {
        return root;
    }

    public Path config() {
        return root.resolve("pipeline.yaml");
    }

    public Path raw() {
        return root.resolve("raw");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path manifest() {
        return raw().resolve("sources.yaml");
    }

    /** Writes {@code content} to raw/{@code fileName} and records it, with its real checksum, in the manifest. */
    public Path addSource(String id, String fileName, byte[] content) {
        Path file = raw().resolve(fileName);
        write(file, content);
        addManifestEntry(id, fileName, Sha256.hex(content), content.length);
        return file;
    }

    /** Appends an entry to raw/sources.yaml (the sources list is its last key). */
    public void addManifestEntry(String id, String path, String sha256, long bytes) {
        String entry = "  - id: " + id + "\n"
                + "    path: \"" + path + "\"\n"
                + "    sha256: " + sha256 + "\n"
                + "    bytes: " + bytes + "\n"
                + "    title: \"test source " + id + "\"\n"
                + "    language: ko\n"
                + "    published: 2019-09-06\n"
                + "    retrieved: 2026-11-28\n"
                + "    rights: test data\n";
        append(manifest(), entry);
    }

    /** Replaces the first occurrence of {@code from} in a project file; fails if it is not there. */
    public void replaceIn(Path file, String from, String to) {
        String s = read(file);
        assertTrue(s.contains(from), () -> file + " does not contain " + from);
        write(file, s.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    public Result run(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("run", "--config", config().toString()));
        args.addAll(List.of(extraArgs));
        return execute(args.toArray(new String[0]));
    }

    public static Result extract(Path file, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(List.of(extraArgs));
        args.add(file.toString());
        return execute(args.toArray(new String[0]));
    }

    /** Runs the CLI in-process with captured streams. */
    public static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.execute(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** What a CLI call returned. */
    public record Result(int code, String out, String err) {

        /** Asserts the exit code and that stderr is exactly one line, "csto-figures: …", containing each fragment. */
        public Result assertError(int expectedCode, String... fragments) {
            assertEquals(expectedCode, code, () -> "exit code; stderr was:\n" + err);
            assertOneLine(err);
            for (String f : fragments) {
                assertTrue(err.contains(f), () -> "stderr should contain '" + f + "' but was: " + err);
            }
            return this;
        }

        public Result assertOk() {
            assertEquals(0, code, () -> "exit code; stderr was:\n" + err);
            assertFalse(err.contains("\tat ") || err.contains("at org."), () -> "stack trace on stderr:\n" + err);
            return this;
        }
    }

    /** One line, prefixed, no stack trace. */
    public static void assertOneLine(String err) {
        String trimmed = err.endsWith("\n") ? err.substring(0, err.length() - 1) : err;
        assertFalse(trimmed.isEmpty(), "stderr is empty");
        assertFalse(trimmed.contains("\n") || trimmed.contains("\r"), () -> "stderr is not one line:\n" + err);
        assertTrue(trimmed.startsWith("csto-figures: "), () -> "stderr does not start with 'csto-figures: ': " + err);
        assertFalse(trimmed.contains("at org.") || trimmed.contains("Exception:"), () -> "looks like a stack trace: "
                + err);
    }

    /** Every regular file under {@code dir} (relative path → bytes as sha256), or an empty map if it is missing. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    files.put(dir.relativize(file).toString(), Sha256.hex(Files.readAllBytes(file)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Parses the mentions CSV that extract prints or run writes. */
    public static List<CSVRecord> mentions(String csv) {
        try (Reader r = new StringReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks every mention against the decoded file: the code points at [char_start, char_end) are the surface,
     * and the line number is the one that holds char_start (terminators \n, \r\n, lone \r).
     */
    public static void assertSpansPointAtSurface(String text, List<CSVRecord> mentions) {
        int[] cps = text.codePoints().toArray();
        for (CSVRecord m : mentions) {
            int start = Integer.parseInt(m.get("char_start"));
            int end = Integer.parseInt(m.get("char_end"));
            assertTrue(0 <= start && start <= end && end <= cps.length, () -> "span outside the text: " + m);
            String at = new String(cps, start, end - start);
            assertEquals(at, m.get("surface"), () -> "text at span " + start + ".." + end + " is not the surface");
            int line = 1;
            for (int i = 0; i < start; i++) {
                if (cps[i] == '\n' && (i == 0 || cps[i - 1] != '\r') || cps[i] == '\r') {
                    line++;
                }
            }
            assertEquals(line, Integer.parseInt(m.get("line")), () -> "line of " + m);
            for (String col : List.of("value", "value_low", "value_high")) {
                String v = m.get(col);
                if (!v.isEmpty()) {
                    new java.math.BigDecimal(v); // a plain decimal number, never NaN or Infinity
                }
            }
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
