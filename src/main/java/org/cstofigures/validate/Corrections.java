package org.cstofigures.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.PipelineException;
import org.cstofigures.events.EventCorrection;
import org.cstofigures.validate.CorrectionsFile.Acknowledgement;
import org.cstofigures.validate.CorrectionsFile.Correction;

/**
 * The loaded corrections file: every entry with the line it starts on, so that a correction that matches
 * nothing or contradicts another can be reported as {@code curated/corrections.yaml:<line>}. {@code shown} is
 * how the file is named in messages.
 */
public record Corrections(String shown, List<Located<Correction>> corrections,
        List<Located<Acknowledgement>> acknowledgements, List<Located<EventCorrection>> events) {

    public Corrections {
        corrections = List.copyOf(corrections);
        acknowledgements = List.copyOf(acknowledgements);
        events = List.copyOf(events);
    }

    /** An entry and the 1-based line of the file where it starts. */
    public record Located<T>(int line, T entry) {
    }

    /** No decisions at all (tests, or a project without an editor yet). */
    public static Corrections none() {
        return new Corrections("corrections.yaml", List.of(), List.of(), List.of());
    }

    /**
     * Reads the file strictly (unknown keys, wrong types and missing required keys are errors naming the line),
     * then scans its tokens once more to find the line each list entry starts on: the corrections, the
     * acknowledgements and the event corrections, which the events stage takes from here.
     */
    public static Corrections load(Path file, String shown) {
        CorrectionsFile typed = new YamlFiles().read(file, shown, CorrectionsFile.class);
        Map<String, List<Integer>> lines = entryLines(file, shown, List.of("corrections", "acknowledgements",
                "events"));
        List<Integer> correctionLines = lines.get("corrections");
        List<Integer> ackLines = lines.get("acknowledgements");
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
        return new Corrections(shown, cs, as, located(typed.events(), lines.get("events")));
    }

    /** The {@code events:} entries with the line each starts on (0 where it cannot be located). */
    public static List<Located<EventCorrection>> located(List<EventCorrection> events, List<Integer> lines) {
        List<Located<EventCorrection>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            out.add(new Located<>(i < lines.size() ? lines.get(i) : 0, events.get(i)));
        }
        return out;
    }

    /** The start line of each mapping in the top-level list {@code key}, in file order. */
    public static List<Integer> entryLines(Path file, String shown, String key) {
        return entryLines(file, shown, List.of(key)).get(key);
    }

    /** For each of {@code keys}, the start line of each mapping in that top-level list, in one reading. */
    static Map<String, List<Integer>> entryLines(Path file, String shown, List<String> keys) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (String k : keys) {
            out.put(k, new ArrayList<>());
        }
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = YamlFiles.tokens(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                List<Integer> lines = out.get(p.currentName());
                JsonToken value = p.nextToken();
                if (lines != null && value == JsonToken.START_ARRAY) {
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
            return out;
        } catch (IOException e) {
            throw PipelineException.io(shown + ": cannot read: " + e.getMessage(), e);
        }
    }
}
