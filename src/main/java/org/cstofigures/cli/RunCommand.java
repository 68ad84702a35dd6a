package org.cstofigures.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.pipeline.Pipeline;
import org.cstofigures.publish.Publisher;
import org.cstofigures.validate.Finding;
import org.cstofigures.validate.FindingStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: the whole pipeline, writing output/; a summary goes to stderr. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Verify raw/, extract, build figures, validate and publish output/.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "pipeline.yaml",
            description = "The pipeline configuration (default: ${DEFAULT-VALUE}).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Open warnings listed on stderr; the rest are counted, all are in the report. */
    private static final int MAX_WARNINGS_SHOWN = 20;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CompilerDirectives.installInBackground(); // the writers are hot enough for C2 even on a short source
        if (!java.nio.file.Files.exists(config)) {
            throw new PipelineException(ExitCode.IO, config + ": file not found; give --config the path of"
                    + " pipeline.yaml, or run from the project directory");
        }
        Pipeline.RunSummary s = new Pipeline(config).run();
        printFindings(err, s);
        if (s.failed()) {
            err.println("csto-figures: validation failed: output/ was left as it was; fix the errors above"
                    + " or record a correction in curated/corrections.yaml");
            err.flush();
            return ExitCode.VALIDATION_FAILED.code();
        }
        err.println("figures per category:");
        for (Map.Entry<String, Integer> e : s.figuresPerCategory().entrySet()) {
            err.printf("  %-22s %5d%n", e.getKey(), e.getValue());
        }
        err.printf("  %-22s %5d figures, %d mentions%n", "total", s.figures().figures().size(),
                s.figures().mentions().size());
        err.println("files written:");
        for (Publisher.Written w : s.written()) {
            err.printf("  %-36s %,10d bytes%n", w.path(), w.bytes());
        }
        err.flush();
        return ExitCode.OK.code();
    }

    private static void printFindings(PrintWriter err, Pipeline.RunSummary s) {
        java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
        long open = 0;
        long acknowledged = 0;
        long corrected = 0;
        for (Finding f : s.findings()) {
            byRule.merge(f.rule() + " " + f.severity().code() + " " + f.status().code(), 1, Integer::sum);
            if (f.status() == FindingStatus.OPEN) {
                open++;
            } else if (f.status() == FindingStatus.ACKNOWLEDGED) {
                acknowledged++;
            } else {
                corrected++;
            }
        }
        err.println("validation: " + s.findings().size() + " finding(s): " + open + " open, " + acknowledged
                + " acknowledged, " + corrected + " corrected (details: output/validation-report.json)");
        for (Map.Entry<String, Integer> e : byRule.entrySet()) {
            err.printf("  %-40s %5d%n", e.getKey(), e.getValue());
        }
        int shown = 0;
        for (Finding f : s.findings()) {
            boolean error = f.severity() == org.cstofigures.config.ValidationConfig.Severity.ERROR;
            if (f.status() != FindingStatus.OPEN || (!error && shown >= MAX_WARNINGS_SHOWN)) {
                continue;
            }
            if (!error) {
                shown++;
            }
            err.printf("  %-7s %-12s line %-4s %s%n", f.severity().code(), f.rule(),
                    f.line() == null ? "-" : f.line(), f.message());
        }
        if (open - errors(s) > shown) {
            err.println("  … " + (open - errors(s) - shown) + " more open warning(s) in output/validation-report.json");
        }
    }

    private static long errors(Pipeline.RunSummary s) {
        return s.findings().stream().filter(Finding::blocksRun).count();
    }
}
