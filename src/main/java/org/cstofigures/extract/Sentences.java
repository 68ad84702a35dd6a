package org.cstofigures.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into sentences, for the figures stage. A sentence ends at '.', '?', '!', '。' or '…'
 * (optionally followed by closing quotes or brackets) when whitespace or the end of the line follows, and at a
 * closing quotation mark '”' followed by whitespace. A dot is
 * not a sentence end inside a number (11.5, 06.09.2019), after initials (V.V. Putin, N.N., Yu.I.) or after the
 * list number that opens a line ("1. 개요", "2. 영구 작업 기관.").
 *
 * <p>A stretch longer than {@link #MAX_SENTENCE_CHARS} without a sentence end (a PDF dump, a scraped table, a
 * line of figures with no punctuation) is not one sentence: it is cut after the last whitespace before the
 * limit (or at the limit where there is none, never inside a surrogate pair), so that the context the figures
 * stage reads around each mention, and so its work per mention, is bounded whatever the length of the line.
 * Linear in the length of the line.
 */
public final class Sentences {

    /**
     * Longest sentence handed to the figures stage. Most real sentences are far shorter (the seed's longest: 142
     * chars); a longer one without an end is read as pieces, which keeps a 10 MB line of figures within 2x of the
     * same text split into lines (at 400 it was 2.5x: every mention scans and quotes its piece).
     */
    public static final int MAX_SENTENCE_CHARS = 200;

    private Sentences() {
    }

    /** Code-point [start, end) spans of the sentences of {@code text}, trimmed of surrounding whitespace. */
    public static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Cp cp = new Cp(text);
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '”' && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)))) {
                // a closing quotation mark followed by a space ends the quoted sentence
                add(out, cp, start, i + 1);
                start = i + 1;
                i++;
                continue;
            }
            if (ch == '.' || ch == '?' || ch == '!' || ch == '。' || ch == '…') {
                int e = i + 1;
                while (e < n && isTerminalRepeat(text.charAt(e))) {
                    e++;
                }
                while (e < n && isCloser(text.charAt(e))) {
                    e++;
                }
                boolean atBreak = e >= n || Character.isWhitespace(text.charAt(e)) || text.charAt(e) == '\u00A0';
                if (atBreak && !(ch == '.' && (initials(text, i) || listNumber(text, start, i)))) {
                    add(out, cp, start, e);
                    start = e;
                }
                i = e;
                continue;
            }
            i++;
        }
        add(out, cp, start, n);
        return out;
    }

    private static boolean isTerminalRepeat(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '」' || c == '』' || c == '》'
                || c == '〉' || c == ']';
    }

    /** The dot at {@code dot} closes initials: one or two Latin letters, capitalized, after a space or a dot. */
    private static boolean initials(String t, int dot) {
        int k = dot;
        int letters = 0;
        while (k > 0 && isLatin(t.charAt(k - 1)) && letters < 3) {
            k--;
            letters++;
        }
        if (letters == 0 || letters > 2 || !Character.isUpperCase(t.charAt(k))) {
            return false;
        }
        if (letters == 2 && Character.isUpperCase(t.charAt(k + 1))) {
            return false; // "EU." or "UN." ends a sentence
        }
        return k == 0 || t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '.' || t.charAt(k - 1) == '\u00A0';
    }

    /** The dot closes a list number that opens the sentence ("1.", "12."). */
    private static boolean listNumber(String t, int start, int dot) {
        int k = start;
        while (k < dot && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        if (k == dot) {
            return false;
        }
        for (int j = k; j < dot; j++) {
            if (t.charAt(j) < '0' || t.charAt(j) > '9') {
                return false;
            }
        }
        return dot - k <= 3;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Converts increasing char offsets of one text to code-point offsets, counting each char once. */
    private static final class Cp {
        private final String text;
        private int ch;
        private int cp;

        Cp(String text) {
            this.text = text;
        }

        int at(int charIndex) {
            cp += text.codePointCount(ch, charIndex);
            ch = charIndex;
            return cp;
        }
    }

    private static void add(List<int[]> out, Cp cp, int from, int to) {
        String t = cp.text;
        while (from < to) {
            int cut = to;
            if (to - from > MAX_SENTENCE_CHARS) {
                cut = from + MAX_SENTENCE_CHARS;
                int space = cut;
                while (space > from + MAX_SENTENCE_CHARS / 2 && !isSpace(t.charAt(space - 1))) {
                    space--;
                }
                if (isSpace(t.charAt(space - 1))) {
                    cut = space;
                } else if (Character.isHighSurrogate(t.charAt(cut - 1))) {
                    cut--;
                }
            }
            addTrimmed(out, cp, from, cut);
            from = cut;
        }
    }

    /** Whitespace, a no-break space, or a byte-order mark (U+FEFF), which a sentence never starts or ends with. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }

    private static void addTrimmed(List<int[]> out, Cp cp, int from, int to) {
        String t = cp.text;
        while (from < to && isSpace(t.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(t.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            int cpStart = cp.at(from);
            out.add(new int[] {cpStart, cp.at(to)});
        }
    }
}
