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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
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
        long open = s.findings().stream().filter(f -> "open".equals(f.status())).count();
        err.println("validation: " + s.findings().size() + " finding(s), " + open + " open");
        for (Finding f : s.findings()) {
            if (!"open".equals(f.status())) {
                continue;
            }
            err.printf("  %-7s %-14s line %-4s %s%n", f.severity().name().toLowerCase(java.util.Locale.ROOT),
                    f.rule(), f.line() == null ? "-" : f.line(), f.message());
        }
    }
}
