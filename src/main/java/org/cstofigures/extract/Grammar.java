package org.cstofigures.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstofigures.extract.Lexicon.QualifierWord;
import org.cstofigures.extract.Lexicon.RelativeWord;
import org.cstofigures.extract.Lexicon.UnitWord;
import org.cstofigures.extract.Lexicon.VagueWord;
import org.cstofigures.extract.NumberScanner.Kind;
import org.cstofigures.extract.NumberScanner.Num;
import org.cstofigures.extract.Rule.Anchor;
import org.cstofigures.extract.Rule.Body;
import org.cstofigures.extract.Rule.Hit;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * The Korean quantity and date grammar as a list of named rules (in the manner of Duckling's per-language
 * rules). At each anchor every rule of that anchor is tried; a veto rule that matches wins outright (ordinals
 * and labels such as 제73차 or Cobalt-2018), otherwise the longest match wins and ties go to the earlier rule.
 * All word lists come from {@link Lexicon}; nothing here is specific to one text.
 */
final class Grammar {

    private final Lexicon lex;
    private final NumberScanner numbers;
    private final List<Rule> rules;
    private final Rule[] digitRules;
    private final Rule[] wordRules;

    Grammar(Lexicon lex) {
        this.lex = lex;
        this.numbers = new NumberScanner(lex);
        List<Rule> r = new ArrayList<>();
        r.add(new Rule("exclude.ordinal_prefix", Anchor.DIGIT, true, this::ordinalPrefix));
        r.add(new Rule("exclude.name_number", Anchor.DIGIT, true, this::nameNumber));
        r.add(new Rule("exclude.list_number", Anchor.DIGIT, true, this::listNumber));
        r.add(new Rule("time.dotted", Anchor.DIGIT, false, this::dotted));
        r.add(new Rule("time.year_range", Anchor.DIGIT, false, this::yearRange));
        r.add(new Rule("time.date", Anchor.DIGIT, false, (s, p) -> date(s, p, 0, "time.date")));
        r.add(new Rule("time.relative", Anchor.WORD, false, this::relative));
        r.add(new Rule("quantity.frequency", Anchor.ANY, false, this::frequency));
        r.add(new Rule("quantity.range", Anchor.ANY, false, this::range));
        r.add(new Rule("quantity.count", Anchor.ANY, false, this::count));
        r.add(new Rule("quantity.day_word", Anchor.WORD, false, this::dayWord));
        r.add(new Rule("exclude.ordinal_suffix", Anchor.DIGIT, false, this::ordinalSuffix));
        Set<String> ids = new HashSet<>(List.of(NumberScanner.DIGITS, NumberScanner.MULTIPLY, NumberScanner.ADD,
                NumberScanner.SINO, NumberScanner.NATIVE, NumberScanner.VAGUE));
        for (Rule rule : r) {
            if (!ids.add(rule.id())) {
                throw new IllegalStateException("duplicate rule id " + rule.id());
            }
        }
        this.rules = List.copyOf(r);
        this.digitRules = r.stream().filter(x -> x.anchor().includes(Anchor.DIGIT)).toArray(Rule[]::new);
        this.wordRules = r.stream().filter(x -> x.anchor().includes(Anchor.WORD)).toArray(Rule[]::new);
    }

    /** The rules in the order they are tried. */
    List<Rule> rules() {
        return rules;
    }

    /**
     * Cheap test for a word anchor: does a numeral, vague numeral, day word or relative year word that could
     * lead somewhere start here? Most Korean word starts (이, 사, 수 …) fail it after one or two trie steps.
     */
    boolean wordCandidate(Scan s, int pos) {
        char[] c = s.c;
        int[] end = s.tmp;
        Lexicon.Numeral nw = lex.numerals.longest(c, pos, s.n, end);
        if (nw != null) {
            int e = end[0];
            if (nw.nativeNumeral()) {
                if (e < s.n && (lex.units.startsWith(c[e])
                        || Scan.isSpace(c[e]) && e + 1 < s.n && lex.units.startsWith(c[e + 1]))) {
                    return true;
                }
            } else if (nw.multipliable() || isPower(c, e, s.n)) {
                return true;
            }
        }
        VagueWord v = lex.vague.longest(c, pos, s.n, end);
        if (v != null && (v.bareLow() != null || isPower(c, end[0], s.n))) {
            return true;
        }
        return lex.relative.matchesAt(c, pos, s.n) || lex.dayWords.matchesAt(c, pos, s.n);
    }

