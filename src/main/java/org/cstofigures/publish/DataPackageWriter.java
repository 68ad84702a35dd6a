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
 * Writes {@code datapackage.json}, a Frictionless Data Package describing every file already in the release
 * directory (found by walking it, so nothing is missed): path, format, media type, encoding, bytes and
 * {@code sha256:} hash. The plain CSV files are tabular resources named after their table, with a Table Schema
 * (types, descriptions, required/enum/minimum constraints, primary and foreign keys); every other file is a
 * plain resource. {@code dataset.jsonld} is written after this file and so is not listed in it.
 */
public final class DataPackageWriter implements FormatWriter {

    public static final String PATH = "datapackage.json";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Override
    public String format() {
        return "datapackage";
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
        p.put("profile", "data-package");
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
            cm.put("role", c.role());
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
            Map<String, Object> r = t != null ? tabular(t, f) : plain(release, f);
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

    private static Map<String, Object> tabular(Table t, StagedFiles.StagedFile f) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("profile", "tabular-data-resource");
        r.put("name", t.name());
        r.put("path", f.path());
        r.put("title", t.title());
        r.put("description", t.description());
        r.put("format", "csv");
        r.put("mediatype", f.mediatype());
        r.put("encoding", "utf-8");
        r.put("bytes", f.bytes());
        r.put("hash", "sha256:" + f.sha256());
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        r.put("dialect", dialect);
        r.put("schema", schema(t));
        return r;
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
        r.put("profile", "data-resource");
        r.put("name", resourceName(f.path()));
        r.put("path", f.path());
        r.put("description", describe(release, f.path()));
        r.put("format", f.extension());
        r.put("mediatype", f.mediatype());
        if (!f.extension().equals("parquet") && !f.extension().equals("xlsx")) {
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

    private static String describe(Release release, String path) {
        String table = path.substring(path.lastIndexOf('/') + 1);
        table = table.contains(".") ? table.substring(0, table.indexOf('.')) : table;
        if (path.startsWith(CsvWriter.EXCEL_DIR + "/")) {
            return "The " + table + " table as CSV with a UTF-8 byte-order mark, for opening in Excel or"
                    + " LibreOffice; same content as csv/" + table + ".csv.";
        }
        if (path.startsWith(JsonWriter.DIR + "/")) {
            return "The " + table + " table as JSON: provenance and fields, then one object per row under records.";
        }
        if (path.startsWith(ParquetWriter.DIR + "/")) {
            return "The " + table + " table as Parquet (ZSTD); provenance and column descriptions in the footer.";
        }
        if (path.equals(XlsxWriter.PATH)) {
            return "All tables as one workbook: About, " + String.join(", ",
                    Cells.published(release).stream().map(Table::name).toList()) + " and a data dictionary.";
        }
        if (path.equals(ValidationReportWriter.PATH)) {
            return "What validation found: a summary by rule and every finding.";
        }
        return "A file of the release.";
    }
}
