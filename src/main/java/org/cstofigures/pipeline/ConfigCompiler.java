package org.cstofigures.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cstofigures.config.CompiledYaml;
import org.cstofigures.events.EventLexicon;
import org.cstofigures.figures.Lexicon;

/**
 * The build step (pom.xml, phase process-classes) that reads the curated lexicon and events.yaml once, strictly,
 * and writes them already read beside the bundled lexicon ({@link CompiledYaml}). A file that does not read fails
 * the build with the message {@code run} would give. (gazetteer.yaml is not compiled: its entries' constructors
 * refuse the empty lists they make of absent ones, so a record of it cannot be built again from its values.)
 */
public final class ConfigCompiler {

    private ConfigCompiler() {
    }

    /** {@code args[0]}: the bundled lexicon's folder in the classes. */
    public static void main(String[] args) throws IOException {
        Path lexicon = Path.of(args[0]);
        Map<String, Map.Entry<Path, Class<? extends Record>>> files = new HashMap<>();
        Lexicon.FILES.forEach((name, type) -> files.put(name, Map.entry(lexicon.resolve(name), type)));
        files.put(EventLexicon.FILE, Map.entry(lexicon.resolve(EventLexicon.FILE), EventLexicon.class));
        try (OutputStream out = Files.newOutputStream(lexicon.resolve(Path.of(CompiledYaml.RESOURCE)
                .getFileName()))) {
            CompiledYaml.write(files, out);
        }
    }
}
