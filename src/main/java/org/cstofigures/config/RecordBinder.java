package org.cstofigures.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds a YAML document's tokens to a record type without Jackson's databind, for the common case of a document
 * that is exactly what the type expects. Start-up was the reason (issue 14): databind's first use in a process
 * (introspecting every record, building its deserializers) cost about as much CPU as the rest of reading all the
 * configuration. It reads the same token stream databind reads (the same factory, aliases resolved the same way),
 * so a scalar is a string, a number or a yes/no value for both alike.
 *
 * <p>It accepts only what databind accepts with the value databind would give, and declines everything else:
 * an unknown or missing required key, a value of another type, a null where one is not plainly allowed, a number
 * out of range, a record constructor that refuses a value, a type it does not know. Declining is not an error:
 * {@link YamlFiles} then binds the document with databind, which gives the value or the one-line message it
 * always gave. {@code RecordBinderTest} checks that both give equal records for every bundled and curated file.
 */
final class RecordBinder {

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The binder does not take this document; databind will. Carries no stack trace: it is expected. */
    static final class Declined extends Exception {
        private static final long serialVersionUID = 1L;

        Declined() {
            super(null, null, false, false);
        }
    }

    private RecordBinder() {
    }

    /** The document read from {@code p} (not yet advanced) as {@code type}. */
    static <T> T bind(JsonParser p, Class<T> type) throws IOException, Declined {
        if (p.nextToken() != JsonToken.START_OBJECT || !type.isRecord()) {
            throw new Declined();
        }
        Object value = value(p, type, new HashMap<>());
        if (p.nextToken() != null) {
            throw new Declined();
        }
        return type.cast(value);
    }

    private static Object value(JsonParser p, Type type, Map<Class<?>, Shape> shapes) throws IOException, Declined {
        JsonToken t = p.currentToken();
        Class<?> raw = raw(type);
        if (raw == null || t == null || t == JsonToken.VALUE_NULL) {
            throw new Declined();
        }
        if (raw == String.class) {
            require(t == JsonToken.VALUE_STRING);
            return p.getText();
        }
        if (raw == Integer.class || raw == int.class) {
            require(t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
            return p.getIntValue();
        }
        if (raw == Long.class || raw == long.class) {
            require(t == JsonToken.VALUE_NUMBER_INT && (p.getNumberType() == JsonParser.NumberType.INT
                    || p.getNumberType() == JsonParser.NumberType.LONG));
            return p.getLongValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            require(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE);
            return t == JsonToken.VALUE_TRUE;
        }
        if (raw == BigDecimal.class) {
            require(t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT);
            BigDecimal d = p.getDecimalValue();
            require(Math.abs((long) d.scale()) <= YamlFiles.BoundedDecimal.MAX_SCALE);
            return d;
        }
        if (raw == LocalDate.class) {
            require(t == JsonToken.VALUE_STRING && ISO_DATE.matcher(p.getText()).matches());
            try {
                return LocalDate.parse(p.getText());
            } catch (java.time.DateTimeException e) {
                throw new Declined();
            }
        }
        if (raw.isEnum()) {
            require(t == JsonToken.VALUE_STRING);
            return constant(raw, p.getText());
        }
        if (raw.isRecord()) {
            require(t == JsonToken.START_OBJECT);
            return record(p, raw, shapes);
        }
        if ((raw == List.class || raw == Set.class) && type instanceof ParameterizedType) {
            require(t == JsonToken.START_ARRAY);
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            java.util.Collection<Object> out = raw == List.class ? new ArrayList<>() : new HashSet<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(value(p, element, shapes));
            }
            return out;
        }
        if (raw == Map.class && type instanceof ParameterizedType) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            require(t == JsonToken.START_OBJECT && kv[0] == String.class);
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                out.put(key, value(p, kv[1], shapes));
            }
            return out;
        }
        throw new Declined();
    }

    /** What binding needs of a record type, looked up once per document (reflection is slow in a cold JVM). */
    private record Shape(RecordComponent[] components, Map<String, Integer> index, boolean[] required,
            Constructor<?> constructor) {

        static Shape of(Class<?> type) throws Declined {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> index = new HashMap<>();
            Class<?>[] types = new Class<?>[components.length];
            boolean[] required = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                JsonProperty named = components[i].getAccessor().getAnnotation(JsonProperty.class);
                require(named == null || named.value().isEmpty());
                index.put(SNAKE.translate(components[i].getName()), i);
                types[i] = components[i].getType();
                required[i] = named != null && named.required() || types[i].isPrimitive();
            }
            for (Method m : type.getDeclaredMethods()) {
                require(!m.isAnnotationPresent(JsonCreator.class));
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                require(!c.isAnnotationPresent(JsonCreator.class));
                c.setAccessible(true);
                return new Shape(components, index, required, c);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new Declined();
            }
        }
    }

    private static Object record(JsonParser p, Class<?> type, Map<Class<?>, Shape> shapes)
            throws IOException, Declined {
        Shape shape = shapes.get(type);
        if (shape == null) {
            shape = Shape.of(type);
            shapes.put(type, shape);
        }
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        boolean[] seen = new boolean[components.length];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Integer i = shape.index().get(p.currentName());
            require(i != null && !seen[i]);
            seen[i] = true;
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                // databind passes null where a key may be absent; a primitive or a required key is its to judge
                require(!shape.required()[i]);
            } else {
                args[i] = value(p, components[i].getGenericType(), shapes);
            }
        }
        for (int i = 0; i < components.length; i++) {
            require(seen[i] || !shape.required()[i]);
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a constructor that refuses a value: databind says which, with the key and line
            throw new Declined();
        }
    }

    /** The constant named {@code text} as databind reads it: by its creator, its property name or its value. */
    private static Object constant(Class<?> type, String text) throws Declined {
        try {
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(JsonCreator.class)) {
                    require(Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
                            && m.getParameterTypes()[0] == String.class);
                    Object v = m.invoke(null, text);
                    require(v != null);
                    return v;
                }
            }
            Method valued = null;
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(JsonValue.class)) {
                    valued = m;
                }
            }
            for (Object c : type.getEnumConstants()) {
                String name = ((Enum<?>) c).name();
                JsonProperty named = type.getField(name).getAnnotation(JsonProperty.class);
                String key = named != null ? named.value() : valued != null ? String.valueOf(valued.invoke(c)) : name;
                if (key.equals(text)) {
                    return c;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Declined();
        }
        throw new Declined();
    }

    private static void require(boolean ok) throws Declined {
        if (!ok) {
            throw new Declined();
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() instanceof Class) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return null;
    }
}
