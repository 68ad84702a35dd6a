package org.cstofigures.publish;

import java.util.ArrayList;
import java.util.List;

/** The writers for the formats named in pipeline.yaml, and the metadata writers that always run after them. */
public final class Writers {

    private Writers() {
    }

    public static List<FormatWriter> forFormats(List<String> formats) {
        List<FormatWriter> out = new ArrayList<>();
        for (String f : formats) {
            out.add(forFormat(f));
        }
        return out;
    }

    public static FormatWriter forFormat(String format) {
        switch (format) {
            case "csv":
                return new CsvWriter();
            case "json":
                return new JsonWriter();
            case "xlsx":
                return new XlsxWriter();
            case "parquet":
                return new ParquetWriter();
            default:
                throw new IllegalArgumentException("no writer for format " + format);
        }
    }

    /**
     * The writers that describe the data files, in the order they must run: the validation report, the site
     * (which lists the files before it), then the data package (which hashes every file before it, the report and
     * the site included), then dataset.jsonld.
     */
    public static List<FormatWriter> metadata() {
        return List.of(new ValidationReportWriter(), new org.cstofigures.site.SiteWriter(), new DataPackageWriter(),
                new DatasetJsonLdWriter());
    }
}
