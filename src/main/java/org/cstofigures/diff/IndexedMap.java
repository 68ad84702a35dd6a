package org.cstofigures.diff;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A read-only map over keys in a fixed order, with an index from key to position; each value is made from its
 * position when it is read, so that a table in memory is not held a second time as text (the rows of a table by
 * key, the cells of a row by column name).
 */
class IndexedMap<V> extends AbstractMap<String, V> {

    private final List<String> keys;
    private final Map<String, Integer> index;
    private final IntFunction<V> value;

    /** {@code index} maps each of {@code keys} to its position; {@code value} makes the value at a position. */
    IndexedMap(List<String> keys, Map<String, Integer> index, IntFunction<V> value) {
        this.keys = keys;
        this.index = index;
        this.value = value;
    }

    @Override
    public V get(Object key) {
        Integer i = index.get(key);
        return i == null ? null : value.apply(i);
    }

    @Override
    public boolean containsKey(Object key) {
        return index.containsKey(key);
    }

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.size();
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.size();
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (i >= keys.size()) {
                            throw new NoSuchElementException();
                        }
                        int at = i++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys.get(at), value.apply(at));
                    }
                };
            }
        };
    }
}
