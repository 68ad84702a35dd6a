package org.cstofigures.figures;

import java.util.Map;

/**
 * A read-only map from a char to a value, as an array over all 65,536 chars: a scan that looks up the words
 * beginning at every position of a text pays one array read per char, instead of boxing the char and probing a
 * map (most positions begin no word).
 */
final class CharTable<V> {
    private final Object[] table = new Object[1 << 16];

    private CharTable() {
    }

    /** The table of {@code map}. */
    static <V> CharTable<V> of(Map<Character, V> map) {
        CharTable<V> t = new CharTable<>();
        map.forEach((c, v) -> t.table[c] = v);
        return t;
    }

    /** The value of {@code c}, or null. */
    @SuppressWarnings("unchecked")
    V get(char c) {
        return (V) table[c];
    }
}
