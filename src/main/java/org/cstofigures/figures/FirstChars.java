package org.cstofigures.figures;

import java.util.Collection;

/**
 * The set of chars that begin some word of a word list, as a bit set over all 65,536 chars: lets a scan that
 * looks for the list's words at every position of a text skip, with one array read, the positions where none
 * can begin (most of them), instead of a map look-up per char.
 */
final class FirstChars {
    private final long[] bits = new long[1 << 10];

    private FirstChars() {
    }

    /** The first chars of {@code words} (empty words are skipped). */
    static FirstChars of(Collection<String> words) {
        FirstChars f = new FirstChars();
        for (String w : words) {
            if (!w.isEmpty()) {
                char c = w.charAt(0);
                f.bits[c >>> 6] |= 1L << c;
            }
        }
        return f;
    }

    /** Whether some word begins with {@code c}. */
    boolean has(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
