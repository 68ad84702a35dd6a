package org.cstofigures.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.cstofigures.error.PipelineException;

/**
 * Walks a YAML document against the record type it is meant to become and stops at the first key the type does
 * not have, naming the key, its own line and the keys allowed there. It runs before binding so that a misspelt
 * required key (reasn: for reason:) is reported as the unknown key it is, not as a missing one.
 */
final class KeyCheck {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    private KeyCheck() {
    }

    /** Throws a {@link PipelineException} (exit 2) on an unknown key; silently returns on anything it cannot read. */
    static void check(JsonFactory factory, byte[] bytes, Class<?> type, String shown) {
        try (JsonParser p = AliasResolvingParser.of(factory.createParser(bytes))) {
            if (p.nextToken() != null) {
                walk(p, type, "", shown);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PipelineException) {
                throw (PipelineException) e;
            }
            // malformed YAML and wrong shapes are reported by the binding step, with its own messages
        }
    }

    private static void walk(JsonParser p, Type type, String path, String shown) throws IOException {
        JsonToken t = p.currentToken();
        Class<?> raw = raw(type);
        if (t == JsonToken.START_OBJECT) {
            if (raw != null && raw.isRecord()) {
                record(p, raw, path, shown);
            } else if (raw != null && Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
                Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    walk(p, value, join(path, key), shown);
                }
            } else {
                p.skipChildren();
            }
        } else if (t == JsonToken.START_ARRAY) {
            if (raw != null && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
                    walk(p, element, path + "[" + i++ + "]", shown);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void record(JsonParser p, Class<?> type, String path, String shown) throws IOException {
        Map<String, Type> components = new java.util.HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.put(SNAKE.translate(c.getName()), c.getGenericType());
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = p.currentTokenLocation().getLineNr();
            Type component = components.get(key);
            if (component == null) {
                throw PipelineException.config(shown + ":" + line + ": unknown key '" + printable(join(path, key))
                        + "'; allowed here: " + String.join(", ", new TreeSet<>(components.keySet())));
            }
            p.nextToken();
            walk(p, component, join(path, key), shown);
        }
    }

    /** A key as it can stand in a one-line message: control characters escaped, at most 80 characters. */
    static String printable(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String out = sb.toString();
        return out.codePointCount(0, out.length()) <= 80 ? out : out.substring(0, out.offsetByCodePoints(0, 77)) + "...";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            Type r = ((ParameterizedType) type).getRawType();
            return r instanceof Class ? (Class<?>) r : null;
        }
        return null;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
