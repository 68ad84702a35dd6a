package org.cstofigures.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes each table as output/csv/&lt;table&gt;.csv: RFC 4180, UTF-8, header row. */
public final class CsvWriter implements FormatWriter {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("csv"));
        List<String> out = new ArrayList<>();
        for (Table t : release.tables()) {
            String rel = "csv/" + t.name() + ".csv";
            try (Writer w = Files.newBufferedWriter(dir.resolve(rel), StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
                p.printRecord(t.columns().stream().map(Column::name).toList());
                for (List<Object> row : t.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (Object v : row) {
                        cells.add(Cells.text(v));
                    }
                    p.printRecord(cells);
                }
            }
            out.add(rel);
        }
        return out;
    }
}
