package org.cstofigures.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.PipelineConfig;
import org.cstofigures.config.ProjectPaths;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.events.EventLexicon;
import org.cstofigures.events.EventsRun;
import org.cstofigures.events.Gazetteer;
import org.cstofigures.error.PipelineException;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.Extractors;
import org.cstofigures.figures.FigureStage;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Source;
import org.cstofigures.publish.FormatWriter;
import org.cstofigures.publish.Publisher;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Writers;
import org.cstofigures.source.Document;
import org.cstofigures.source.Sha256;
import org.cstofigures.source.SourceLoader;
import org.cstofigures.validate.Corrections;
import org.cstofigures.validate.Decision;
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
        List<FormatWriter> writers;
        try {
            writers = Writers.forFormats(config.formats());
        } catch (IllegalArgumentException e) {
            int line = org.cstofigures.config.YamlFiles.lineOf(configFile, "formats");
            throw PipelineException.config(configFile.getFileName() + (line > 0 ? ":" + line : "") + ": "
                    + e.getMessage());
        }
        org.cstofigures.publish.OutputGuard.requireOurs(output, org.cstofigures.publish.OutputGuard.protectedPlaces(
                root, configFile, sourcesFile, ProjectPaths.resolve(root, config.paths().curated(), "paths.curated")));
        try (org.cstofigures.publish.OutputLock lock = org.cstofigures.publish.OutputLock.acquire(output)) {
            Publisher.recover(output);
            Built built = build(config, root, sourcesFile);
            if (built.validation.failed() || built.events.failed()) {
                return new RunSummary(built.validation.figures(), built.findings(), List.of(), true);
            }
            Publisher publisher = new Publisher(writers, Writers.metadata());
            List<Publisher.Written> written = publisher.publish(built.release, output);
            return new RunSummary(built.validation.figures(), built.findings(), written, false);
        }
    }

    private record Built(ValidationResult validation, EventsRun events, Release release) {
        List<Finding> findings() {
            List<Finding> all = new ArrayList<>(validation.findings());
            all.addAll(events.findings());
            return all;
        }
    }

    private Built build(PipelineConfig config, Path root, Path sourcesFile) {
        String correctionsShown = config.paths().curated() + "/" + config.validation().corrections();
        Corrections corrections = Corrections.load(ProjectPaths.requireRealInside(root, ProjectPaths.resolve(root,
                correctionsShown, "validation.corrections"), correctionsShown), correctionsShown);
        ProjectPaths.requireRealInside(root, sourcesFile, config.paths().sources());
        ProjectPaths.requireRealInside(root, ProjectPaths.resolve(root, config.paths().curated(), "paths.curated")
                .resolve("lexicon"), config.paths().curated() + "/lexicon");
        List<Document> docs = new SourceLoader().load(sourcesFile, root);
        Analysed analysed = analyse(config, root, docs, corrections);
        ValidationResult validation = analysed.validation();
        EventsRun events = analysed.events();
        List<Source> sources = docs.stream().map(Document::source).toList();
        Catalog.Inputs in = new Catalog.Inputs(validation, events, sources);
        Built built = new Built(validation, events, null);
        Release release = org.cstofigures.diff.ReleaseChanges.attach(new Release(config.release(), sources,
                Catalog.dataTables(in), Catalog.FINDINGS.render(in),
                report(validation, events, built.findings(), sources), provenance(config, root, sources),
                texts(docs)), root);
        return new Built(validation, events, release);
    }

    private record Analysed(ValidationResult validation, EventsRun events) {
    }

    /**
     * Extract → figures → validate → events, in a method of its own so that what only these stages need (every
     * line's grammar results, the figures before validation) can be collected before the release is built.
     */
    private static Analysed analyse(PipelineConfig config, Path root, List<Document> docs, Corrections corrections) {
        ExtractStage extract = new ExtractStage(Extractors.standard());
        List<ExtractedDocument> extracted = new ArrayList<>();
        for (Document d : docs) {
            extracted.add(extract.run(d));
        }
        Path curated = ProjectPaths.resolve(root, config.paths().curated(), "paths.curated");
        Lexicon lexicon = Lexicon.load(curated.resolve("lexicon"), config.paths().curated() + "/lexicon");
        ValidationResult validation = validate(config, lexicon, extracted, docs, corrections);
        EventsRun events = EventsRun.build(curated, config.paths().curated(), corrections, extracted, lexicon, docs,
                validation.figures().figures());
        return new Analysed(validation, events);
    }

    /** Figures → validate; the figures before validation are dropped on return (the events stage is large too). */
    private static ValidationResult validate(PipelineConfig config, Lexicon lexicon, List<ExtractedDocument> extracted,
            List<Document> docs, Corrections corrections) {
        FigureSet figures = new FigureStage(lexicon).run(extracted);
        return new Validator(config.validation()).run(figures, docs, corrections);
    }

    private static Map<String, String> texts(List<Document> docs) {
        Map<String, String> t = new TreeMap<>();
        for (Document d : docs) {
            t.put(d.source().id(), d.text());
        }
        return t;
    }

    /**
     * The checksum of every input that changes the output, and the code version: pipeline.yaml, the editor's
     * corrections, each lexicon file and each source.
     */
    private Map<String, String> provenance(PipelineConfig config, Path root, List<Source> sources) {
        Map<String, String> p = new TreeMap<>();
        p.put("pipeline_version", Version.get());
        p.put("config_sha256", sha256(configFile, configFile.getFileName().toString()));
        String corrections = config.paths().curated() + "/" + config.validation().corrections();
        p.put("corrections_sha256", sha256(ProjectPaths.resolve(root, corrections, "validation.corrections"),
                corrections));
        Path lexicon = ProjectPaths.resolve(root, config.paths().curated(), "paths.curated").resolve("lexicon");
        for (String file : List.of(Lexicon.CATEGORIES, Lexicon.SUBJECTS, Lexicon.OPERATIONS, Lexicon.FRAMES,
                EventLexicon.FILE)) {
            p.put("lexicon_sha256." + file, sha256(lexicon.resolve(file), config.paths().curated() + "/lexicon/"
                    + file));
        }
        p.put("gazetteer_sha256", sha256(lexicon.getParent().resolve(Gazetteer.FILE), config.paths().curated() + "/"
                + Gazetteer.FILE));
        for (Source s : sources) {
            p.put("source_sha256." + s.id(), s.sha256());
        }
        return p;
    }

    private static String sha256(Path file, String shown) {
        return Sha256.hex(SourceLoader.read(file, shown));
    }

    private static Map<String, Object> report(ValidationResult v, EventsRun events, List<Finding> findings,
            List<Source> sources) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Finding f : findings) {
            byRule.merge(f.rule() + "/" + f.severity().code() + "/" + f.status().code(), 1, Integer::sum);
            byStatus.merge(f.severity().code() + "/" + f.status().code(), 1, Integer::sum);
        }
        summary.put("figures", v.figures().figures().size());
        summary.put("mentions", v.figures().mentions().size());
        summary.put("events", events.events().size());
        summary.put("members", events.members().size());
        summary.put("findings", findings.size());
        summary.put("open_errors", findings.stream().filter(Finding::blocksRun).count());
        summary.put("open_warnings", findings.stream()
                .filter(f -> !f.blocksRun() && f.status() == FindingStatus.OPEN).count());
        summary.put("by_severity_status", byStatus);
        summary.put("by_rule_severity_status", byRule);
        summary.put("corrected", v.decisions().stream().filter(d -> d.action() == Decision.Action.CORRECTED).count());
        summary.put("rejected", v.decisions().stream().filter(d -> d.action() == Decision.Action.REJECTED).count());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sources", sources.stream().map(s -> Map.of("source_id", s.id(), "sha256", s.sha256())).toList());
        r.put("summary", summary);
        r.put("findings", findings);
        r.put("decisions", v.decisions());
        r.put("event_decisions", events.decisions());
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
