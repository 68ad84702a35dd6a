package org.cstofigures.extract;

import java.time.LocalDate;
import org.cstofigures.extract.Lexicon.RelativeWord;
import org.cstofigures.extract.Rule.Hit;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;

/**
 * The time rules of the {@link Grammar}: dotted dates, year ranges, dates with 년/월/일 and relative year words
 * resolved against the publication date.
 */
final class TimeRules {

    private final Lexicon lex;
    private final NumberScanner numbers;

    TimeRules(Lexicon lex, NumberScanner numbers) {
        this.lex = lex;
        this.numbers = numbers;
    }

    /** 2019.09.06 (year first) or 06.09.2019 (day first, as in page headers). */
    Hit dotted(Scan s, int pos) {
        int a = Dates.digitsEnd(s, pos, 4);
        if (a == pos || !s.charAt(a, '.')) {
            return null;
        }
        int b = Dates.digitsEnd(s, a + 1, 2);
        if (b == a + 1 || !s.charAt(b, '.')) {
            return null;
        }
        int c = Dates.digitsEnd(s, b + 1, 4);
        if (c == b + 1 || s.charAt(c, '.') && s.digitAt(c + 1)) {
            return null;
        }
        int x = Dates.value(s, pos, a);
        int y = Dates.value(s, a + 1, b);
        int z = Dates.value(s, b + 1, c);
        LocalDate d;
        if (a - pos == 4 && c - b - 1 <= 2) {
            d = Dates.first(x, y, z);
        } else if (a - pos <= 2 && c - b - 1 == 4) {
            d = Dates.first(z, y, x);
        } else {
            return null;
        }
        if (d == null || d.getYear() < 1000 || (a - pos == 4 ? z : x) == 0) {
            return null;
        }
        return new Hit(pos, c, "time.dotted", null, new Period(d, d, Precision.DAY));
    }