    private boolean isPower(char[] c, int i, int n) {
        return i < n && lex.isPower(c[i]);
    }

    /** The best hit at {@code pos} among the rules of that anchor, or null. */
    Hit best(Scan s, int pos, Anchor anchor) {
        if (anchor == Anchor.WORD && !wordCandidate(s, pos)) {
            return null;
        }
        Rule[] rs = anchor == Anchor.DIGIT ? digitRules : wordRules;
        Hit best = null;
        for (Rule r : rs) {
            Hit h = r.production().apply(s, pos);
            if (h == null || h.start() < s.floor || h.end() <= h.start()) {
                continue;
            }
            if (r.veto()) {
                return h;
            }
            if (best == null || h.end() > best.end() || h.end() == best.end() && h.start() < best.start()) {
                best = h;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- exclusions

    /** 제73차, 제 3국: a number after 제 is an ordinal. */
    private Hit ordinalPrefix(Scan s, int pos) {
        int b = s.skipSpaceBack(pos);
        int[] st = new int[1];
        if (lex.preOrdinals.longestEndingAt(s.c, b, Math.max(0, b - 4), st) == null || !s.wordStart(st[0])) {
            return null;
        }
        return new Hit(pos, digitRunEnd(s, pos), "exclude.ordinal_prefix", null, null);
    }

    /** Cobalt-2018, Frontier - 2014, A320, COVID-19: a number glued to a name is part of the name. */
    private Hit nameNumber(Scan s, int pos) {
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

    /** "1. " or "2) " at the start of a line is list numbering. */
    private Hit listNumber(Scan s, int pos) {
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
    private Hit ordinalSuffix(Scan s, int pos) {
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

    private static int digitRunEnd(Scan s, int pos) {
        int e = pos;
        while (e < s.n && (Scan.isDigit(s.c[e]) || Scan.isLatin(s.c[e])
                || (s.c[e] == ',' || s.c[e] == '.') && s.digitAt(e + 1))) {
            e++;
        }
        return e;
    }

    // ---------------------------------------------------------------- times

    /** 2019.09.06 (year first) or 06.09.2019 (day first, as in page headers). */
    private Hit dotted(Scan s, int pos) {
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
    private Hit yearRange(Scan s, int pos) {
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
        if (!s.charAt(e, '년') || Dates.durationAfter(s, e + 1)) {
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
    private Hit date(Scan s, int pos, int year, String rule) {
        Dates.Part a = Dates.part(s, pos, true);
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
                    if (d2e > k2 && s.charAt(ie, '일')) {
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
                Dates.Part b = Dates.part(s, s.skipSpace(c), true);
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
        if (a.y() > 0 && a.m() == 0 && end == a.end() && s.charAt(end, '대') && a.y() % 10 == 0) {
            // 1990년대: the decade
            return new Hit(pos, end + 1, rule, null, new Period(LocalDate.of(y1, 1, 1),
                    LocalDate.of(y1 + 9, 12, 31), Precision.YEAR));
        }
        LocalDate from = Dates.first(y1, a.m(), a.d());
        Period p;
        int sinceEnd = end == a.end() && s.published != null && !s.published.isBefore(from)
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
    private Hit relative(Scan s, int pos) {
        if (s.published == null) {
            return null;
        }
        int[] end = new int[1];
        RelativeWord w = lex.relative.longest(s.c, pos, s.n, end);
        if (w == null || !boundaryAfter(s, end[0])) {
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
            Dates.Part part = s.digitAt(k) ? Dates.part(s, k, false) : null;
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

    // ---------------------------------------------------------------- quantities

    /** A unit word found after a number. */
    record UnitMatch(int start, int end, UnitWord word) {
    }

    /** Number + unit (+ infix 여, prefix and suffix qualifiers): the core of every quantity rule. */
    static final class Reading {
        int start;
        Num num;
        boolean over;
        UnitMatch unit;
        QualifierWord pre;
        QualifierWord post;
        boolean currency;
        int end;

        Reading copy() {
            Reading r = new Reading();
            r.start = start;
            r.num = num;
            r.over = over;
            r.unit = unit;
            r.pre = pre;
            r.post = post;
            r.currency = currency;
            r.end = end;
            return r;
        }
    }

    private Hit count(Scan s, int pos) {
        for (Num num : s.numbers(numbers, pos)) {
            Reading r = read(s, num, true);
            Hit h = r == null ? null : hit(s, r, null, "quantity.count");
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** 이틀, 열흘: a word that is itself a number of days. */
    private Hit dayWord(Scan s, int pos) {
        int[] end = new int[1];
        UnitWord w = lex.dayWords.longest(s.c, pos, s.n, end);
        if (w == null || !boundaryAfter(s, end[0])) {
            return null;
        }
        Reading r = new Reading();
        r.num = new Num(pos, end[0], w.factor(), w.factor(), w.factor(), Kind.NATIVE);
        r.unit = new UnitMatch(pos, end[0], new UnitWord(w.word(), w.unit(), BigDecimal.ONE, w.flags()));
        r.end = end[0];
        prefix(s, r, pos);
        post(s, r);
        return hit(s, r, null, "quantity.day_word");
    }

    /** 10~15명, 3천~5천 명, 8백만에서 9백만명, 2~3톤: the unit written once applies to both ends. */
    private Hit range(Scan s, int pos) {
        for (Num a : s.numbers(numbers, pos)) {
            if (a.kind() != Kind.ARABIC && a.kind() != Kind.SINO) {
                continue;
            }
            UnitMatch ua = unit(s, a.end(), a);
            int k = s.skipSpace(ua != null ? ua.end() : a.end());
            int[] cend = new int[1];
            Lexicon.Connector conn = lex.quantityConnectors.longest(s.c, k, s.n, cend);
            if (conn == null) {
                continue;
            }
            boolean eseo = conn.from();
            int bpos = s.skipSpace(cend[0]);
            if (!s.digitAt(bpos) && !s.hangulAt(bpos)) {
                continue;
            }
            for (Num b : numbers.scan(s, bpos)) {
                if (b.kind() != Kind.ARABIC && b.kind() != Kind.SINO || b.value().compareTo(a.value()) <= 0) {
                    continue;
                }
                Reading r = read(s, b, false);
                if (r == null || ua != null && ua.word().unit() != r.unit.word().unit()) {
                    continue;
                }
                if (eseo && (s.charAt(r.end, '로') || s.charAt(r.end, '으') && s.charAt(r.end + 1, '로'))) {
                    continue;
                }
                r.num = new Num(a.start(), b.end(), null, a.value(), b.value(), Kind.ARABIC);
                prefix(s, r, a.start());
                Hit h = hit(s, r, Qualifier.RANGE, "quantity.range");
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    /** 1년에 두 번, 한 달에 한 번: a count of times per period; the value is the count, unit other. */
    private Hit frequency(Scan s, int pos) {
        for (Num num : s.numbers(numbers, pos)) {
            Reading per = read(s, num, true);
            if (per == null) {
                continue;
            }
            Unit pu = per.unit.word().unit();
            if (pu != Unit.YEAR && pu != Unit.MONTH && pu != Unit.DAY || per.post != null || per.over
                    || !s.charAt(per.unit.end(), '에')) {
                return null;
            }
            int k = s.skipSpace(per.unit.end() + 1);
            for (Num times : numbers.scan(s, k)) {
                Reading r = read(s, times, false);
                if (r != null && r.unit.word().times()) {
                    r.start = per.start;
                    r.pre = per.pre;
                    return hit(s, r, null, "quantity.frequency");
                }
            }
            return null;
        }
        return null;
    }

    /** Reads unit, infix and suffix qualifiers after {@code num}, and (if asked) the prefix before it. */
    private Reading read(Scan s, Num num, boolean withPrefix) {
        if (withPrefix && s.readNum == num) {
            return s.reading == null ? null : s.reading.copy();
        }
        Reading r = readFresh(s, num, withPrefix);
        if (withPrefix) {
            s.readNum = num;
            s.reading = r == null ? null : r.copy();
        }
        return r;
    }

    private Reading readFresh(Scan s, Num num, boolean withPrefix) {
        Reading r = new Reading();
        r.num = num;
        int q = s.skipSpace(num.end());
        int[] end = new int[1];
        QualifierWord infix = lex.infixQualifiers.longest(s.c, q, s.n, end);
        UnitMatch u = null;
        if (infix != null && num.kind() != Kind.VAGUE) {
            u = unit(s, end[0], num);
            r.over = u != null;
        }
        if (u == null) {
            u = unit(s, num.end(), num);
        }
        if (u == null) {
            return null;
        }
        r.unit = u;
        r.end = u.end();
        if (withPrefix) {
            prefix(s, r, num.start());
        } else {
            r.start = num.start();
        }
        post(s, r);
        return r;
    }

    private void post(Scan s, Reading r) {
        int k = s.skipSpace(r.unit.end());
        int[] end = new int[1];
        QualifierWord pw = lex.postQualifiers.longest(s.c, k, s.n, end);
        if (pw != null) {
            int e = end[0];
            if (pw.position() == Lexicon.Position.VERB) {
                if (!s.hangulAt(e)) {
                    return; // a verb stem needs its ending (넘게, 넘어섰다); 넘 alone is something else
                }
                int cap = Math.min(s.n, e + 8);
                while (e < cap && Scan.isHangul(s.c[e])) {
                    e++;
                }
            }
            r.post = pw;
            r.end = e;
        }
    }

    /** Qualifier and currency words just before the number (약 250만, 미화 수억, 거의 3배). */
    private void prefix(Scan s, Reading r, int numStart) {
        r.start = numStart;
        int b = s.skipSpaceBack(numStart);
        int[] st = new int[1];
        UnitWord cur = lex.currencyPrefixes.longestEndingAt(s.c, b, Math.max(s.floor, b - 8), st);
        if (cur != null && s.wordStart(st[0]) && cur.unit() == r.unit.word().unit()) {
            r.currency = true;
            r.start = st[0];
            b = s.skipSpaceBack(st[0]);
        }
        QualifierWord pw = lex.preQualifiers.longestEndingAt(s.c, b, Math.max(s.floor, b - 8), st);
        if (pw != null && s.wordStart(st[0]) && st[0] >= s.floor) {
            r.pre = pw;
            r.start = st[0];
        }
    }

    /** The unit or counter after a number, longest word first, honouring the unit's flags. */
    private UnitMatch unit(Scan s, int p, Num num) {
        int q = s.skipSpace(p);
        int[] ends = s.ends;
        Object[] vals = s.vals;
        int n = lex.units.matches(s.c, q, s.n, ends, vals);
        for (int i = 0; i < n; i++) {
            UnitWord u = (UnitWord) vals[i];
            int e = ends[i];
            if (u.latin()) {
                boolean spaceOk = u.word().length() > 1; // 500 kg, but never 5 t or 5 g
                if (q != p && !spaceOk || e < s.n && (Scan.isLatin(s.c[e]) || Scan.isDigit(s.c[e]))) {
                    continue;
                }
            } else if (!boundaryAfter(s, e)) {
                continue;
            }
            if (num.kind() == Kind.NATIVE && !u.nativeOk()) {
                continue;
            }
            if (q == p && num.end() - num.start() == 1
                    && (num.kind() == Kind.SINO || num.kind() == Kind.NATIVE && !u.glue())) {
                continue; // 조정, 천명, 세대: a lone numeral syllable glued to a word is part of that word
            }
            if (num.kind() != Kind.NATIVE && num.kind() != Kind.VAGUE && u.word().equals("해")) {
                continue;
            }
            if (u.unit() == Unit.YEAR && "년".equals(u.word()) && yearLike(num)) {
                continue;
            }
            if (u.strict() && e + 1 < s.n && Scan.isSpace(s.c[e]) && Scan.isHangul(s.c[e + 1])
                    && !lex.postQualifiers.matchesAt(s.c, e + 1, s.n)) {
                continue;
            }
            return new UnitMatch(q, e, u);
        }
        return null;
    }

    /** A four-digit integer 1000..2999 before 년 is a calendar year, not a duration. */
    private static boolean yearLike(Num num) {
        BigDecimal v = num.value();
        return num.kind() == Kind.ARABIC && v != null && num.end() - num.start() == 4 && v.scale() <= 0
                && v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2999)) <= 0;
    }

    /** A word ends at {@code e} if no Hangul follows, or what follows starts with a particle or qualifier. */
    private boolean boundaryAfter(Scan s, int e) {
        if (e >= s.n || !Scan.isHangul(s.c[e])) {
            return true;
        }
        return lex.particles.matchesAt(s.c, e, s.n) || lex.postQualifiers.matchesAt(s.c, e, s.n)
                || lex.infixQualifiers.matchesAt(s.c, e, s.n);
    }

    /** For a generic counter (개): the counted noun in the next few words (17개의 공동 성명 → statement). */
    private Unit countedNoun(Scan s, int from) {
        int i = from;
        if (s.charAt(i, '의')) {
            i++;
        }
        int[] end = new int[1];
        for (int w = 0; w < 3; w++) {
            while (i < s.n && Scan.isSpace(s.c[i])) {
                i++;
            }
            int we = i;
            int cap = Math.min(s.n, i + 16); // words are short; the cap keeps the look-ahead constant-time
            while (we < cap && (Scan.isHangul(s.c[we]) || Scan.isLatin(s.c[we]))) {
                we++;
            }
            if (we == i) {
                return null;
            }
            Unit u = lex.nouns.longest(s.c, i, we, end);
            if (u != null && (end[0] == we || lex.particles.matchesAt(s.c, end[0], we))) {
                return u;
            }
            char last = s.c[we - 1];
            if (we - i >= 2 && "이가을를은는에와과의".indexOf(last) >= 0) {
                return null;
            }
            i = we;
        }
        return null;
    }

    /**
     * The counted noun written just before the number (미사일 발사대 3대, 공동 성명 17개): the word before
     * {@code start} equals a noun of nouns.tsv or ends with one of two or more syllables.
     */
    private Unit nounBefore(Scan s, int start) {
        int we = s.skipSpaceBack(start);
        if (we == start) {
            return null;
        }
        int ws = we;
        while (ws > 0 && we - ws < 16 && (Scan.isHangul(s.c[ws - 1]) || Scan.isLatin(s.c[ws - 1]))) {
            ws--;
        }
        int[] st = new int[1];
        Unit u = lex.nounsBefore.longestEndingAt(s.c, we, ws, st);
        return u != null && (st[0] == ws || we - st[0] >= 2) ? u : null;
    }

    /** Turns a reading into a hit: base-unit value, interval by qualifier, texts as written. */
    private Hit hit(Scan s, Reading r, Qualifier forced, String rule) {
        UnitWord uw = r.unit.word();
        Unit unit = uw.unit();
        if (uw.noun()) {
            Unit refined = countedNoun(s, r.end);
            if (refined == null) {
                refined = nounBefore(s, r.start);
            }
            if (refined != null) {
                unit = refined;
            }
        }
        BigDecimal f = uw.factor();
        Num num = r.num;
        BigDecimal value = null;
        BigDecimal low;
        BigDecimal high;
        Qualifier q;
        if (forced == Qualifier.RANGE) {
            q = Qualifier.RANGE;
            low = norm(num.low().multiply(f));
            high = norm(num.high().multiply(f));
        } else if (num.kind() == Kind.VAGUE) {
            q = Qualifier.VAGUE;
            low = norm(num.low().multiply(f));
            high = norm(num.high().multiply(f));
        } else {
            value = norm(num.value().multiply(f));
            q = strongest(r);
            switch (q) {
                case APPROX:
                    low = null;
                    high = null;
                    break;
                case APPROX_OVER:
                case AT_LEAST:
                    low = value;
                    high = null;
                    break;
                case AT_MOST:
                case ALMOST:
                    low = null;
                    high = value;
                    break;
                default:
                    low = value;
                    high = value;
                    break;
            }
        }
        if (unit.isCount() && (fraction(value) || fraction(low) || fraction(high))) {
            return null; // 0.72명 (a rate) or 25.2명 per 100,000 is not a count of persons
        }
        int us = r.unit.start();
        int ul = r.unit.end() - us;
        String unitText = ul == uw.word().length() && s.text.regionMatches(us, uw.word(), 0, ul)
                ? uw.word() : s.slice(us, r.unit.end()); // the list's own String when written as listed
        Body body = new Body(value, low, high, unit, q, s.slice(num.start(), num.end()), unitText);
        return new Hit(r.start, r.end, rule, body, null);
    }

    private static boolean fraction(BigDecimal v) {
        return v != null && v.signum() != 0 && v.stripTrailingZeros().scale() > 0;
    }

    /** Bounds beat almost, which beats 여/남짓, which beats approximate words; none means exact. */
    private static Qualifier strongest(Reading r) {
        Qualifier best = r.over ? Qualifier.APPROX_OVER : Qualifier.EXACT;
        for (QualifierWord w : new QualifierWord[] {r.pre, r.post}) {
            if (w != null && rank(w.qualifier()) > rank(best)) {
                best = w.qualifier();
            }
        }
        return best;
    }

    private static int rank(Qualifier q) {
        switch (q) {
            case AT_LEAST: case AT_MOST:
                return 4;
            case ALMOST:
                return 3;
            case APPROX_OVER:
                return 2;
            case APPROX:
                return 1;
            default:
                return 0;
        }
    }

    /** The contract's normal form: trailing zeros stripped (toPlainString still prints no exponent). */
    static BigDecimal norm(BigDecimal v) {
        return v.stripTrailingZeros();
    }
}
