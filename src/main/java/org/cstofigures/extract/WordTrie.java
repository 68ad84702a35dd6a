package org.cstofigures.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie over the words of one word list, generated from the list (never retyped), that
 * finds every word starting at a position, longest first. It plays the role of a longest-first regex alternation
 * but needs no Matcher allocation, which keeps the per-line scan cheap.
 *
 * @param <T> the entry each word carries (its unit, value, qualifier …)
 */
final class WordTrie<T> {

    private static final char[] NO_KEYS = new char[0];

    private final Node root;
    /** The root's children indexed by character: the first step of every look-up is one array read. */
    private final Node[] first = new Node[0x10000];

    private WordTrie(Node root) {
        this.root = root;
        for (int i = 0; i < root.keys.length; i++) {
            first[root.keys[i]] = root.kids[i];
        }
    }

    /** Builds a trie from word → entry; later duplicates of a word are rejected. */
    static <T> WordTrie<T> of(Map<String, T> words) {
        Builder b = new Builder();
        words.forEach((w, v) -> {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word in word list");
            }
            b.put(w, v);
        });
        return new WordTrie<>(b.build());
    }

    /** True if some word of the list starts with character {@code c}. */
    boolean startsWith(char c) {
        return first[c] != null;
    }

    /**
     * The ends of all words matching {@code text} at {@code pos} (not beyond {@code limit}), longest first,
     * written into {@code ends}/{@code values}; returns how many were found (at most {@code ends.length}).
     */
    int matches(char[] text, int pos, int limit, int[] ends, Object[] values) {
        int n = 0;
        Node node = root;
        for (int i = pos; i < limit && n < ends.length; i++) {
            node = i == pos ? first[text[i]] : node.child(text[i]);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                ends[n] = i + 1;
                values[n] = node.value;
                n++;
            }
        }
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            int e = ends[a];
            ends[a] = ends[b];
            ends[b] = e;
            Object v = values[a];
            values[a] = values[b];
            values[b] = v;
        }
        return n;
    }

    /** The entry of the longest word at {@code pos}, or null; its end is written to {@code end[0]}. */
    @SuppressWarnings("unchecked")
    T longest(char[] text, int pos, int limit, int[] end) {
        if (pos >= limit || first[text[pos]] == null) {
            return null;
        }
        Node node = root;
        T best = null;
        for (int i = pos; i < limit; i++) {
            node = i == pos ? first[text[i]] : node.child(text[i]);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = (T) node.value;
                end[0] = i + 1;
            }
        }
        return best;
    }

    /**
     * For a trie built by {@link #ofReversed}: the entry of the longest word that ends just before {@code end}
     * and starts at or after {@code floor}, or null; its start is written to {@code start[0]}.
     */
    @SuppressWarnings("unchecked")
    T longestEndingAt(char[] text, int end, int floor, int[] start) {
        Node node = root;
        T best = null;
        for (int i = end - 1; i >= floor; i--) {
            node = i == end - 1 ? first[text[i]] : node.child(text[i]);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = (T) node.value;
                start[0] = i;
            }
        }
        return best;
    }

    /** True if any word of the list matches at {@code pos}. */
    boolean matchesAt(char[] text, int pos, int limit) {
        Node node = root;
        for (int i = pos; i < limit; i++) {
            node = i == pos ? first[text[i]] : node.child(text[i]);
            if (node == null) {
                return false;
            }
            if (node.value != null) {
                return true;
            }
        }
        return false;
    }

    /** Builds a trie of the reversed words, for matching words that end at a position (prefix qualifiers). */
    static <T> WordTrie<T> ofReversed(Map<String, T> words) {
        Builder b = new Builder();
        words.forEach((w, v) -> b.put(new StringBuilder(w).reverse().toString(), v));
        return new WordTrie<>(b.build());
    }

    private static final class Node {
        final char[] keys;
        final Node[] kids;
        final Object value;

        Node(char[] keys, Node[] kids, Object value) {
            this.keys = keys;
            this.kids = kids;
            this.value = value;
        }

        Node child(char c) {
            char[] k = keys;
            if (k.length < 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? kids[i] : null;
        }
    }

    private static final class Builder {
        final TreeMap<Character, Builder> kids = new TreeMap<>();
        Object value;

        void put(String word, Object v) {
            Builder b = this;
            for (int i = 0; i < word.length(); i++) {
                b = b.kids.computeIfAbsent(word.charAt(i), c -> new Builder());
            }
            if (b.value != null) {
                throw new IllegalArgumentException("duplicate word '" + word + "' in word list");
            }
            b.value = v;
        }

        Node build() {
            char[] keys = kids.isEmpty() ? NO_KEYS : new char[kids.size()];
            Node[] nodes = new Node[kids.size()];
            List<Map.Entry<Character, Builder>> es = new ArrayList<>(kids.entrySet());
            for (int i = 0; i < es.size(); i++) {
                keys[i] = es.get(i).getKey();
                nodes[i] = es.get(i).getValue().build();
            }
            return new Node(keys, nodes, value);
        }
    }
}
