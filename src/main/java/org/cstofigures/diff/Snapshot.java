package org.cstofigures.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.publish.Cells;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Table;

/**
 * The tables of one release as text, the way its CSV files hold them: per table, the header, the key columns and
 * the rows by key. A snapshot comes from a release directory ({@code csv/*.csv}, keys from
 * {@code datapackage.json}), from a git revision's committed release directory, or from a release in memory, so
 * that any two can be compared cell for cell whatever wrote them.
 */
public record Snapshot(String label, Map<String, Rows> tables) {

    public Snapshot {
        Objects.requireNonNull(label, "label");
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** One table: column names, key columns (never empty) and rows by key, in file order. */
    public record Rows(List<String> header, List<String> key, Map<String, Map<String, String>> byKey) {

        public Rows {
            header = List.copyOf(header);
            key = List.copyOf(key);
            if (!(byKey instanceof TableRows)) {
                byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
            }
        }

        /** The rows whose column equals value. */
        public List<Map<String, String>> where(String column, String value) {
            List<Map<String, String>> out = new ArrayList<>();
            for (Map<String, String> r : byKey.values()) {
                if (value.equals(r.get(column))) {
                    out.add(r);
                }
            }
            return out;
        }
    }

    /**
     * Key columns of tables whose release declares none: a validation finding is one rule on one figure and its
     * mentions.
     */
    static final Map<String, List<String>> DEFAULT_KEYS = Map.of(
            "figures", List.of("figure_id"), "mentions", List.of("mention_id"), "sources", List.of("source_id"),
            "findings", List.of("rule", "figure_id", "mention_ids", "line"));

    public Rows table(String name) {
        return tables.get(name);
    }

    /** The release in {@code dir}: every {@code csv/*.csv}, keyed as its {@code datapackage.json} declares. */
    public static Snapshot fromDirectory(Path dir) {
        Path csv = dir.resolve("csv");
        if (!Files.isDirectory(csv)) {
            throw new PipelineException(ExitCode.IO, dir + ": not a release directory (no csv/ in it); give the"
                    + " output directory of a run, or a git revision whose output/ is a release");
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(csv)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.endsWith(".csv") && Files.isRegularFile(p)) {
                    files.put(n.substring(0, n.length() - 4), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            Path pkg = dir.resolve("datapackage.json");
            String descriptor = Files.isRegularFile(pkg) ? Files.readString(pkg, StandardCharsets.UTF_8) : null;
            return parse(dir.toString(), files, descriptor);
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, dir + ": cannot read the release (" + PipelineException.reason(e)
                    + ")", e);
        }
    }

    /** The release committed under {@code releaseDir} (e.g. output) at git revision {@code rev} of {@code repo}. */
    public static Snapshot fromGit(Path repo, String rev, String releaseDir) {
        String base = releaseDir.replaceAll("/+$", "");
        String listing = git(repo, rev, "ls-tree", "--name-only", rev + ":" + base + "/csv");
        Map<String, String> files = new TreeMap<>();
        for (String n : listing.split("\n")) {
            if (n.endsWith(".csv")) {
                files.put(n.substring(0, n.length() - 4), git(repo, rev, "show", rev + ":" + base + "/csv/" + n));
            }
        }
        if (files.isEmpty()) {
            throw new PipelineException(ExitCode.IO, rev + ":" + base + "/csv: no CSV tables at that revision");
        }
        String descriptor;
        try {
            descriptor = git(repo, rev, "show", rev + ":" + base + "/datapackage.json");
        } catch (PipelineException e) {
            descriptor = null;
        }
        return parse(rev, files, descriptor);
    }

    /**
     * A release in memory, with the text its CSV files would hold. Its rows are read from the tables when asked
     * for, not copied: only each row's key is kept (a copy of a 50 MB release's cells as text did not fit in 1 GB).
     */
    public static Snapshot fromRelease(String label, Release release) {
        Map<String, Rows> out = new LinkedHashMap<>();
        for (Table t : Cells.published(release)) {
            List<String> header = t.columns().stream().map(c -> c.name()).toList();
            List<String> key = keyOf(t.name(), t.primaryKey(), header);
            out.put(t.name(), new Rows(header, key, TableRows.of(t, header, key)));
        }
        return new Snapshot(label, order(new TreeMap<>(out)));
    }

    private static Snapshot parse(String label, Map<String, String> files, String descriptor) {
        Map<String, List<String>> keys = declaredKeys(label, descriptor);
        Map<String, Rows> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            String text = f.getValue().startsWith("\uFEFF") ? f.getValue().substring(1) : f.getValue();
            try (Reader r = new StringReader(text);
                    CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                List<String> header = p.getHeaderNames();
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord rec : p) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String h : header) {
                        m.put(h, rec.isSet(h) ? rec.get(h) : "");
                    }
                    rows.add(m);
                }
                out.put(f.getKey(), rows(header, keyOf(f.getKey(), keys.getOrDefault(f.getKey(), List.of()), header),
                        rows));
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new PipelineException(ExitCode.IO, label + ": csv/" + f.getKey() + ".csv: not a readable CSV"
                        + " table (" + Objects.toString(e.getMessage(), e.getClass().getSimpleName())
                        .replace('\n', ' ') + ")", e);
            }
        }
        return new Snapshot(label, order(out));
    }

    /**
     * Figures first, findings last, the rest in between by name: the order every report lists them in, whether the
     * release is read from files or from memory.
     */
    private static Map<String, Rows> order(Map<String, Rows> tables) {
        Map<String, Rows> out = new LinkedHashMap<>();
        if (tables.containsKey("figures")) {
            out.put("figures", tables.get("figures"));
        }
        tables.forEach((k, v) -> {
            if (!k.equals("figures") && !k.equals("findings")) {
                out.put(k, v);
            }
        });
        if (tables.containsKey("findings")) {
            out.put("findings", tables.get("findings"));
        }
        return out;
    }

    private static Map<String, List<String>> declaredKeys(String label, String descriptor) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        if (descriptor == null) {
            return keys;
        }
        try {
            JsonNode pkg = new ObjectMapper().readTree(descriptor);
            for (JsonNode r : pkg.path("resources")) {
                String path = r.path("path").asText("");
                JsonNode pk = r.path("schema").path("primaryKey");
                if (!path.startsWith("csv/") || !path.endsWith(".csv")) {
                    continue;
                }
                String table = path.substring(4, path.length() - 4);
                if (pk.isMissingNode()) {
                    keys.put(table, List.of());
                    continue;
                }
                List<String> cols = new ArrayList<>();
                if (pk.isTextual()) {
                    cols.add(pk.asText());
                } else {
                    pk.forEach(n -> cols.add(n.asText()));
                }
                keys.put(table, cols);
            }
            return keys;
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, label + ": datapackage.json is not valid JSON ("
                    + Objects.toString(e.getMessage(), "").split("\n")[0] + ")", e);
        }
    }

    /** The declared key, else the default for a known table, else the whole row. */
    private static List<String> keyOf(String table, List<String> declared, List<String> header) {
        List<String> k = !declared.isEmpty() ? declared : DEFAULT_KEYS.getOrDefault(table, header);
        return header.containsAll(k) ? k : header;
    }

    /** Rows by key; a key seen twice gets {@code #2}, {@code #3} … so no row is lost. */
    private static Rows rows(List<String> header, List<String> key, List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String k = keyText(key, r);
            String unique = k;
            for (int n = 2; byKey.containsKey(unique); n++) {
                unique = k + " #" + n;
            }
            byKey.put(unique, r);
        }
        return new Rows(header, key, byKey);
    }

    /**
     * The key of a row as one string: its non-empty key cells joined by a space (a single key is just its value;
     * a finding on an event, with no figure or mentions, is "rule line").
     */
    static String keyText(List<String> key, Map<String, String> row) {
        StringBuilder b = new StringBuilder();
        for (String k : key) {
            String v = row.getOrDefault(k, "");
            if (v.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(v);
        }
        return b.toString();
    }

    private static String git(Path repo, String rev, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.add("-C");
        cmd.add(repo.toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream in = p.getInputStream(); InputStream es = p.getErrorStream()) {
                out = in.readAllBytes();
                err = es.readAllBytes();
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new PipelineException(ExitCode.IO, "git " + String.join(" ", args) + ": timed out");
            }
            if (p.exitValue() != 0) {
                String why = new String(err, StandardCharsets.UTF_8).strip().split("\n")[0];
                throw new PipelineException(ExitCode.USAGE, "'" + rev + "' is neither a release directory nor a git"
                        + " revision with a committed release (" + why + ")");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, "'" + rev + "' is not a directory, and git cannot be run to"
                    + " read it as a revision (" + PipelineException.reason(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException(ExitCode.IO, "interrupted while running git", e);
        }
    }

    /**
     * The rows of a table in memory by key, in table order, as {@link #rows} would key them ({@code #2} for a key
     * seen twice): an index from key to row number; each row's text is rendered from the table when it is read.
     */
    static final class TableRows extends IndexedMap<Map<String, String>> {

        private final Renderer renderer;

        private TableRows(Renderer renderer, List<String> keys, Map<String, Integer> rowOf) {
            super(keys, rowOf, renderer::row);
            this.renderer = renderer;
        }

        static TableRows of(Table table, List<String> header, List<String> key) {
            Map<String, Integer> columns = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), i);
            }
            int n = table.rows().size();
            String[] keys = new String[n];
            Map<String, Integer> rowOf = new java.util.HashMap<>(Math.max(16, n * 4 / 3 + 1));
            int[] at = new int[key.size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = columns.get(key.get(k));
            }
            for (int i = 0; i < n; i++) {
                String k = keyOf(table, i, at);
                String unique = k;
                for (int d = 2; rowOf.containsKey(unique); d++) {
                    unique = k + " #" + d;
                }
                keys[i] = unique;
                rowOf.put(unique, i);
            }
            return new TableRows(new Renderer(table, header, columns), java.util.Arrays.asList(keys), rowOf);
        }

        /** As {@link #keyText}: the non-empty key cells' CSV text joined by a space. */
        private static String keyOf(Table table, int row, int[] at) {
            if (at.length == 1) {
                return Cells.csvText(table.cell(row, at[0]));
            }
            StringBuilder b = new StringBuilder();
            for (int k : at) {
                String v = Cells.csvText(table.cell(row, k));
                if (v.isEmpty()) {
                    continue;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(v);
            }
            return b.toString();
        }

        /** What reads the rows' text, without the index by key. */
        Renderer renderer() {
            return renderer;
        }
    }

    /**
     * The rows of a table in memory as their CSV text, by row number: a row is read by column name, in column
     * order, each cell rendered from the table when it is read (a label reads three cells of thirty), over the
     * table's shared header.
     */
    record Renderer(Table table, List<String> header, Map<String, Integer> columns) {

        Map<String, String> row(int i) {
            return new IndexedMap<>(header, columns, column -> Cells.csvText(table.cell(i, column)));
        }
    }
}
