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
 * thread-safe; never throws (a failure inside a rule drops that anchor, not the line).
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
        List<Quantity> qs = null;
        List<TimeExpression> ts = null;
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
            Hit h;
            try {
                h = grammar.best(s, i, anchor);
            } catch (RuntimeException e) {
                h = null; // a defect in one rule must not lose the line; the anchor is skipped
            }
            if (h == null) {
                if (anchor == Anchor.DIGIT) {
                    while (i + 1 < n && Scan.isDigit(c[i + 1])) {
                        i++;
                    }
                }
                continue;
            }
            int start = off.toCodePoint(h.start());
            int end = off.toCodePoint(h.end());
            String surface = text.substring(h.start(), h.end());
            if (h.body() != null) {
                Rule.Body b = h.body();
                if (qs == null) {
                    qs = new ArrayList<>();
                }
                qs.add(new Quantity(start, end, surface, b.value(), b.low(), b.high(), b.unit(), b.qualifier(),
                        b.numberText(), b.unitText(), h.rule()));
            } else if (h.period() != null) {
                if (ts == null) {
                    ts = new ArrayList<>();
                }
                ts.add(new TimeExpression(start, end, surface, h.period(), h.rule()));
                s.contextYear = h.period().end().getYear();
            }
            s.floor = h.end();
            i = h.end() - 1;
        }
        if (qs == null && ts == null) {
            return EMPTY;
        }
        return new Extraction(qs == null ? List.of() : qs, ts == null ? List.of() : ts);
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
