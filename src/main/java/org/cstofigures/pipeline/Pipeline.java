package org.cstofigures.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.ProjectPaths;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.Extractors;
import org.cstofigures.figures.FigureSet;
import org.cstofigures.figures.FigureStage;
import org.cstofigures.model.Figure;
import org.cstofigures.model.Source;
import org.cstofigures.publish.Publisher;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Schemas;
import org.cstofigures.publish.Table;
import org.cstofigures.publish.Tables;
import org.cstofigures.publish.Writers;
import org.cstofigures.source.Document;
import org.cstofigures.source.Sha256;
import org.cstofigures.source.SourceLoader;
import org.cstofigures.validate.Corrections;
import org.cstofigures.validate.Finding;
import org.cstofigures.validate.FindingStatus;
import org.cstofigures.validate.ValidationResult;
import org.cstofigures.validate.Validator;

/**
 * Composes the stages: source (load + verify) → extract → figures → validate → publish. A pure function of
 * raw/, curated/, pipeline.yaml and the code: the same inputs give byte-identical output/.
 */
public final class Pipeline {

    private final Path configFile;

    public Pipeline(Path configFile) {
        this.configFile = configFile.toAbsolutePath().normalize();
    }

    /** Runs everything and publishes to the configured output directory. */
    public RunSummary run() {
        Path root = configFile.getParent();
        PipelineConfig config = new YamlFiles().read(configFile, configFile.getFileName().toString(),
                PipelineConfig.class);
        Path output = ProjectPaths.resolve(root, config.paths().output(), "paths.output");
        return run(config, output);
    }

    /** Runs everything but publishes to {@code output} instead of the configured directory (for tests). */
    public RunSummary run(PipelineConfig config, Path output) {
        Path root = configFile.getParent();
        Path sourcesFile = ProjectPaths.resolve(root, config.paths().sources(), "paths.sources");
        try (org.cstofigures.publish.OutputLock lock = org.cstofigures.publish.OutputLock.acquire(output)) {
            Publisher.recover(output);
            Built built = build(config, root, sourcesFile);
            if (built.validation.failed()) {
                return new RunSummary(built.validation.figures(), built.validation.findings(), List.of(), true);
            }
            Publisher publisher = new Publisher(Writers.forFormats(config.formats()), Writers.metadata());
            List<Publisher.Written> written = publisher.publish(built.release, output);
            return new RunSummary(built.validation.figures(), built.validation.findings(), written, false);
        }
    }

    private record Built(ValidationResult validation, Release release) {
    }

    private Built build(PipelineConfig config, Path root, Path sourcesFile) {
        String correctionsShown = config.paths().curated() + "/" + config.validation().corrections();
        Corrections corrections = Corrections.load(ProjectPaths.resolve(root, correctionsShown,
                "validation.corrections"), correctionsShown);
        List<Document> docs = new SourceLoader().load(sourcesFile, root);
        ExtractStage extract = new ExtractStage(Extractors.standard());
        List<ExtractedDocument> extracted = new ArrayList<>();
        for (Document d : docs) {
            extracted.add(extract.run(d));
        }
        FigureSet figures = new FigureStage(org.cstofigures.figures.Lexicon.load(ProjectPaths.resolve(root,
                config.paths().curated(), "paths.curated").resolve("lexicon"), config.paths().curated() + "/lexicon"))
                .run(extracted);
        ValidationResult validation = new Validator(config.validation()).run(figures, docs, corrections);
        List<Source> sources = docs.stream().map(Document::source).toList();
        Release release = org.cstofigures.diff.ReleaseChanges.attach(new Release(config.release(), sources,
                List.of(Tables.figures(validation.figures().figures()),
                        Tables.mentions(validation.figures().mentions()), Tables.sources(sources)),
                findingsTable(validation.findings()), report(validation, sources),
                provenance(sources)), root);
        return new Built(validation, release);
    }

    private Map<String, String> provenance(List<Source> sources) {
        Map<String, String> p = new TreeMap<>();
        p.put("pipeline_version", Version.get());
        p.put("config_sha256", Sha256.hex(SourceLoader.read(configFile, configFile.getFileName().toString())));
        for (Source s : sources) {
            p.put("source_sha256." + s.id(), s.sha256());
        }
        return p;
    }

    private static Table findingsTable(List<Finding> findings) {
        List<List<Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(Arrays.asList(f.rule(), f.severity().code(), f.status().code(),
                    f.figureId(), f.mentionIds().isEmpty() ? null : String.join(";", f.mentionIds()), f.line(),
                    f.message(), f.suggestedFix()));
        }
        return new Table("findings", "Validation findings", "What the validation rules found, and what is open.",
                Schemas.FINDINGS, rows, List.of(), List.of());
    }

    private static Map<String, Object> report(ValidationResult v, List<Source> sources) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Finding f : v.findings()) {
            byRule.merge(f.rule() + "/" + f.severity().code() + "/" + f.status().code(), 1, Integer::sum);
            byStatus.merge(f.severity().code() + "/" + f.status().code(), 1, Integer::sum);
        }
        summary.put("figures", v.figures().figures().size());
        summary.put("mentions", v.figures().mentions().size());
        summary.put("findings", v.findings().size());
        summary.put("open_errors", v.findings().stream().filter(Finding::blocksRun).count());
        summary.put("open_warnings", v.findings().stream()
                .filter(f -> !f.blocksRun() && f.status() == FindingStatus.OPEN).count());
        summary.put("by_severity_status", byStatus);
        summary.put("by_rule_severity_status", byRule);
        summary.put("corrected", v.decisions().stream().filter(d -> "corrected".equals(d.action())).count());
        summary.put("rejected", v.decisions().stream().filter(d -> "rejected".equals(d.action())).count());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sources", sources.stream().map(s -> Map.of("source_id", s.id(), "sha256", s.sha256())).toList());
        r.put("summary", summary);
        r.put("findings", v.findings());
        r.put("decisions", v.decisions());
        return r;
    }

    /** What a run did, for the CLI's summary. */
    public record RunSummary(FigureSet figures, List<Finding> findings, List<Publisher.Written> written,
            boolean failed) {

        public Map<String, Integer> figuresPerCategory() {
            Map<String, Integer> m = new TreeMap<>();
            for (Figure f : figures.figures()) {
                m.merge(f.category().code(), 1, Integer::sum);
            }
            return m;
        }
    }
}
