package org.cstofigures.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.model.Source;

/**
 * Writes {@code datapackage.json}, a Frictionless Data Package (v2, readable by v1 readers) describing every file
 * already in the release directory (found by walking it, so nothing is missed): path, format, media type and
 * encoding (as its writer declares them), bytes and {@code sha256:} hash. The plain CSV files are tabular
 * resources named after their table, with a Table Schema (types, descriptions, required/enum/minimum
 * constraints, categories, primary and foreign keys); their spreadsheet copies are the same tables; every
 * other file is a plain resource. {@code dataset.jsonld} is written after this file and so is not listed in it.
 */
public final class DataPackageWriter implements FormatWriter {

    public static final String PATH = "datapackage.json";
    /** The Data Package profile the descriptor follows. */
    public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Override
    public Format declaration() {
        return new Format("datapackage", "application/json", "utf-8", "The Frictionless Data Package descriptor.",
                List.of(new Format.Layout(PATH, "The Frictionless Data Package (v2): every other file with its size,"
                        + " media type and sha256, and the Table Schemas.")));
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        List<StagedFiles.StagedFile> files = StagedFiles.list(dir, List.of(PATH, DatasetJsonLdWriter.PATH));
        Map<String, Object> pkg = descriptor(release, files);
        Files.write(dir.resolve(PATH), ValidationReportWriter.appendNewline(MAPPER.writeValueAsBytes(pkg)));
        return List.of(PATH);
    }

