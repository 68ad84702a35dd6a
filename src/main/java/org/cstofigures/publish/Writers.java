package org.cstofigures.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of writers: the data formats pipeline.yaml may name, and the metadata writers that always run
 * after them. Adding a format is one writer class and one entry in {@link #DATA}.
 */
public final class Writers {

    private Writers() {
    }

    /** The data formats, in the order they are written. Writers are stateless. */
    private static final List<FormatWriter> DATA = List.of(new CsvWriter(), new JsonWriter(), new XlsxWriter(),
            new ParquetWriter());

    /**
     * The writers that describe the data files, in the order they must run: the validation report, the site
     * (which lists the files before it), then the data package (which hashes every file before it, the report and
     * the site included), then dataset.jsonld.
     */
    private static final List<FormatWriter> METADATA = List.of(new ValidationReportWriter(),
            new org.cstofigures.site.SiteWriter(), new DataPackageWriter(), new DatasetJsonLdWriter());

    /** The names pipeline.yaml's formats list may use. */
    public static List<String> formats() {
        return DATA.stream().map(FormatWriter::format).toList();
    }

    public static List<FormatWriter> forFormats(List<String> formats) {
        List<FormatWriter> out = new ArrayList<>();
        for (String f : formats) {
            out.add(forFormat(f));
        }
        return out;
    }

    /** The writer of a format; an unknown name is an error listing the known ones. */
    public static FormatWriter forFormat(String format) {
        for (FormatWriter w : DATA) {
            if (w.format().equals(format)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown format '" + format + "' in formats; known: "
                + String.join(", ", formats()));
    }

    public static List<FormatWriter> metadata() {
        return METADATA;
    }

    /**
     * README's list of downloads: every file layout of every writer, in the order they run, with what it holds;
     * {@code {table}} stands for each of {@code tables}.
     */
    public static String markdown(List<String> tables) {
        StringBuilder sb = new StringBuilder("| file | format | what |\n|---|---|---|\n");
        List<FormatWriter> all = new ArrayList<>(DATA);
        all.addAll(METADATA);
        for (FormatWriter w : all) {
            Format f = w.declaration();
            for (Format.Layout l : f.files()) {
                sb.append("| `output/").append(l.pattern()).append("` | ").append(f.name()).append(" (")
                        .append(l.mediaType() != null ? l.mediaType() : f.mediaType()).append(") | ").append(l.description().replace("{tables}",
                                String.join(", ", tables))).append(" |\n");
            }
        }
        sb.append("\n`{table}` is each of: ").append(String.join(", ", tables)).append(".\n\n");
        return sb.toString();
    }

    /** The declaration and layout a published path belongs to, and the table it is for. */
    record Placed(Format format, Format.Layout layout, String table) {
    }

    /** Which writer's layout {@code path} (relative to output/) belongs to; null for a file no writer declares. */
    static Placed place(String path) {
        List<FormatWriter> all = new ArrayList<>(DATA);
        all.addAll(METADATA);
        for (FormatWriter w : all) {
            for (Format.Layout l : w.declaration().files()) {
                String table = l.table(path);
                if (table != null) {
                    return new Placed(w.declaration(), l, table);
                }
            }
        }
        return null;
    }
}
