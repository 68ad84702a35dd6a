package org.cstofigures.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;

/**
 * Reads Korean calendar expressions: YYYY년 M월 D일 with any parts left out and spaces allowed between number
 * and unit (2003 년 4 월), ranges joined by 부터/~/-/에서 (optionally closed by 까지), the short day range
 * 10월 1~5일, year ranges 2015-20년 and dotted dates 2019.09.06 / 06.09.2019. It only reads; turning a part
 * into a {@link Period} needs a year, which the caller supplies from context when the text omits it.
 */
final class Dates {

    /** One date as written: y, m, d are 0 when missing; [start, end) is its extent. */
    record Part(int start, int end, int y, int m, int d) {
        Precision precision() {
            return d > 0 ? Precision.DAY : m > 0 ? Precision.MONTH : Precision.YEAR;
        }
    }

    private Dates() {
    }

    /** The date part at {@code pos}, or null. A day alone (5일) is read only when {@code dayAlone}. */
    static Part part(Lexicon lex, Scan s, int pos, boolean dayAlone) {
        int i = pos;
        int y = 0;
        int m = 0;
        int d = 0;
        int e = digitsEnd(s, i, 4);
        if (e == i + 4) {
            int v = value(s, i, e);
            int j = s.skipSpace(e);
            if (v >= 1000 && v <= 2999 && s.charAt(j, lex.yearMark) && !durationAfter(lex, s, j + 1)) {
                y = v;
                i = j + 1;
            }
        }
        int k = y > 0 ? s.skipSpace(i) : i;
        e = digitsEnd(s, k, 2);
        if (e > k) {
            int v = value(s, k, e);
            int j = s.skipSpace(e);
            if (v >= 1 && v <= 12 && s.charAt(j, lex.monthMark) && !s.charAt(j + 1, lex.durationGlued)) {
                m = v;
                i = j + 1;
                k = s.skipSpace(i);
                e = digitsEnd(s, k, 2);
                if (e > k) {
                    v = value(s, k, e);
                    j = s.skipSpace(e);
                    if (v >= 1 && v <= 31 && s.charAt(j, lex.dayMark) && !durationAfter(lex, s, j + 1)) {
                        d = v;
                        i = j + 1;
                    }
                }
            } else if (y == 0 && dayAlone && v >= 1 && v <= 31 && s.charAt(j, lex.dayMark) && !durationAfter(lex, s, j + 1)) {
                d = v;
                i = j + 1;
            }
        }
        if (y == 0 && m == 0 && d == 0) {
            return null;
        }
        return new Part(pos, i, y, m, d);
    }

    /** True if 간 or 동안 follows a 년/일 (a duration such as 5일간, not a date). */
    static boolean durationAfter(Lexicon lex, Scan s, int i) {
        if (s.charAt(i, lex.durationGlued)) {
            return true;
        }
        return lex.durationWords.matchesAt(s.c, s.skipSpace(i), s.n);
    }

    /** The end of a run of 1..max ASCII digits at i that is not followed by another digit, else i. */
    static int digitsEnd(Scan s, int i, int max) {
        int k = i;
        while (k < s.n && Scan.isDigit(s.c[k]) && k - i < max) {
            k++;
        }
        if (k == i || s.digitAt(k)) {
            return i;
        }
        return k;
    }

    static int value(Scan s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.c[i] - '0');
        }
        return v;
    }

    /** The first day of the part, given a year; null if it is not a real date. */
    static LocalDate first(int y, int m, int d) {
        if (y < 1 || m > 12 || m < 0) {
            return null;
        }
        if (m == 0) {
            return LocalDate.of(y, 1, 1);
        }
        if (d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d == 0 ? 1 : d);
    }

    /** The last day of the part, given a year; null if it is not a real date. */
    static LocalDate last(int y, int m, int d) {
        if (y < 1 || m > 12 || m < 0) {
            return null;
        }
        if (m == 0) {
            return LocalDate.of(y, 12, 31);
        }
        YearMonth ym = YearMonth.of(y, m);
        if (d > ym.lengthOfMonth()) {
            return null;
        }
        return d == 0 ? ym.atEndOfMonth() : LocalDate.of(y, m, d);
    }

    /** A period from two ends, or null when either is invalid or they are reversed. */
    static Period period(LocalDate from, LocalDate to, Precision p) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return new Period(from, to, p);
    }
}
