package org.cstofigures.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.model.Source;

/**
 * Everything one run publishes: the release metadata, the sources, the data tables (figures, mentions,
 * sources, in that order), the validation findings as a table, the validation report as a JSON-ready value,
 * the provenance every format carries (input checksums, pipeline version), and each source's decoded text by
 * source id (for the site's source viewer; empty when a release is built without texts).
 */
public record Release(
        ReleaseMetadata metadata,
        List<Source> sources,
        List<Table> tables,
        Table findings,
        Object validationReport,
        Map<String, String> provenance,
        Map<String, String> sourceTexts) {

    public Release {
        Objects.requireNonNull(metadata, "metadata");
        sources = List.copyOf(sources);
        tables = List.copyOf(tables);
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(validationReport, "validationReport");
        provenance = Map.copyOf(provenance);
        sourceTexts = Map.copyOf(sourceTexts);
    }

    /** A release without source texts. */
    public Release(ReleaseMetadata metadata, List<Source> sources, List<Table> tables, Table findings,
            Object validationReport, Map<String, String> provenance) {
        this(metadata, sources, tables, findings, validationReport, provenance, Map.of());
    }

    public Table table(String name) {
        for (Table t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table " + name);
    }

    /** The codebook of the data tables and the findings: one row per column. */
    public Table codebook() {
        List<Table> described = new ArrayList<>(tables);
        described.add(findings);
        return Codebook.of(described);
    }

    /** Every table published as a data file: the data tables, the findings, then the codebook. */
    public List<Table> published() {
        List<Table> all = new ArrayList<>(tables);
        all.add(findings);
        all.add(codebook());
        return all;
    }
}
