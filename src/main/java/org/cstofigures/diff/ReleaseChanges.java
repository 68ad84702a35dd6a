package org.cstofigures.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.ProjectPaths;
import org.cstofigures.config.ReleaseMetadata;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.publish.Release;
import org.cstofigures.publish.Table;

/**
 * Adds the {@code changes} table to a release: what changed since the previous release named in pipeline.yaml
 * ({@code release.previous}), read from its tables pinned inside the project (e.g. {@code releases/0.1.0/}),
 * never from the output/ directory the run replaces, so that two runs publish the same changes.
 */
public final class ReleaseChanges {

    private ReleaseChanges() {
    }

    /** The release with a {@code changes} table after its data tables, or unchanged without a previous release. */
    public static Release attach(Release release, Path root) {
        ReleaseMetadata.Previous previous = release.metadata().previous();
        if (previous == null) {
            return release;
        }
        Path dir = ProjectPaths.resolve(root, previous.path(), "release.previous.path");
        if (!Files.isDirectory(dir.resolve("csv"))) {
            throw new PipelineException(ExitCode.USAGE, "release.previous.path '" + previous.path() + "' holds no"
                    + " pinned release (no " + previous.path() + "/csv/); pin release " + previous.version()
                    + " there (docs/releases.md) or remove release.previous from pipeline.yaml");
        }
        Snapshot old = Snapshot.fromDirectory(dir);
        // compared as published: with a changes table (its rows are not compared) and the codebook that
        // describes it, so that the table says what `diff` says of the files
        List<Table> tables = new ArrayList<>(release.tables());
        tables.add(Changes.table(List.of(), previous.version()));
        List<Change> changes = ReleaseDiff.compare(old, Snapshot.fromRelease(release.metadata().version(),
                with(release, tables)));
        // read through, not copied: the changes of a large release are made when a writer reads them
        List<Change> complete = new java.util.AbstractList<>() {
            @Override
            public Change get(int index) {
                Change c = changes.get(index);
                boolean self = c.table().equals(Changes.DEFINITION.name()) && c.change().equals(Change.ADDED)
                        && c.field() == null;
                return self ? new Change(c.table(), c.change(), c.id(), c.previousId(), null, null, null,
                        changes.size() + " rows") : c;
            }

            @Override
            public int size() {
                return changes.size();
            }
        };
        tables.set(tables.size() - 1, Changes.table(complete, previous.version()));
        return with(release, tables);
    }

    private static Release with(Release release, List<Table> tables) {
        return new Release(release.metadata(), release.sources(), tables, release.findings(),
                release.validationReport(), release.provenance(), release.sourceTexts());
    }
}
