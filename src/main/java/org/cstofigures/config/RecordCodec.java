package org.cstofigures.config;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record of configuration as compact bytes and back, driven by its type (no tags, no names): the form in which
 * the build ships the bundled lexicon already read, so that a process does not parse its YAML again (issue 14:
 * parsing it was half of {@code extract}'s start-up). The bytes are built by the same code from the same jar, so
 * they carry no version of their own; a value of a type it does not know is an error when they are built.
 */
public final class RecordCodec {

    private RecordCodec() {
    }

    /** {@code value}, a record, as bytes. */
    public static byte[] encode(Record value) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            write(out, value, value.getClass());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** The record of type {@code type} that {@link #encode} wrote as {@code bytes}. */
    public static <T extends Record> T decode(byte[] bytes, Class<T> type) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            T value = type.cast(read(in, type, new HashMap<>()));
            if (in.read() != -1) {
                throw new IllegalArgumentException("bytes left after " + type.getSimpleName());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, Object v, Type type) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            out.writeBoolean(v != null);
            if (v == null) {
                return;
            }
        }
        if (raw == String.class) {
            byte[] b = ((String) v).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else if (raw == Integer.class || raw == int.class) {
            out.writeInt((Integer) v);
        } else if (raw == Long.class || raw == long.class) {
            out.writeLong((Long) v);
        } else if (raw == Boolean.class || raw == boolean.class) {
            out.writeBoolean((Boolean) v);
        } else if (raw == BigDecimal.class || raw == LocalDate.class) {
            write(out, v.toString(), String.class);
        } else if (raw.isEnum()) {
            out.writeInt(((Enum<?>) v).ordinal());
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    write(out, accessor.invoke(v), c.getGenericType());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(raw.getName() + "." + c.getName() + ": " + e, e);
                }
            }
        } else if ((raw == List.class || raw == Set.class) && type instanceof ParameterizedType) {
            Collection<?> c = (Collection<?>) v;
            out.writeInt(c.size());
            for (Object e : c) {
                write(out, e, ((ParameterizedType) type).getActualTypeArguments()[0]);
            }
        } else if (raw == Map.class && type instanceof ParameterizedType) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Map<?, ?> m = (Map<?, ?>) v;
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(out, e.getKey(), kv[0]);
                write(out, e.getValue(), kv[1]);
            }
        } else {
            throw new IllegalArgumentException("cannot encode a " + type.getTypeName());
        }
    }

    private static Object read(DataInputStream in, Type type, Map<Class<?>, Constructor<?>> constructors)
            throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive() && !in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        } else if (raw == Integer.class || raw == int.class) {
            return in.readInt();
        } else if (raw == Long.class || raw == long.class) {
            return in.readLong();
        } else if (raw == Boolean.class || raw == boolean.class) {
            return in.readBoolean();
        } else if (raw == BigDecimal.class) {
            return new BigDecimal((String) read(in, String.class, constructors));
        } else if (raw == LocalDate.class) {
            return LocalDate.parse((String) read(in, String.class, constructors));
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[in.readInt()];
        } else if (raw.isRecord()) {
            RecordComponent[] cs = raw.getRecordComponents();
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = read(in, cs[i].getGenericType(), constructors);
            }
            try {
                Constructor<?> c = constructors.get(raw);
                if (c == null) {
                    Class<?>[] types = new Class<?>[cs.length];
                    for (int i = 0; i < cs.length; i++) {
                        types[i] = cs[i].getType();
                    }
                    c = raw.getDeclaredConstructor(types);
                    c.setAccessible(true);
                    constructors.put(raw, c);
                }
                return c.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(raw.getName() + ": " + e, e);
            }
        } else if (raw == List.class || raw == Set.class) {
            int n = in.readInt();
            Collection<Object> c = raw == List.class ? new ArrayList<>(n) : new HashSet<>();
            for (int i = 0; i < n; i++) {
                c.add(read(in, ((ParameterizedType) type).getActualTypeArguments()[0], constructors));
            }
            return c;
        } else if (raw == Map.class) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            int n = in.readInt();
            Map<Object, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = read(in, kv[0], constructors);
                m.put(k, read(in, kv[1], constructors));
            }
            return m;
        }
        throw new IllegalArgumentException("cannot decode a " + type.getTypeName());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException("cannot encode a " + type.getTypeName());
    }
}
