package org.cstofigures.figures;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.config.RecordCodec;
import org.cstofigures.config.YamlFiles;

/**
 * The build step that reads the bundled lexicon once, strictly, and writes it already read to {@code
 * lexicon/compiled.bin} beside its YAML in the classes (pom.xml, phase process-classes): per file its name, the
 * SHA-256 of its YAML and its record as {@link RecordCodec} bytes. {@link Lexicon#bundled()} reads that instead of
 * parsing the YAML, and {@link Lexicon#load} does too for a curated file with the same bytes. A lexicon that does
 * not read fails the build with the message {@code run} would give.
 */
public final class LexiconCompiler {

    private LexiconCompiler() {
    }

    /** {@code args[0]}: the folder holding the lexicon's YAML files, where compiled.bin is written. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        YamlFiles yaml = new YamlFiles();
        Path out = dir.resolve(Lexicon.COMPILED);
        try (OutputStream o = Files.newOutputStream(out); DataOutputStream data = new DataOutputStream(o)) {
            Map<String, Class<? extends Record>> files = new TreeMap<>(Lexicon.FILES);
            data.writeInt(files.size());
            for (Map.Entry<String, Class<? extends Record>> f : files.entrySet()) {
                byte[] yamlBytes = Files.readAllBytes(dir.resolve(f.getKey()));
                Record value = yaml.parse(yamlBytes, "lexicon/" + f.getKey(), f.getValue());
                byte[] encoded = RecordCodec.encode(value);
                if (!RecordCodec.decode(encoded, f.getValue()).equals(value)) {
                    throw new IllegalStateException(f.getKey() + ": does not read back equal from its bytes");
                }
                byte[] sha = Lexicon.sha256(yamlBytes);
                data.writeUTF(f.getKey());
                data.writeInt(sha.length + encoded.length);
                data.write(sha);
                data.write(encoded);
            }
        }
    }
}
