package org.cstofigures.config;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curated files the build has already read (the lexicon and its events.yaml), bundled with the
 * classes as {@value #RESOURCE}: per file its name, the SHA-256 of its YAML and its record as {@link RecordCodec}
 * bytes. A process takes a file from here when the file it was asked to read has exactly those bytes, and reads
 * the YAML otherwise (issue 14: parsing these files was half of {@code extract}'s start-up). Written by {@code org.cstofigures.pipeline.ConfigCompiler} at build time.
 */
public final class CompiledYaml {

    /** Where the compiled files are, as a class-path resource. */
    public static final String RESOURCE = "lexicon/compiled.bin";
    private static final int SHA_BYTES = 32;

    /** By file name: the SHA-256 of its YAML followed by its record's bytes. */
    private final Map<String, byte[]> entries;

    private CompiledYaml(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** The compiled files bundled with the classes; none when the classes were not built by Maven. */
    public static CompiledYaml bundled() {
        try (InputStream in = CompiledYaml.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new CompiledYaml(Map.of());
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            Map<String, byte[]> out = new HashMap<>();
            for (int n = data.readInt(); n > 0; n--) {
                String name = data.readUTF();
                byte[] bytes = new byte[data.readInt()];
                data.readFully(bytes);
                out.put(name, bytes);
            }
            return new CompiledYaml(out);
        } catch (IOException e) {
            return new CompiledYaml(Map.of());
        }
    }

    /** The names of the files compiled. */
    public java.util.Set<String> names() {
        return entries.keySet();
    }

    /** The record compiled as {@code name} from exactly {@code yaml}, or null when there is none. */
    public <T extends Record> T get(String name, byte[] yaml, Class<T> type) {
        byte[] entry = entries.get(name);
        if (entry == null || !Arrays.equals(sha256(yaml), Arrays.copyOf(entry, SHA_BYTES))) {
            return null;
        }
        return RecordCodec.decode(Arrays.copyOfRange(entry, SHA_BYTES, entry.length), type);
    }

    /**
     * {@code file} as {@code type}: compiled when its bytes are those compiled as {@code name}, else read by
     * {@link YamlFiles} (which names {@code shown} in its messages).
     */
    public <T extends Record> T read(Path file, String name, String shown, Class<T> type) {
        try {
            T compiled = get(name, Files.readAllBytes(file), type);
            if (compiled != null) {
                return compiled;
            }
        } catch (IOException e) {
            // YamlFiles says what is wrong with the file
        }
        return new YamlFiles().read(file, shown, type);
    }

    /**
     * Reads each of {@code files} (a name, its YAML file and its type) strictly and writes them compiled to {@code
     * out}; a file that does not read throws the message a run would give, and so fails the build, and so does a
     * record that cannot be built again from its own values (a constructor that is not idempotent).
     */
    public static void write(Map<String, Map.Entry<Path, Class<? extends Record>>> files, OutputStream out)
            throws IOException {
        YamlFiles yaml = new YamlFiles();
        DataOutputStream data = new DataOutputStream(out);
        Map<String, Map.Entry<Path, Class<? extends Record>>> sorted = new TreeMap<>(files);
        data.writeInt(sorted.size());
        for (Map.Entry<String, Map.Entry<Path, Class<? extends Record>>> f : sorted.entrySet()) {
            byte[] yamlBytes = Files.readAllBytes(f.getValue().getKey());
            Record value = yaml.parse(yamlBytes, f.getKey(), f.getValue().getValue());
            byte[] encoded = RecordCodec.encode(value);
            if (!RecordCodec.decode(encoded, f.getValue().getValue()).equals(value)) {
                throw new IllegalStateException(f.getKey() + ": does not read back equal from its bytes");
            }
            data.writeUTF(f.getKey());
            data.writeInt(SHA_BYTES + encoded.length);
            data.write(sha256(yamlBytes));
            data.write(encoded);
        }
        data.flush();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
