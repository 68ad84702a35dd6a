package org.cstofigures.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cstofigures.diff.Change;
import org.cstofigures.diff.Changes;
import org.cstofigures.diff.ReleaseDiff;
import org.cstofigures.diff.Snapshot;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff OLD [NEW]}: what changed between two releases. Each side is a release directory (the output/ of a
 * run) or a git revision whose committed output/ is a release. The changes table goes to stdout as CSV
 * ({@code --markdown}: the summary instead), or with {@code --out DIR} into {@code DIR/changes.csv} and
 * {@code DIR/changes.md}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two releases by figure_id (and every other table's key): figures added, removed"
                + " and changed, corrections added or withdrawn, findings opened or closed.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD",
            description = "The older release: a directory, or a git revision whose committed release is older.")
    String old;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", defaultValue = "output",
            description = "The newer release: a directory or a git revision (default: ${DEFAULT-VALUE}).")
    String neu;

    @Option(names = "--release-dir", paramLabel = "PATH", defaultValue = "output",
            description = "Where a git revision holds its release (default: ${DEFAULT-VALUE}).")
    String releaseDir;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "The git repository revisions are read from (default: the current directory).")
    Path repo;

    @Option(names = "--markdown", description = "Print the Markdown summary instead of the CSV table.")
    boolean markdown;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/changes.csv and DIR/changes.md instead of printing.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Snapshot a = load(old);
        Snapshot b = load(neu);
        List<Change> changes = ReleaseDiff.compare(a, b);
        String csv = Changes.csv(changes);
        String md = Changes.markdown(changes, old, neu);
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            for (Path d = out.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
                if (org.cstofigures.publish.OutputGuard.isRelease(d)) {
                    throw new PipelineException(ExitCode.USAGE, out + ": is inside the release in " + d
                            + " (its datapackage.json lists every file with its hash); write the changes elsewhere");
                }
            }
            try {
                Files.createDirectories(out);
                Files.writeString(out.resolve("changes.csv"), csv, StandardCharsets.UTF_8);
                Files.writeString(out.resolve("changes.md"), md, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PipelineException(ExitCode.IO, out + ": cannot write the changes ("
                        + PipelineException.reason(e) + ")", e);
            }
            err.println(changes.size() + " change(s) written to " + out.resolve("changes.csv") + " and "
                    + out.resolve("changes.md"));
        } else {
            PrintWriter o = spec.commandLine().getOut();
            o.print(markdown ? md : csv);
            o.flush();
            err.println(changes.size() + " change(s) from " + old + " to " + neu);
        }
        err.flush();
        return ExitCode.OK.code();
    }

    private Snapshot load(String release) {
        Path dir = Path.of(release);
        if (Files.isDirectory(dir)) {
            return Snapshot.fromDirectory(dir);
        }
        return Snapshot.fromGit(repo, release, releaseDir);
    }
}
