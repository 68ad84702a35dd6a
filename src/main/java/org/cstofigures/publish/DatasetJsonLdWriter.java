package org.cstofigures.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.model.Source;

/**
 * Writes {@code dataset.jsonld}, a schema.org Dataset so that dataset search engines can index the release:
 * name, description, licence, creator, datePublished, the source it is based on, the main columns as
 * variableMeasured, and a distribution for every other file of the release (including datapackage.json) with
 * its encodingFormat, size and SHA-256. It is written last, so it does not list itself. contentUrl is the
 * absolute download URL when pipeline.yaml sets {@code release.download_base}, else the path relative to the
 * release directory.
 */
public final class DatasetJsonLdWriter implements FormatWriter {

    public static final String PATH = "dataset.jsonld";

    /** Columns of the figures table described as variableMeasured. */
    static final List<String> MAIN_COLUMNS = List.of("category", "subject", "value", "value_low", "value_high",
            "unit", "qualifier", "operation", "period_start", "period_end");

    @Override
    public Format declaration() {
        return new Format("jsonld", "application/ld+json", "utf-8", "A schema.org Dataset for dataset search engines.",
                List.of(new Format.Layout(PATH, "The release as a schema.org Dataset, for dataset search engines.")));
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        List<StagedFiles.StagedFile> files = StagedFiles.list(dir, List.of(PATH));
        byte[] json = DataPackageWriter.MAPPER.writeValueAsBytes(descriptor(release, files));
        Files.write(dir.resolve(PATH), ValidationReportWriter.appendNewline(json));
        return List.of(PATH);
    }

    static Map<String, Object> descriptor(Release release, List<StagedFiles.StagedFile> files) {
        ReleaseMetadata m = release.metadata();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@context", "https://schema.org/");
        d.put("@type", "Dataset");
        d.put("name", m.title());
        d.put("alternateName", m.name());
        d.put("description", m.description());
        d.put("version", m.version());
        if (m.homepage() != null) {
            d.put("url", m.homepage());
        }
        d.put("license", m.license().path());
        d.put("isAccessibleForFree", true);
        d.put("keywords", m.keywords());
        d.put("inLanguage", List.of("en", "ko"));
        List<Map<String, Object>> creators = new ArrayList<>();
        for (ReleaseMetadata.Contributor c : m.contributors()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("@type", "Organization");
            o.put("name", c.title());
            creators.add(o);
        }
        d.put("creator", creators);
        d.put("datePublished", m.created().toString());
        d.put("creditText", m.citation());
        List<Map<String, Object>> based = new ArrayList<>();
        for (Source s : release.sources()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("@type", "CreativeWork");
            w.put("name", s.title());
            if (s.url() != null) {
                w.put("url", s.url());
            }
            if (s.language() != null) {
                w.put("inLanguage", s.language());
            }
            if (s.published() != null) {
                w.put("datePublished", s.published().toString());
            }
            if (s.publisher() != null) {
                Map<String, Object> pub = new LinkedHashMap<>();
                pub.put("@type", "Organization");
                pub.put("name", s.publisher());
                w.put("publisher", pub);
            }
            w.put("identifier", "sha256:" + s.sha256());
            if (s.rights() != null) {
                w.put("copyrightNotice", s.rights());
            }
            based.add(w);
        }
        d.put("isBasedOn", based);
        List<Map<String, Object>> vars = new ArrayList<>();
        Table figures = release.table("figures");
        for (String name : MAIN_COLUMNS) {
            Column c = figures.columns().get(figures.columnIndex(name));
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("@type", "PropertyValue");
            v.put("name", c.name());
            v.put("description", c.description());
            if (c.unit() != null) {
                v.put("unitText", c.unit());
            }
            vars.add(v);
        }
        d.put("variableMeasured", vars);
        List<Map<String, Object>> dist = new ArrayList<>();
        for (StagedFiles.StagedFile f : files) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("@type", "DataDownload");
            o.put("name", f.path());
            o.put("contentUrl", m.downloadBase() != null ? m.downloadUrl(f.path()) : f.path());
            o.put("encodingFormat", DataPackageWriter.mediaType(f.path()));
            o.put("contentSize", f.bytes() + " B");
            o.put("sha256", f.sha256());
            dist.add(o);
        }
        d.put("distribution", dist);
        return d;
    }
}
