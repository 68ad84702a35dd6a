package org.cstofigures.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;

/**
 * Reads a YAML file strictly into a typed record: unknown keys, missing required keys ({@code
 * @JsonProperty(required = true)}), duplicate keys and wrong types are errors whose one-line message names the
 * file, the line and the key. Keys are snake_case. Anchors and aliases ({@code &lic} … {@code *lic}) read as the
 * value written out; an alias bomb is refused ({@link AliasResolvingParser}).
 */
public final class YamlFiles {

    private final YAMLFactory factory;
    /** Databind, built on first use: most runs read documents {@link RecordBinder} binds on its own. */
    private ObjectMapper mapper;

    public YamlFiles() {
        YAMLFactory f = new AliasResolvingParser.Factory();
        f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.factory = f;
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            ObjectMapper m = new ObjectMapper(factory);
            m.registerModule(new JavaTimeModule());
            m.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("bounded-decimals")
                    .addDeserializer(java.math.BigDecimal.class, new BoundedDecimal()));
            m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
            m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
            m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
            m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            m.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
            m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper = m;
        }
        return mapper;
    }

    /** Reads {@code file} as {@code type}; {@code shown} is how the file is named in messages. */
    public <T> T read(Path file, String shown, Class<T> type) {
        if (Files.isDirectory(file)) {
            throw new PipelineException(ExitCode.IO, shown + ": is a directory, expected a YAML file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PipelineException(ExitCode.IO, shown + ": file not found", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new PipelineException(ExitCode.IO, shown + ": permission denied; make it readable", e);
        } catch (IOException e) {
            throw PipelineException.io(shown + ": cannot read: " + firstLine(e.getMessage()), e);
        }
        return parse(bytes, shown, type);
    }

    /**
     * Parses YAML bytes as {@code type}. Whatever the bytes, the only exception that leaves is a
     * {@link PipelineException} with a one-line message (exit code 2).
     */
    public <T> T parse(byte[] bytes, String shown, Class<T> type) {
        try {
            TextDecoderCheck.requireUtf8(bytes);
        } catch (CharacterCodingException e) {
            throw PipelineException.config(shown + ": not valid UTF-8; save the file as UTF-8");
        }
        try {
            return bindPlainly(bytes, type);
        } catch (RecordBinder.Declined | IOException | RuntimeException | StackOverflowError e) {
            // databind reads it again below: the value it gives, or the message it gives
        }
        return bind(bytes, shown, type);
    }

    /** The document as {@link RecordBinder} binds it, without databind; it declines what it does not take. */
    <T> T bindPlainly(byte[] bytes, Class<T> type) throws IOException, RecordBinder.Declined {
        try (JsonParser p = AliasResolvingParser.of(factory.createParser(bytes))) {
            return RecordBinder.bind(p, type);
        }
    }

    /** Binds with databind, whose exceptions say what is wrong; each becomes a one-line message. */
    <T> T bind(byte[] bytes, String shown, Class<T> type) {
        KeyCheck.check(factory, bytes, type, shown);
        ObjectMapper mapper = mapper();
        try {
            T value;
            try (JsonParser p = AliasResolvingParser.of(factory.createParser(bytes))) {
                value = mapper.readValue(p, type);
            }
            if (value == null) {
                throw PipelineException.config(shown + ":1: the file is empty; see " + formatDoc(shown)
                        + " for its format");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            String key = String.valueOf(e.getPropertyName());
            throw PipelineException.config(shown + ":" + lineOf(bytes, keyPath(e), () -> keyLine(bytes, line(e), key))
                    + ": unknown key '" + keyPath(e) + "'" + (known.isEmpty() ? "" : "; allowed here: " + known));
        } catch (InvalidFormatException e) {
            throw PipelineException.config(where(shown, e) + "key '" + keyPath(e) + "' has the wrong type or format: "
                    + problem(e));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String path = keyPath(e);
            String what = cause instanceof NullPointerException
                    ? "a required value is empty (null or ~); fill it in, see " + formatDoc(shown)
                    : firstLine(cause.getMessage());
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("^([a-z_]+(?:\\.[a-z_]+)*)\\b")
                    .matcher(what);
            java.util.Map<String, Integer> lines = keyLines(bytes);
            Integer own = named.find() ? lines.get(named.group(1)) : null;
            int at = own != null ? own
                    : lines.containsKey(path) ? lines.get(path) : ownerLine(bytes, line(e), path);
            throw PipelineException.config(shown + ":" + at + ": " + (path.isEmpty() ? "" : "in '" + path + "': ")
                    + what);
        } catch (MismatchedInputException e) {
            String msg = e.getOriginalMessage();
            String parent = keyPath(e);
            if (msg != null && msg.startsWith("Missing required creator property")) {
                String key = msg.replaceAll("(?s)[^']*'([^']+)'.*", "$1");
                String full = parent.equals(key) || parent.endsWith("." + key) || parent.endsWith("]." + key) ? parent
                        : parent.isEmpty() ? key : parent + "." + key;
                String owner = full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : "";
                throw PipelineException.config(shown + ":" + lineOf(bytes, owner, () -> ownerLine(bytes, line(e), owner))
                        + ": missing required key '" + full + "'");
            }
            if (msg != null && msg.startsWith("No content to map")) {
                throw PipelineException.config(shown + ":1: the file is empty; see " + formatDoc(shown)
                        + " for its format");
            }
            if (parent.isEmpty()) {
                throw PipelineException.config(where(shown, e) + "expected a mapping of keys at the top of the file;"
                        + " see " + formatDoc(shown) + " for its format");
            }
            throw PipelineException.config(where(shown, e) + "key '" + parent + "' has the wrong type"
                    + (e.getTargetType() == null ? "" : ": expected " + simpleType(e.getTargetType())));
        } catch (JsonProcessingException e) {
            throw PipelineException.config(where(shown, e) + "invalid YAML: " + yamlProblem(e.getOriginalMessage()));
        } catch (PipelineException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the YAML library's own limits (nesting depth, aliases, document size) and anything it did not wrap
            throw PipelineException.config(shown + ": invalid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** Strict UTF-8 check without keeping the text. */
    private static final class TextDecoderCheck {
        private TextDecoderCheck() {
        }

        static void requireUtf8(byte[] bytes) throws CharacterCodingException {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        }
    }

    /** What is wrong with a value of the wrong format: out of range, a scalar that is not text, or not valid. */
    private static String problem(InvalidFormatException e) {
        String own = e.getOriginalMessage();
        Object value = e.getValue();
        if (own != null && own.contains("' is out of range (")) {
            return firstLine(own);
        }
        if (e.getTargetType() == String.class && (value instanceof Number || value instanceof Boolean)) {
            return "'" + value + "' reads as a " + (value instanceof Number ? "number" : "yes/no value")
                    + " but text is expected here; put it in quotes (\"" + value + "\")";
        }
        return "'" + firstLine(String.valueOf(value)) + "' is not a valid " + simpleType(e.getTargetType());
    }

    private static int line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
    }

    /**
     * The line of each key and list item of a YAML document, by the path the messages use ({@code release.version},
     * {@code formats[1]}); empty when the document does not parse.
     */
    static java.util.Map<String, Integer> keyLines(byte[] bytes) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(bytes)) {
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext();
                if (t.isStructEnd()) {
                    continue;
                }
                boolean item = t.isStructStart() ? c.getParent() != null && c.getParent().inArray() : c.inArray();
                if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME || item) {
                    out.putIfAbsent(path(c, t), p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // a document that does not parse has its error reported by the parser itself, with its line
        }
        return out;
    }

    private static String path(com.fasterxml.jackson.core.JsonStreamContext c, com.fasterxml.jackson.core.JsonToken t) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        boolean start = t.isStructStart();
        // a container's start token already stands in its own context: its position is its parent's
        for (com.fasterxml.jackson.core.JsonStreamContext x = start ? c.getParent() : c; x != null && !x.inRoot();
                x = x.getParent()) {
            if (x.inObject()) {
                parts.addFirst((x.getParent() != null && !x.getParent().inRoot() ? "." : "") + x.getCurrentName());
            } else {
                parts.addFirst("[" + Math.max(0, x.getCurrentIndex()) + "]");
            }
        }
        return String.join("", parts);
    }

    /** The line of {@code path} in the document, or what {@code fallback} finds. */
    private static int lineOf(byte[] bytes, String path, java.util.function.IntSupplier fallback) {
        Integer at = keyLines(bytes).get(path);
        return at != null ? at : fallback.getAsInt();
    }

    /** The line of {@code path} (as {@code release.version} or {@code formats[1]}) in {@code file}, or 0. */
    public static int lineOf(Path file, String path) {
        try {
            return keyLines(Files.readAllBytes(file)).getOrDefault(path, 0);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The parser reports an unknown key where it finished the enclosing object; the key's own line is the nearest
     * line at or above that which starts with it.
     */
    private static int keyLine(byte[] bytes, int reported, String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^\\s*(-\\s+)?[\"']?"
                + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
        return searchUp(bytes, reported, p);
    }

    /** The line of the object that lacks a key: its key's line, or for a list item the line of its dash. */
    private static int ownerLine(byte[] bytes, int reported, String owner) {
        if (owner.isEmpty()) {
            return 1;
        }
        if (owner.endsWith("]")) {
            return searchUp(bytes, reported, java.util.regex.Pattern.compile("^\\s*-\\s"));
        }
        return keyLine(bytes, reported, owner.substring(owner.lastIndexOf('.') + 1));
    }

    private static int searchUp(byte[] bytes, int reported, java.util.regex.Pattern p) {
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        for (int i = Math.min(reported, lines.length); i >= 1; i--) {
            if (p.matcher(lines[i - 1]).find()) {
                return i;
            }
        }
        return reported;
    }

    /** SnakeYAML's message is "context / problem / position"; keep context and problem on one line. */
    private static String yamlProblem(String msg) {
        if (msg == null) {
            return "unreadable";
        }
        StringBuilder sb = new StringBuilder();
        for (String l : msg.split("\r?\n")) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("in 'reader'") || t.startsWith("in 'string'") || t.startsWith("^")
                    || t.startsWith("at [Source")) {
                continue;
            }
            if (l.startsWith("    ")) { // the quoted source line under the position
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "; ").append(t);
        }
        return firstLine(sb.toString());
    }

    private static String where(String shown, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            return shown + ": ";
        }
        return shown + ":" + loc.getLineNr() + ": ";
    }

    private static String keyPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Where the format of the file shown as {@code shown} is documented. */
    private static String formatDoc(String shown) {
        String name = shown.replace('\\', '/');
        if (name.contains("lexicon/") || name.endsWith("gazetteer.yaml")) {
            return "curated/lexicon/README.md";
        }
        if (name.endsWith("corrections.yaml")) {
            return "docs/validation.md";
        }
        return "docs/development.md";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "mapping of keys";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type.isEnum()) {
            return "value (one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = (nl < 0 ? t : t.substring(0, nl)).replace('\r', ' ');
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /**
     * A parser of {@code in} whose YAML aliases read as the values their anchors name (see {@link
     * AliasResolvingParser}), for readers that walk the tokens themselves.
     */
    public static JsonParser tokens(java.io.InputStream in) throws IOException {
        return AliasResolvingParser.of(new AliasResolvingParser.Factory().createParser(in));
    }

    /** A JSON mapper configured like the YAML one, for tests and writers that want the same conventions. */
    public static JsonMapper jsonMapper() {
        JsonMapper m = JsonMapper.builder().addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        return m;
    }

    /**
     * Decimals whose exponent is out of all proportion (1e999999999, 1e-999999999) are refused while reading, so
     * that they end as a configuration error naming the key instead of an ArithmeticException or running out of
     * memory when compared or printed.
     */
    static final class BoundedDecimal extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<
            java.math.BigDecimal> {

        private static final long serialVersionUID = 1L;

        /** The largest scale (digits after the point, or zeros before it) accepted. */
        static final int MAX_SCALE = 100;

        BoundedDecimal() {
            super(java.math.BigDecimal.class);
        }

        @Override
        public java.math.BigDecimal deserialize(JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws IOException {
            java.math.BigDecimal d = com.fasterxml.jackson.databind.deser.std.NumberDeserializers
                    .BigDecimalDeserializer.instance.deserialize(p, ctxt);
            if (d != null && Math.abs((long) d.scale()) > MAX_SCALE) {
                throw InvalidFormatException.from(p, "'" + p.getText() + "' is out of range (more than " + MAX_SCALE
                        + " digits after the point or zeros before it)", p.getText(), java.math.BigDecimal.class);
            }
            return d;
        }
    }
}
