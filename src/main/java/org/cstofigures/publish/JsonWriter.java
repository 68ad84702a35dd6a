package org.cstofigures.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes each table as {@code json/<table>.json}: one object that carries the table's name, title and
 * description, the release (name, version, created, licence, citation), the provenance (source checksums,
 * pipeline version, config checksum), the fields, and then {@code records}: one object per row, one row per
 * line, keys exactly the CSV headers in column order, numbers as JSON numbers, dates as ISO 8601 strings,
 * null for missing. Text is kept exactly as in the source: a JSON string is never evaluated as a formula.
 */
public final class JsonWriter implements FormatWriter {

    /** Directory of the JSON files. */
    public static final String DIR = "json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private static final Format FORMAT = new Format("json", "application/json", "utf-8",
            "Every table as one JSON file: release, provenance and fields, then one object per row.",
            List.of(new Format.Layout(DIR + "/{table}.json",
                    "The {table} table as JSON: provenance and fields, then one object per row under records.")));

    @Override
    public Format declaration() {
        return FORMAT;
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        Files.createDirectories(dir.resolve(DIR));
        List<String> out = new ArrayList<>();
        for (Table t : Cells.published(release)) {
            String rel = DIR + "/" + t.name() + ".json";
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(rel)),
                    StandardCharsets.UTF_8), 1 << 16)) {
                write(release, t, w);
            }
            out.add(rel);
        }
        return out;
    }

    /** The file for one table; header members one per line, records one per line. */
    static String render(Release release, Table t) throws IOException {
        StringWriter w = new StringWriter();
        write(release, t, w);
        return w.toString();
    }

    /** The file for one table, record by record to {@code sb}. */
    static void write(Release release, Table t, Writer sb) throws IOException {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("name", t.name());
        head.put("title", t.title());
        head.put("description", t.description());
        head.put("release", releaseInfo(release));
        head.put("provenance", new TreeMap<>(release.provenance()));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column c : t.columns()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", c.name());
            f.put("type", c.type().frictionless());
            f.put("required", c.required());
            if (c.decimal() != null) {
                f.put("precision", c.decimal().precision());
                f.put("scale", c.decimal().scale());
            }
            f.put("description", c.description());
            fields.add(f);
        }
        head.put("fields", fields);
        sb.append("{\n");
        for (Map.Entry<String, Object> e : head.entrySet()) {
            sb.append("  ").append(MAPPER.writeValueAsString(e.getKey())).append(": ")
                    .append(MAPPER.writeValueAsString(e.getValue())).append(",\n");
        }
        sb.append("  \"records\": [");
        boolean first = true;
        for (List<Object> row : t.rows()) {
            Map<String, Object> rec = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                rec.put(t.columns().get(i).name(), value(row.get(i)));
            }
            sb.append(first ? "\n    " : ",\n    ").append(MAPPER.writeValueAsString(rec));
            first = false;
        }
        sb.append(first ? "]\n}\n" : "\n  ]\n}\n");
    }

    static Map<String, Object> releaseInfo(Release release) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", release.metadata().name());
        r.put("version", release.metadata().version());
        r.put("created", release.metadata().created().toString());
        r.put("license", release.metadata().license().name());
        r.put("license_url", release.metadata().license().path());
        r.put("citation", release.metadata().citation());
        return r;
    }

    private static Object value(Object v) {
        if (v instanceof BigDecimal) {
            return new BigDecimal(Cells.plain((BigDecimal) v));
        }
        if (v instanceof LocalDate) {
            return v.toString();
        }
        return v;
    }
}
