package org.cstofigures.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The forms of a lexicon word list as a character trie: finds the longest form at a position of a text in one walk
 * along it, where a list of the forms beginning with that char, longest first, needed a {@code startsWith} per
 * form. The root's children are an array over all 65,536 chars (one array read per position of a scan, most of
 * which begin no form); deeper nodes hold their few children in a sorted array.
 */
final class FormTrie<V> {

    /** A node: the form that ends here (null if none), its value and its number in the list. */
    static final class Node<V> {
        private char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        private Node<V>[] kids = new Node[0];
        private String form;
        private V value;
        private int index = -1;

        /** The form that ends at this node, or null. */
        String form() {
            return form;
        }

        V value() {
            return value;
        }

        /** The position of the form in the list the trie was built from, or -1. */
        int index() {
            return index;
        }

        /** The child along {@code c}, or null. */
        Node<V> child(char c) {
            char[] k = keys;
            if (k.length <= 8) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int at = Arrays.binarySearch(k, c);
            return at >= 0 ? kids[at] : null;
        }

        private Node<V> add(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return kids[at];
            }
            int ins = -at - 1;
            Node<V> n = new Node<>();
            char[] k = new char[keys.length + 1];
            @SuppressWarnings("unchecked")
            Node<V>[] d = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, ins);
            System.arraycopy(kids, 0, d, 0, ins);
            k[ins] = c;
            d[ins] = n;
            System.arraycopy(keys, ins, k, ins + 1, keys.length - ins);
            System.arraycopy(kids, ins, d, ins + 1, kids.length - ins);
            keys = k;
            kids = d;
            return n;
        }
    }

    private final Object[] first = new Object[1 << 16];
    /**
     * Bit c is set if a form begins with char c: 8 KB that stay in the first-level cache, read before the 256 KB
     * of {@link #first} at every position of a scan, most of which begin no form.
     */
    private final long[] starts = new long[1 << 10];

    private FormTrie() {
    }

    /**
     * The trie of {@code forms} (form → value, in the list's order); of a form listed twice the first entry
     * counts, as a scan of the list that stops at the first match would find it. Empty forms are left out.
     */
    static <V> FormTrie<V> of(List<Map.Entry<String, V>> forms) {
        FormTrie<V> t = new FormTrie<>();
        for (int i = 0; i < forms.size(); i++) {
            String f = forms.get(i).getKey();
            if (f.isEmpty()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Node<V> node = (Node<V>) t.first[f.charAt(0)];
            if (node == null) {
                node = new Node<>();
                t.first[f.charAt(0)] = node;
                t.starts[f.charAt(0) >>> 6] |= 1L << f.charAt(0);
            }
            for (int j = 1; j < f.length(); j++) {
                node = node.add(f.charAt(j));
            }
            if (node.form == null) {
                node.form = f;
                node.value = forms.get(i).getValue();
                node.index = i;
            }
        }
        return t;
    }

    /** The node of the one-char prefix {@code c}, or null if no form begins with it. */
    @SuppressWarnings("unchecked")
    Node<V> first(char c) {
        return (starts[c >>> 6] & 1L << c) == 0 ? null : (Node<V>) first[c];
    }

    /** The node of the longest form at {@code text[i]} that ends at or before {@code to}, or null. */
    Node<V> longest(String text, int i, int to) {
        if (i >= to) {
            return null;
        }
        Node<V> node = first(text.charAt(i));
        Node<V> best = null;
        for (int j = i + 1; node != null; j++) {
            if (node.form != null) {
                best = node;
            }
            if (j >= to) {
                break;
            }
            node = node.child(text.charAt(j));
        }
        return best;
    }
}