    static Map<String, Object> descriptor(Release release, List<StagedFiles.StagedFile> files) {
        ReleaseMetadata m = release.metadata();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("$schema", PROFILE);
        p.put("name", m.name());
        p.put("title", m.title());
        p.put("description", m.description());
        p.put("version", m.version());
        p.put("created", m.created() + "T00:00:00Z");
        if (m.homepage() != null) {
            p.put("homepage", m.homepage());
        }
        p.put("keywords", m.keywords());
        p.put("licenses", List.of(licence(m.license())));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : release.sources()) {
            Map<String, Object> src = new LinkedHashMap<>();
            src.put("title", s.title());
            src.put("path", s.url() != null ? s.url() : s.path());
            if (s.publisher() != null) {
                src.put("publisher", s.publisher());
            }
            if (s.published() != null) {
                src.put("published", s.published().toString());
            }
            src.put("hash", "sha256:" + s.sha256());
            if (s.rights() != null) {
                src.put("rights", s.rights());
            }
            sources.add(src);
        }
        p.put("sources", sources);
        List<Map<String, Object>> contributors = new ArrayList<>();
        for (ReleaseMetadata.Contributor c : m.contributors()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("title", c.title());
            cm.put("roles", List.of(c.role()));
            contributors.add(cm);
        }
        p.put("contributors", contributors);
        p.put("citation", m.citation());
        p.put("code_license", licence(m.codeLicense()));
        p.put("provenance", new TreeMap<>(release.provenance()));
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table t : Cells.published(release)) {
            tables.put(CsvWriter.DIR + "/" + t.name() + ".csv", t);
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (StagedFiles.StagedFile f : files) {
            Table t = tables.get(f.path());
            Table excel = f.path().startsWith(CsvWriter.EXCEL_DIR + "/")
                    ? tables.get(CsvWriter.DIR + f.path().substring(CsvWriter.EXCEL_DIR.length())) : null;
            Map<String, Object> r = t != null ? tabular(t, f) : excel != null ? excelCopy(release, excel, f)
                    : plain(release, f);
            if (m.downloadBase() != null) {
                r = withUrl(r, m.downloadUrl(f.path()));
            }
            resources.add(r);
        }
        p.put("resources", resources);
        return p;
    }

    /**
     * The resource with {@code url}, its absolute download address, after {@code path}; {@code path} stays
     * relative so that the package still validates from a downloaded copy of the release directory.
     */
    private static Map<String, Object> withUrl(Map<String, Object> resource, String url) {
        Map<String, Object> out = new LinkedHashMap<>();
        resource.forEach((k, v) -> {
            out.put(k, v);
            if (k.equals("path")) {
                out.put("url", url);
            }
        });
        return out;
    }

    private static Map<String, Object> licence(ReleaseMetadata.Licence l) {
        Map<String, Object> lm = new LinkedHashMap<>();
        lm.put("name", l.name());
        lm.put("path", l.path());
        lm.put("title", l.title());
        return lm;
    }

    /**
     * A table's CSV file: {@code type: table} (Data Package v2) and {@code profile: tabular-data-resource} (so
     * that v1 readers also cast its rows against the schema).
     */
    private static Map<String, Object> tabular(Table t, StagedFiles.StagedFile f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("profile", "tabular-data-resource");
        r.put("type", "table");
        r.put("name", t.name());
        r.put("path", f.path());
        r.put("title", t.title());
        r.put("description", t.description());
        r.put("format", "csv");
        r.put("mediatype", mediaType(f.path()));
        r.put("encoding", "utf-8");
        r.put("bytes", f.bytes());
        r.put("hash", "sha256:" + f.sha256());
        r.put("dialect", dialect());
        r.put("schema", schema(t));
        return r;
    }

    /**
     * A table's copy behind a UTF-8 byte-order mark, for spreadsheets: described as what it is, the same table
     * with the same schema and dialect ({@code type: table}), without the v1 tabular profile, so that v1 readers,
     * which do not strip the mark, only check its bytes and hash.
     */
    private static Map<String, Object> excelCopy(Release release, Table t, StagedFiles.StagedFile f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", "table");
        r.put("name", resourceName(f.path()));
        r.put("path", f.path());
        r.put("title", t.title() + " (for spreadsheets)");
        r.put("description", describe(release, f.path()));
        r.put("format", "csv");
        r.put("mediatype", mediaType(f.path()));
        r.put("encoding", "utf-8");
        r.put("bytes", f.bytes());
        r.put("hash", "sha256:" + f.sha256());
        r.put("dialect", dialect());
        r.put("schema", schema(t));
        return r;
    }

    private static Map<String, Object> dialect() {
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        return dialect;
    }

    /** The Table Schema of a table. */
    static Map<String, Object> schema(Table t) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column c : t.columns()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", c.name());
            f.put("type", c.type().frictionless());
            if (c.type() == FieldType.DATE) {
                f.put("format", "default");
            }
            f.put("description", c.description());
            if (c.unit() != null) {
                f.put("unit", c.unit());
            }
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("required", c.required());
            if (!c.enumValues().isEmpty()) {
                k.put("enum", c.enumValues());
                f.put("categories", c.enumValues());
            }
            if (c.minimum() != null) {
                k.put("minimum", c.minimum());
            }
            f.put("constraints", k);
            fields.add(f);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fields", fields);
        s.put("missingValues", List.of(""));
        if (!t.primaryKey().isEmpty()) {
            s.put("primaryKey", t.primaryKey());
        }
        if (!t.foreignKeys().isEmpty()) {
            List<Map<String, Object>> fks = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("resource", fk.resource().equals(t.name()) ? "" : fk.resource());
                ref.put("fields", fk.referenceField());
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("fields", fk.field());
                fm.put("reference", ref);
                fks.add(fm);
            }
            s.put("foreignKeys", fks);
        }
        return s;
    }

    private static Map<String, Object> plain(Release release, StagedFiles.StagedFile f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", resourceName(f.path()));
        r.put("path", f.path());
        r.put("description", describe(release, f.path()));
        r.put("format", f.extension());
        r.put("mediatype", mediaType(f.path()));
        Writers.Placed placed = Writers.place(f.path());
        if (placed == null || placed.format().encoding() != null) {
            r.put("encoding", "utf-8");
        }
        r.put("bytes", f.bytes());
        r.put("hash", "sha256:" + f.sha256());
        return r;
    }

    /** A resource name for a non-tabular file: its path, lower-case, with every other character as '-'. */
    static String resourceName(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The media type the writer of {@code path} declares; application/octet-stream for a file none declares. */
    static String mediaType(String path) {
        Writers.Placed placed = Writers.place(path);
        if (placed == null) {
            return "application/octet-stream";
        }
        return placed.layout().mediaType() != null ? placed.layout().mediaType() : placed.format().mediaType();
    }

    /** What the file holds, from its writer's declared layout. */
    private static String describe(Release release, String path) {
        Writers.Placed placed = Writers.place(path);
        if (placed == null) {
            return "A file of the release.";
        }
        return placed.layout().description().replace("{table}", placed.table()).replace("{tables}",
                String.join(", ", Cells.published(release).stream().map(Table::name).toList()));
    }
}
