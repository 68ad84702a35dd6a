package org.cstofigures.publish;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.model.Source;
import org.cstofigures.validate.FindingsTable;

/**
 * Small hand-made releases for the writer tests: a few rows with Korean text, negative and fractional numbers,
 * dates, missing cells and (optionally) a hostile subject, independent of what the extractor finds.
 */
final class TestReleases {

    static final String SOURCE_ID = "src-1";
    static final String SHA = "f618730e5c10c479df2dd010aca266fe4a28c308ece394d152ff250d971b75fb";

    private TestReleases() {
    }

    static Release standard() {
        return withSubject("heroin");
    }

    /** A release whose first figure (and its mention) has {@code subject} as its subject. */
    static Release withSubject(String subject) {
        ReleaseMetadata meta = new ReleaseMetadata("test-figures", "Test figures", "Figures for the writer tests.",
                "9.9.9", new ReleaseMetadata.Licence("CC-BY-4.0", "Creative Commons Attribution 4.0",
                        "https://creativecommons.org/licenses/by/4.0/"),
                new ReleaseMetadata.Licence("Apache-2.0", "Apache License 2.0",
                        "https://www.apache.org/licenses/LICENSE-2.0"),
                List.of("CSTO", "집단안보조약기구"), LocalDate.of(2026, 11, 28),
                List.of(new ReleaseMetadata.Contributor("test team", "author")), "Test team (2026). Test figures.",
                null);
        Source src = new Source(SOURCE_ID, "raw/test.txt", SHA, 52219, "누가 ODKB에 포함되어 있습니까?", "ko", "ru",
                LocalDate.of(2019, 9, 6), "디자인과 인테리어", LocalDate.of(2026, 11, 28), null, "Third-party text.",
                "Machine translation.");
        List<List<Object>> figures = List.of(
                row(Tables.FIGURES.schema(), "figure_id", "f-1", "category", "seizure", "subject", subject,
                        "subject_ko", "헤로인", "operation", "Channel", "value", new BigDecimal("1500.000"),
                        "value_low", new BigDecimal("1500"), "value_high", new BigDecimal("1.5E+3"), "unit", "kg",
                        "qualifier", "exact", "as_written", "1.5톤", "as_written_value", new BigDecimal("1500"),
                        "period_start", LocalDate.of(2018, 1, 1), "period_end", LocalDate.of(2018, 12, 31),
                        "period_precision", "year", "status", "extracted", "mention_count", 2,
                        "source_id", SOURCE_ID, "first_line", 12,
                        "quote", "2018년 \"채널\" 작전 중 헤로인 1.5톤, 코카인 0.25kg이 압수되었습니다, 그리고 더.",
                        "part_of", null),
                row(Tables.FIGURES.schema(), "figure_id", "f-2", "category", "other", "subject", "temperature change",
                        "subject_ko", "변화", "value", new BigDecimal("-12.25"), "unit", "other",
                        "qualifier", "approx", "as_written", "-12.25", "as_written_value", new BigDecimal("-12.25"),
                        "status", "corrected", "flags", "scale_error;conflict", "note", "=1+1 stays text",
                        "mention_count", 1, "source_id", SOURCE_ID, "first_line", 40, "quote", "약 -12.25", 
                        "part_of", "f-1"),
                row(Tables.FIGURES.schema(), "figure_id", "f-3", "category", "force_size", "subject", "CRRF personnel",
                        "subject_ko", "인원", "value", null, "value_low", new BigDecimal("0.001"),
                        "unit", "person", "qualifier", "vague", "as_written", "수십만", "status", "extracted",
                        "mention_count", 1, "source_id", SOURCE_ID, "first_line", 76,
                        "quote", "CSTO CRRF(2만명 이상) 인원", "period_start", LocalDate.of(2019, 9, 6),
                        "period_end", LocalDate.of(2019, 9, 6), "period_precision", "day"));
        List<List<Object>> mentions = List.of(
                row(Tables.MENTIONS.schema(), "mention_id", "m-1", "figure_id", "f-1", "source_id", SOURCE_ID, "line", 12,
                        "char_start", 100, "char_end", 105, "surface", "1.5톤", "sentence", "헤로인 1.5톤.",
                        "value", new BigDecimal("1500"), "published_value", new BigDecimal("1500"), "status", "extracted", "unit", "kg", "qualifier", "exact", "category", "seizure",
                        "subject", subject, "subject_ko", "헤로인", "period_start", LocalDate.of(2018, 1, 1),
                        "rule", "number_unit"),
                row(Tables.MENTIONS.schema(), "mention_id", "m-2", "figure_id", "f-1", "source_id", SOURCE_ID, "line", 13,
                        "char_start", 0, "char_end", 5, "surface", "1.5톤", "sentence", "1.5톤",
                        "value", new BigDecimal("1500"), "published_value", new BigDecimal("1500"), "status", "extracted", "unit", "kg", "qualifier", "exact", "category", "seizure",
                        "subject", "heroin", "subject_ko", "헤로인", "rule", "number_unit", "flags", "repeat"),
                row(Tables.MENTIONS.schema(), "mention_id", "m-3", "figure_id", "f-2", "source_id", SOURCE_ID, "line", 40,
                        "char_start", 2000, "char_end", 2006, "surface", "-12.25", "sentence", "약 -12.25",
                        "value", new BigDecimal("-12.25"), "published_value", new BigDecimal("-12.25"),
                        "status", "corrected", "unit", "other", "qualifier", "approx",
                        "category", "other", "subject", "temperature change", "subject_ko", "변화",
                        "rule", "number"));
        List<List<Object>> sources = List.of(Arrays.asList(src.id(), src.path(), src.sha256(), src.bytes(),
                src.title(), src.language(), src.translatedFrom(), src.published(), src.publisher(),
                src.retrieved(), src.url(), src.rights(), src.notes()));
        Table figuresT = new Table("figures", "Figures", "One row per fact.", Tables.FIGURES.schema(), figures,
                List.of("figure_id"), List.of(new ForeignKey("source_id", "sources", "source_id"),
                        new ForeignKey("part_of", "figures", "figure_id")));
        Table mentionsT = new Table("mentions", "Mentions", "One row per mention.", Tables.MENTIONS.schema(), mentions,
                List.of("mention_id"), List.of(new ForeignKey("figure_id", "figures", "figure_id"),
                        new ForeignKey("source_id", "sources", "source_id")));
        Table sourcesT = new Table("sources", "Sources", "The sources.", Tables.SOURCES.schema(), sources,
                List.of("source_id"), List.of());
        Table findings = new Table("findings", "Validation findings", "What validation found.", FindingsTable.DEFINITION.schema(),
                List.of(row(FindingsTable.DEFINITION.schema(), "rule", "scale_error", "severity", "warning", "status", "open",
                        "figure_id", "f-2", "mention_ids", "m-3", "line", 40, "message", "-12.25 looks off",
                        "suggested_fix", "@check the Russian original")),
                List.of(), List.of());
        Map<String, String> prov = new TreeMap<>();
        prov.put("pipeline_version", "9.9.9");
        prov.put("config_sha256", "c0ffee");
        prov.put("source_sha256." + SOURCE_ID, SHA);
        return new Release(meta, List.of(src), List.of(figuresT, mentionsT, sourcesT), findings,
                Map.of("summary", Map.of("figures", 3)), prov);
    }

    /** A row in the column order of {@code cols} from name/value pairs; unnamed columns are missing. */
    static List<Object> row(List<Column> cols, Object... kv) {
        List<Object> r = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            r.add(null);
        }
        for (int i = 0; i < kv.length; i += 2) {
            String name = (String) kv[i];
            int idx = -1;
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c).name().equals(name)) {
                    idx = c;
                }
            }
            if (idx < 0) {
                throw new IllegalArgumentException("no column " + name);
            }
            r.set(idx, kv[i + 1]);
        }
        return r;
    }

    /** Every data and metadata writer, in the order the pipeline runs them. */
    static List<FormatWriter> allWriters() {
        List<FormatWriter> w = new ArrayList<>(Writers.forFormats(List.of("csv", "json", "xlsx", "parquet")));
        w.addAll(Writers.metadata());
        return w;
    }
}
