package org.cstofigures.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.PipelineException;
import org.cstofigures.validate.CorrectionsFile.Acknowledgement;
import org.cstofigures.validate.CorrectionsFile.Correction;

/**
 * The loaded corrections file: every entry with the line it starts on, so that a correction that matches
 * nothing or contradicts another can be reported as {@code curated/corrections.yaml:<line>}. {@code shown} is
 * how the file is named in messages.
 */
public record Corrections(String shown, List<Located<Correction>> corrections,
        List<Located<Acknowledgement>> acknowledgements) {

    public Corrections {
        corrections = List.copyOf(corrections);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** An entry and the 1-based line of the file where it starts. */
    public record Located<T>(int line, T entry) {
    }

    /** No decisions at all (tests, or a project without an editor yet). */
    public static Corrections none() {
        return new Corrections("corrections.yaml", List.of(), List.of());
    }

    /**
     * Reads the file strictly (unknown keys, wrong types and missing required keys are errors naming the line),
     * then scans its tokens once more to find the line each list entry starts on.
     */
    public static Corrections load(Path file, String shown) {
        CorrectionsFile typed = new YamlFiles().read(file, shown, CorrectionsFile.class);
        List<Integer> correctionLines = entryLines(file, shown, "corrections");
        List<Integer> ackLines = entryLines(file, shown, "acknowledgements");
        if (correctionLines.size() != typed.corrections().size() || ackLines.size() != typed.acknowledgements().size()) {
            throw PipelineException.config(shown + ": cannot locate the entries of corrections/acknowledgements;"
                    + " write each entry as a YAML mapping ('- match: …')");
        }
        List<Located<Correction>> cs = new ArrayList<>();
        for (int i = 0; i < correctionLines.size(); i++) {
            cs.add(new Located<>(correctionLines.get(i), typed.corrections().get(i)));
        }
        List<Located<Acknowledgement>> as = new ArrayList<>();
        for (int i = 0; i < ackLines.size(); i++) {
            as.add(new Located<>(ackLines.get(i), typed.acknowledgements().get(i)));
        }
        return new Corrections(shown, cs, as);
    }

    /** The start line of each mapping in the top-level list {@code key}, in file order. */
    public static List<Integer> entryLines(Path file, String shown, String key) {
        List<Integer> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = YamlFiles.tokens(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return lines;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(key) && value == JsonToken.START_ARRAY) {
                    JsonToken item;
                    while ((item = p.nextToken()) != JsonToken.END_ARRAY && item != null) {
                        if (item == JsonToken.START_OBJECT) {
                            lines.add(p.currentTokenLocation().getLineNr());
                        }
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            return lines;
        } catch (IOException e) {
            throw PipelineException.io(shown + ": cannot read: " + e.getMessage(), e);
        }
    }
}
