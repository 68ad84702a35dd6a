package org.cstofigures.extract;

import org.cstofigures.extract.Rule.Hit;

/**
 * The exclusion rules of the {@link Grammar}: numbers that are ordinals, labels, parts of names or list
 * numbering, which no other rule may read (제73차, Cobalt-2018, "1. ", 51조).
 */
final class Exclusions {

    private final Lexicon lex;

    Exclusions(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * 구조대 (a rescue team, not 9조 대), 1문 1답 (a Q&A, not one gun): a word or phrase of grammar_words.tsv
     * {@code not_a_figure} that starts a word here is not a number, and no rule may read inside it.
     */
    Hit notAFigure(Scan s, int pos) {
        int[] end = new int[1];
        if (!s.wordStart(pos) || lex.notAFigure.longest(s.c, pos, s.n, end) == null) {
            return null;
        }
        return new Hit(pos, end[0], "exclude.not_a_figure", null, null);
    }

    /** 제73차, 제 3국: a number after 제 is an ordinal. */
    Hit ordinalPrefix(Scan s, int pos) {
        int b = s.skipSpaceBack(pos);
        int[] st = new int[1];
        if (lex.preOrdinals.longestEndingAt(s.c, b, Math.max(0, b - 4), st) == null || !s.wordStart(st[0])) {
            return null;
        }
        return new Hit(pos, digitRunEnd(s, pos), "exclude.ordinal_prefix", null, null);
    }

    /** Cobalt-2018, Frontier - 2014, A320, COVID-19: a number glued to a name is part of the name. */
    Hit nameNumber(Scan s, int pos) {
        boolean name = false;
        if (pos > 0 && Scan.isLatin(s.c[pos - 1])) {
            name = true;
        } else {
            int b = s.skipSpaceBack(pos);
            if (s.charAt(b - 1, '-') || s.charAt(b - 1, '/')) {
                int a = b - 1;
                boolean spaced = a != s.skipSpaceBack(a) || b != pos;
                a = s.skipSpaceBack(a);
                if (a > 0 && (Scan.isLatin(s.c[a - 1]) || !spaced && Scan.isHangul(s.c[a - 1]))) {
                    name = true;
                }
            }
        }
        return name ? new Hit(pos, digitRunEnd(s, pos), "exclude.name_number", null, null) : null;
    }

    /** 3시 20분: the minutes of a clock time (a number right after an hour mark and its digits) are no duration. */
    Hit clockMinutes(Scan s, int pos) {
        int b = s.skipSpaceBack(pos);
        if (pos - b > 1 || !s.charAt(b - 1, lex.clockHour) || !s.digitAt(b - 2)) {
            return null;
        }
        return new Hit(pos, digitRunEnd(s, pos), "exclude.clock_minutes", null, null);
    }

    /** '24년, ’19: two digits after a mark that elides the century are a year, not a figure. */
    Hit elidedYear(Scan s, int pos) {
        if (pos == 0 || lex.elidedCentury.indexOf(s.c[pos - 1]) < 0 || !s.digitAt(pos + 1) || s.digitAt(pos + 2)) {
            return null;
        }
        int e = pos + 2;
        return new Hit(pos, s.charAt(e, lex.yearMark) ? e + 1 : e, "exclude.elided_year", null, null);
    }

    /** "1. " or "2) " at the start of a line is list numbering. */
    Hit listNumber(Scan s, int pos) {
        for (int i = 0; i < pos; i++) {
            if (!Scan.isSpace(s.c[i])) {
                return null;
            }
        }
        int e = Dates.digitsEnd(s, pos, 3);
        if (e > pos && (s.charAt(e, '.') || s.charAt(e, ')')) && (e + 1 >= s.n || Scan.isSpace(s.c[e + 1]))) {
            return new Hit(pos, e + 1, "exclude.list_number", null, null);
        }
        return null;
    }

    /** 51조, 1위, 25주년, 73차: a number before an ordinal word is a label. */
    Hit ordinalSuffix(Scan s, int pos) {
        int e = NumberScanner.arabicEnd(s, pos);
        if (e < 0) {
            return null;
        }
        int[] end = new int[1];
        if (lex.postOrdinals.longest(s.c, s.skipSpace(e), s.n, end) == null) {
            return null;
        }
        return new Hit(pos, end[0], "exclude.ordinal_suffix", null, null);
    }

    /**
     * 20년 전, 1년 전보다, 3개월 전에: a number of time units before a word of grammar_words {@code ago} is a time
     * point relative to another, not a duration.
     */
    Hit relativeTime(Scan s, int pos) {
        int e = NumberScanner.arabicEnd(s, pos);
        if (e < 0 || e - pos == 4 && (s.c[pos] == '1' || s.c[pos] == '2')) {
            return null; // 2019년 전까지: a calendar year, read by the date rules
        }
        int[] end = new int[1];
        if (lex.agoUnits.longest(s.c, s.skipSpace(e), s.n, end) == null) {
            return null;
        }
        if (lex.ago.longest(s.c, s.skipSpace(end[0]), s.n, end) == null || end[0] < s.n && Scan.isHangul(s.c[end[0]])) {
            return null;
        }
        return new Hit(pos, end[0], "exclude.relative_time", null, null);
    }

    static int digitRunEnd(Scan s, int pos) {
        int e = pos;
        while (e < s.n && (Scan.isDigit(s.c[e]) || Scan.isLatin(s.c[e])
                || (s.c[e] == ',' || s.c[e] == '.') && s.digitAt(e + 1))) {
            e++;
        }
        return e;
    }
}
