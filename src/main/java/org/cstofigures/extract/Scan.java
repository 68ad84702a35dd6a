package org.cstofigures.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One line being scanned: the original text, a same-length folded copy the rules read (full-width digits and
 * punctuation, exotic spaces, dashes and tildes mapped one char to one char, so offsets never shift), and the
 * little per-line state the rules share (how far output has been consumed, the last explicit year).
 * Created per call, never shared between threads.
 */
final class Scan {

    final String text;
    final char[] c;
    final int n;
    final LocalDate published;
    /** Nothing may start before this char offset: it is the end of the last reported span. */
    int floor;
    /** The year of the last explicit or relative year seen so far in this text, or 0. */
    int contextYear;
    /** Scratch buffers for trie look-ups (a Scan is confined to one call, so sharing them is safe). */
    final int[] tmp = new int[1];
    final int[] ends = new int[8];
    final Object[] vals = new Object[8];
    /** The last number read with its prefix by {@link QuantityRules}, and that reading (a per-anchor cache). */
    NumberScanner.Num readNum;
    QuantityRules.Reading reading;
    private int numsPos = -1;
    private NumberScanner.Num[] nums;

    /** The numbers starting at {@code pos}, computed once per position however many rules ask. */
    NumberScanner.Num[] numbers(NumberScanner scanner, int pos) {
        if (pos != numsPos) {
            nums = scanner.scan(this, pos);
            numsPos = pos;
        }
        return nums;
    }

    /** Output collected so far (null until the first one). */
    List<Quantity> quantities;
    List<TimeExpression> times;
    /** True if the text holds surrogates, so char offsets differ from code-point offsets. */
    boolean surrogates;

    Scan(String text, char[] folded, LocalDate published) {
        this.text = text;
        this.c = folded;
        this.n = folded.length;
        this.published = published;
    }

    static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isHangul(char ch) {
        return ch >= 0xAC00 && ch <= 0xD7A3;
    }

    static boolean isLatin(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t';
    }

    boolean digitAt(int i) {
        return i >= 0 && i < n && isDigit(c[i]);
    }

    boolean hangulAt(int i) {
        return i >= 0 && i < n && isHangul(c[i]);
    }

    boolean charAt(int i, char ch) {
        return i >= 0 && i < n && c[i] == ch;
    }

    /** True if the word starting at {@code i} starts a word: the char before it is not a letter or digit. */
    boolean wordStart(int i) {
        if (i <= 0) {
            return true;
        }
        char p = c[i - 1];
        return !isHangul(p) && !isLatin(p) && !isDigit(p);
    }

    /** The position after at most one space at {@code i}. */
    int skipSpace(int i) {
        return i < n && isSpace(c[i]) ? i + 1 : i;
    }

    /** The position before at most one space ending at {@code i}. */
    int skipSpaceBack(int i) {
        return i > 0 && isSpace(c[i - 1]) ? i - 1 : i;
    }

    /** The original text between two char offsets. */
    String slice(int from, int to) {
        return text.substring(from, to);
    }

    /**
     * A scan of {@code text} with its folded copy, or null if the text holds nothing the grammar could use (no
     * ASCII or full-width digit, no Hangul syllable): the cheap per-line prefilter, one pass over the chars.
     */
    static Scan of(String text, LocalDate published) {
        char[] c = text.toCharArray();
        int len = c.length;
        boolean useful = false;
        boolean surrogates = false;
        for (int i = 0; i < len; i++) {
            char ch = c[i];
            if (ch >= 0xAC00 && ch <= 0xD7A3) {
                useful = true;
            } else if (ch < 0x80) {
                if (ch <= '9' && ch >= '0') {
                    useful = true;
                }
            } else if (ch >= 0xD800 && ch <= 0xDFFF) {
                surrogates = true;
            } else if (foldChar(ch) != ch) {
                c[i] = foldChar(ch);
                if (ch >= 0xFF10 && ch <= 0xFF19) {
                    useful = true;
                }
            }
        }
        if (!useful) {
            return null;
        }
        Scan s = new Scan(text, c, published);
        s.surrogates = surrogates;
        return s;
    }

    /** The one-char compatibility fold: full-width ASCII, spaces, dashes and tildes. */
    static char foldChar(char ch) {
        if (ch < 0xA0) {
            return ch;
        }
        if (ch >= 0xFF10 && ch <= 0xFF19) {
            return (char) ('0' + (ch - 0xFF10));
        }
        switch (ch) {
            case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
            case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
                return ' ';
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: case 0xFE63:
            case 0xFF0D:
                return '-';
            case 0x223C: case 0x301C: case 0xFF5E:
                return '~';
            case 0xFF0C:
                return ',';
            case 0xFF0E:
                return '.';
            case 0xFF05:
                return '%';
            default:
                return ch;
        }
    }
}
