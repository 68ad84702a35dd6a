package org.cstofigures.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cstofigures.config.YamlFiles;

/** Writes output/validation-report.json from the release's report value. */
public final class ValidationReportWriter implements FormatWriter {

    public static final String PATH = "validation-report.json";

    @Override
    public Format declaration() {
        return new Format("validation-report", "application/json", "utf-8", "The validation report.",
                List.of(new Format.Layout(PATH, "What validation found: a summary by rule and every finding.")));
    }

    @Override
    public List<String> write(Release release, Path dir) throws IOException {
        ObjectMapper m = YamlFiles.jsonMapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the newline follows the report
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(PATH)), 1 << 16)) {
            m.writeValue(out, release.validationReport());
            out.write('\n');
        }
        return List.of(PATH);
    }

    static byte[] appendNewline(byte[] b) {
        byte[] out = java.util.Arrays.copyOf(b, b.length + 1);
        out[b.length] = '\n';
        return out;
    }
}