    /** 2015-20년, 2015~2020년: a span of whole years. */
    Hit yearRange(Scan s, int pos) {
        int a = Dates.digitsEnd(s, pos, 4);
        if (a != pos + 4) {
            return null;
        }
        int k = s.skipSpace(a);
        if (!s.charAt(k, '-') && !s.charAt(k, '~')) {
            return null;
        }
        k = s.skipSpace(k + 1);
        int b = Dates.digitsEnd(s, k, 4);
        int len = b - k;
        if (len != 2 && len != 4) {
            return null;
        }
        int e = s.skipSpace(b);
        if (!s.charAt(e, lex.yearMark) || Dates.durationAfter(lex, s, e + 1)) {
            return null;
        }
        int y1 = Dates.value(s, pos, a);
        int y2 = Dates.value(s, k, b);
        if (len == 2) {
            y2 += y1 / 100 * 100;
        }
        if (y1 < 1000 || y1 > 2999 || y2 <= y1) {
            return null;
        }
        return new Hit(pos, e + 1, "time.year_range", null,
                new Period(LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31), Precision.YEAR));
    }

    /**
     * A date or a date range at {@code pos}. A part without a year takes {@code year} if given, else the
     * text's last explicit year; without either it is consumed as not-a-figure but yields no time.
     */
    Hit date(Scan s, int pos, int year, String rule) {
        Dates.Part a = Dates.part(lex, s, pos, true);
        if (a == null) {
            return null;
        }
        int y1 = a.y() > 0 ? a.y() : year > 0 ? year : s.contextYear;
        if (a.y() == 0 && a.m() == 0) {
            return new Hit(pos, a.end(), rule, null, null);
        }
        int end = a.end();
        int y2 = 0;
        int m2 = 0;
        int d2 = 0;
        int k = s.skipSpace(a.end());
        int[] cend = new int[1];
        if (a.m() > 0 && a.d() == 0) {
            // 10월 1~5일, 10월 10-13일
            int d1e = Dates.digitsEnd(s, k, 2);
            if (d1e > k) {
                int c = s.skipSpace(d1e);
                Lexicon.Connector conn = lex.dateConnectors.longest(s.c, c, s.n, cend);
                if (conn != null && !conn.from()) {
                    int k2 = s.skipSpace(cend[0]);
                    int d2e = Dates.digitsEnd(s, k2, 2);
                    int ie = s.skipSpace(d2e);
                    if (d2e > k2 && s.charAt(ie, lex.dayMark)) {
                        a = new Dates.Part(a.start(), d1e, a.y(), a.m(), Dates.value(s, k, d1e));
                        m2 = a.m();
                        d2 = Dates.value(s, k2, d2e);
                        end = ie + 1;
                    }
                }
            }
        }
        if (d2 == 0) {
            int c = lex.dateConnectors.longest(s.c, k, s.n, cend) != null ? cend[0] : -1;
            if (c > 0) {
                Dates.Part b = Dates.part(lex, s, s.skipSpace(c), true);
                if (b != null && (b.y() > 0 || a.y() == 0 || b.m() > 0 || a.d() > 0)
                        && (b.d() > 0) == (a.d() > 0) && (b.y() > 0 || b.m() > 0 || a.m() > 0)) {
                    y2 = b.y();
                    m2 = b.m() > 0 ? b.m() : a.m();
                    d2 = b.d();
                    end = b.end();
                    int t = s.skipSpace(end);
                    if (lex.closers.longest(s.c, t, s.n, cend) != null) {
                        end = cend[0];
                    }
                }
            }
        }
        if (y1 == 0) {
            return new Hit(pos, end, rule, null, null);
        }
        if (a.y() > 0 && a.m() == 0 && end == a.end() && s.charAt(end, lex.decadeMark) && a.y() % 10 == 0) {
            // 1990년대: the decade
            return new Hit(pos, end + 1, rule, null, new Period(LocalDate.of(y1, 1, 1),
                    LocalDate.of(y1 + 9, 12, 31), Precision.YEAR));
        }
        LocalDate from = Dates.first(y1, a.m(), a.d());
        Period p;
        int sinceEnd = end == a.end() && from != null && s.published != null && !s.published.isBefore(from)
                && lex.since.longest(s.c, s.skipSpace(end), s.n, cend) != null ? cend[0] : -1;
        if (sinceEnd > 0) {
            // 2011년 이후, 2006년부터 (no end date): from the date up to the publication date
            end = sinceEnd;
            p = new Period(from, s.published, a.precision());
        } else if (end == a.end()) {
            p = Dates.period(from, Dates.last(y1, a.m(), a.d()), a.precision());
        } else {
            int yy = y2 > 0 ? y2 : y1;
            p = Dates.period(from, Dates.last(yy, m2, d2), a.precision());
            if (p == null) {
                end = a.end();
                p = Dates.period(from, Dates.last(y1, a.m(), a.d()), a.precision());
            }
        }
        if (p == null) {
            return new Hit(pos, end, rule, null, null);
        }
        return new Hit(pos, end, rule, null, p);
    }

    /** 올해, 작년, 이듬해 … resolved against the publication date, joined with a following yearless date. */
    Hit relative(Scan s, int pos) {
        if (s.published == null) {
            return null;
        }
        int[] end = new int[1];
        RelativeWord w = lex.relative.longest(s.c, pos, s.n, end);
        if (w == null || !lex.boundaryAfter(s, end[0])) {
            return null;
        }
        int year;
        if (w.offset() == null) {
            if (s.contextYear == 0) {
                return null;
            }
            year = s.contextYear + 1;
        } else {
            year = s.published.getYear() + w.offset();
        }
        if (year < 1 || year > 9999) {
            return null;
        }
        int k = s.skipSpace(end[0]);
        if (k > end[0] || k < s.n && Scan.isDigit(s.c[k])) {
            Dates.Part part = s.digitAt(k) ? Dates.part(lex, s, k, false) : null;
            if (part != null && part.y() == 0 && part.m() > 0) {
                Hit h = date(s, k, year, "time.relative");
                if (h != null && h.period() != null) {
                    return new Hit(pos, h.end(), "time.relative", null, h.period());
                }
            }
        }
        return new Hit(pos, end[0], "time.relative", null,
                new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
    }
}
