package org.cstofigures.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.extract.Rule.Anchor;
import org.cstofigures.extract.Rule.Hit;

/**
 * The Korean quantity grammar behind {@link Extractors#standard()}: one left-to-right pass over each line that
 * tries the {@link Grammar}'s rules only at anchors (the first digit of a digit run, or a word start whose
 * first character can begin a numeral or date word), keeps the best hit and continues after it, so spans never
 * overlap. Lines without any digit or Hangul syllable are rejected by a single cheap scan. Immutable and
 * thread-safe. A rule that throws is a defect: the exception propagates (and fails a test), it never silently
 * drops a mention.
 */
final class KoreanExtractor implements Extractor {

    private static final Extraction EMPTY = new Extraction(List.of(), List.of());

    private final Lexicon lex;
    private final Grammar grammar;

    KoreanExtractor() {
        this(Lexicon.standard());
    }

    KoreanExtractor(Lexicon lex) {
        this.lex = lex;
        this.grammar = new Grammar(lex);
    }

    Grammar grammar() {
        return grammar;
    }

    @Override
    public Extraction extract(String text, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        Scan s = Scan.of(text, published);
        if (s == null) {
            return EMPTY;
        }
        char[] c = s.c;
        Offsets off = new Offsets(text, s.surrogates);
        int n = c.length;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            Anchor anchor;
            if (ch <= '9') {
                if (ch < '0' || i > 0 && (Scan.isDigit(c[i - 1])
                        || (c[i - 1] == '.' || c[i - 1] == ',') && i > 1 && Scan.isDigit(c[i - 2]))) {
                    continue;
                }
                anchor = Anchor.DIGIT;
            } else if (ch >= 0xAC00 && ch <= 0xD7A3 && lex.isWordAnchor(ch) && s.wordStart(i)) {
                anchor = Anchor.WORD;
            } else {
                continue;
            }
            Hit h = grammar.best(s, i, anchor);
            if (h != null) {
                emit(s, h, off);
            }
            if (h == null) {
                if (anchor == Anchor.DIGIT) {
                    while (i + 1 < n && Scan.isDigit(c[i + 1])) {
                        i++;
                    }
                }
                continue;
            }
            s.floor = h.end();
            i = h.end() - 1;
        }
        if (s.quantities == null && s.times == null) {
            return EMPTY;
        }
        return new Extraction(s.quantities == null ? List.of() : s.quantities,
                s.times == null ? List.of() : s.times);
    }

    /** Adds a hit's quantity or time (with code-point offsets) to the scan's output. */
    private static void emit(Scan s, Hit h, Offsets off) {
        int start = off.toCodePoint(h.start());
        int end = off.toCodePoint(h.end());
        if (h.body() != null) {
            Rule.Body b = h.body();
            Quantity q = new Quantity(start, end, s.text.substring(h.start(), h.end()), b.value(), b.low(), b.high(),
                    b.unit(), b.qualifier(), b.numberText(), b.unitText(), h.rule());
            if (s.quantities == null) {
                s.quantities = new ArrayList<>();
            }
            s.quantities.add(q);
        } else if (h.period() != null) {
            TimeExpression t = new TimeExpression(start, end, s.text.substring(h.start(), h.end()), h.period(),
                    h.rule());
            if (s.times == null) {
                s.times = new ArrayList<>();
            }
            s.times.add(t);
            s.contextYear = h.period().end().getYear();
        }
    }

    /** Converts increasing char offsets to code-point offsets; free when the text has no surrogates. */
    private static final class Offsets {
        private final String text;
        private final boolean plain;
        private int lastChar;
        private int lastCp;

        Offsets(String text, boolean surrogates) {
            this.text = text;
            this.plain = !surrogates;
        }

        int toCodePoint(int charIndex) {
            if (plain) {
                return charIndex;
            }
            if (charIndex < lastChar) {
                lastChar = 0;
                lastCp = 0;
            }
            lastCp += text.codePointCount(lastChar, charIndex);
            lastChar = charIndex;
            return lastCp;
        }
    }
}
