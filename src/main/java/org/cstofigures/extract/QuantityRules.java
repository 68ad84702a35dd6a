package org.cstofigures.extract;

import java.math.BigDecimal;
import java.util.Set;
import org.cstofigures.extract.Lexicon.QualifierWord;
import org.cstofigures.extract.Lexicon.UnitWord;
import org.cstofigures.extract.NumberScanner.Kind;
import org.cstofigures.extract.NumberScanner.Num;
import org.cstofigures.extract.Rule.Body;
import org.cstofigures.extract.Rule.Hit;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * The quantity rules of the {@link Grammar}: a number with its unit or counter and qualifiers, ranges,
 * frequencies and day words, normalized to base units.
 */
final class QuantityRules {

    /** The largest grain of a lone power glued to a glue_power currency (만원, 만불). */
    private static final int MAX_GLUE_GRAIN = 4;

    private final Lexicon lex;
    private final NumberScanner numbers;

    QuantityRules(Lexicon lex, NumberScanner numbers) {
        this.lex = lex;
        this.numbers = numbers;
    }

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

    Hit count(Scan s, int pos) {
        for (Num num : s.numbers(numbers, pos)) {
            Reading r = read(s, num, true);
            if (r != null && notEvenOne(s, r)) {
                return new Hit(r.start, r.unit.end() + lex.notEvenAfter.length(), "exclude.not_even", null, null);
            }
            if (r != null) {
                Reading whole = withMinorCurrency(s, r);
                Hit h = whole == null ? null : hit(s, whole, null, "quantity.count");
                if (h != null) {
                    return h;
                }
            }
            Hit h = r == null ? null : hit(s, r, null, "quantity.count");
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** How far after 한 건도 a negation may start, in chars (한 명도 다치지 않았다, 한 건도 없던). */
    private static final int NEGATION_REACH = 10;

    /** 단 한 건도, 단 1명도, 한 건도 없다: "not a single one" (zero), which is no count of one. */
    private boolean notEvenOne(Scan s, Reading r) {
        if (r.num.value() == null || r.num.value().compareTo(BigDecimal.ONE) != 0 || r.pre != null
                || !s.text.startsWith(lex.notEvenAfter, r.unit.end())) {
            return false;
        }
        // 한 건도 없던, 1명도 다치지 않았다: a negation right after 도 makes it zero without 단
        int after = r.unit.end() + lex.notEvenAfter.length();
        int limit = Math.min(s.n, after + NEGATION_REACH);
        for (int i = after; i < limit; i++) {
            if (lex.negations.matchesAt(s.c, i, s.n)) {
                return true;
            }
        }
        int b = s.skipSpaceBack(r.start);
        int a = b - lex.notEvenBefore.length();
        return b < r.start && a >= s.floor && s.wordStart(a) && s.text.startsWith(lex.notEvenBefore, a);
    }

    /**
     * 이달러이십삼센트, 5달러 50센트: an amount in a currency followed by an amount in a smaller unit of the same
     * currency (less than one of the larger unit) is one amount; null if none follows.
     */
    private Reading withMinorCurrency(Scan s, Reading r) {
        UnitWord major = r.unit.word();
        if (major.unit().kind() != Unit.Kind.MONEY || r.post != null || r.num.value() == null) {
            return null;
        }
        int k = s.skipSpace(r.unit.end());
        if (k - r.unit.end() > 1 || !s.digitAt(k) && !s.hangulAt(k)) {
            return null;
        }
        for (Num n : numbers.scan(s, k)) {
            Reading m = read(s, n, false);
            if (m == null || m.num.value() == null || m.unit.word().unit() != major.unit()) {
                continue;
            }
            BigDecimal minor = m.num.value().multiply(m.unit.word().factor());
            if (m.unit.word().factor().compareTo(major.factor()) >= 0 || minor.compareTo(major.factor()) >= 0) {
                continue;
            }
            BigDecimal total = r.num.value().multiply(major.factor()).add(minor);
            Reading w = r.copy();
            w.num = new Num(r.num.start(), r.num.end(), total, total, total, r.num.kind(), r.num.over());
            w.unit = new UnitMatch(r.unit.start(), m.unit.end(),
                    new UnitWord(major.word(), major.unit(), BigDecimal.ONE, Set.of()));
            w.post = m.post;
            w.end = m.end;
            return w;
        }
        return null;
    }

    /**
     * EUR 20, $5, ₩10: a currency code or sign written before a bare number (units.tsv flags prefix,symbol); a
     * qualifier may precede it (약 $5).
     */
    Hit currencySymbol(Scan s, int pos) {
        int b = s.skipSpaceBack(pos);
        if (pos - b > 1) {
            return null;
        }
        int[] st = new int[1];
        UnitWord cur = lex.currencyPrefixes.longestEndingAt(s.c, b, Math.max(s.floor, b - 8), st);
        if (cur == null || !cur.has("symbol") || st[0] > 0 && Scan.isLatin(s.c[st[0] - 1])) {
            return null;
        }
        for (Num num : s.numbers(numbers, pos)) {
            if (num.kind() != Kind.ARABIC && num.kind() != Kind.SINO || read(s, num, true) != null) {
                continue;
            }
            Reading r = new Reading();
            r.num = num;
            r.unit = new UnitMatch(st[0], b, cur);
            r.currency = true;
            r.start = st[0];
            r.end = num.end();
            int qb = s.skipSpaceBack(st[0]);
            int[] qs = new int[1];
            QualifierWord pw = lex.preQualifiers.longestEndingAt(s.c, qb, Math.max(s.floor, qb - 8), qs);
            if (pw != null && s.wordStart(qs[0])) {
                r.pre = pw;
                r.start = qs[0];
            }
            return hit(s, r, null, "quantity.currency_symbol");
        }
        return null;
    }

    /** 이틀, 열흘: a word that is itself a number of days. */
    Hit dayWord(Scan s, int pos) {
        int[] end = new int[1];
        UnitWord w = lex.dayWords.longest(s.c, pos, s.n, end);
        if (w == null || !lex.boundaryAfter(s, end[0])) {
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
    Hit range(Scan s, int pos) {
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
                if (eseo && lex.toward.matchesAt(s.c, r.end, s.n)) {
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
    Hit frequency(Scan s, int pos) {
        for (Num num : s.numbers(numbers, pos)) {
            Reading per = read(s, num, true);
            if (per == null) {
                continue;
            }
            Unit pu = per.unit.word().unit();
            if (pu != Unit.YEAR && pu != Unit.MONTH && pu != Unit.DAY || per.post != null || per.over
                    || !s.charAt(per.unit.end(), lex.perMark)) {
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
    Reading read(Scan s, Num num, boolean withPrefix) {
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

    Reading readFresh(Scan s, Num num, boolean withPrefix) {
        Reading r = new Reading();
        r.num = num;
        int q = s.skipSpace(num.end());
        int[] end = new int[1];
        QualifierWord infix = lex.infixQualifiers.longest(s.c, q, s.n, end);
        UnitMatch u = null;
        if (infix != null && num.kind() != Kind.VAGUE && !num.over()) {
            u = unit(s, end[0], num);
            r.over = u != null;
        }
        if (u == null) {
            u = unit(s, num.end(), num);
            r.over = num.over();
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

    void post(Scan s, Reading r) {
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
    void prefix(Scan s, Reading r, int numStart) {
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
    UnitMatch unit(Scan s, int p, Num num) {
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
            } else if (!lex.boundaryAfter(s, e)) {
                continue;
            }
            if (num.kind() == Kind.NATIVE && !u.nativeOk()) {
                continue;
            }
            if (q == p && num.end() - num.start() == 1
                    && (num.kind() == Kind.SINO && !sinoGlue(s, num, u) || num.kind() == Kind.NATIVE && !u.glue())) {
                continue; // 조정, 천명, 세대: a lone numeral syllable glued to a word is part of that word
            }
            if (num.kind() != Kind.NATIVE && num.kind() != Kind.VAGUE && u.word().equals(lex.yearNoun)) {
                continue;
            }
            if (u.unit() == Unit.YEAR && u.word().length() == 1 && u.word().charAt(0) == lex.yearMark && yearLike(num)) {
                continue;
            }
            if (u.strict() && e + 1 < s.n && Scan.isSpace(s.c[e]) && Scan.isHangul(s.c[e + 1])
                    && !lex.postQualifiers.matchesAt(s.c, e + 1, s.n) && !lex.countVerbs.matchesAt(s.c, e + 1, s.n)) {
                return null; // a label (4세대 전투기): no shorter counter inside the word reads it (not 4세)
            }
            if (u.has("age") && ageBand(s, e)) {
                return null;
            }
            return new UnitMatch(q, e, u);
        }
        return null;
    }

    /**
     * 60대 이상 마약 사범, 65세 이상 노인: an age counter, a qualifier and a space and a noun (not a count verb)
     * name an age band of the people counted after it, not a figure; so does one with a copula glued to the
     * qualifier (10대 이하였다).
     */
    private boolean ageBand(Scan s, int e) {
        int k = s.skipSpace(e);
        int[] end = new int[1];
        if (lex.postQualifiers.longest(s.c, k, s.n, end) == null) {
            return false;
        }
        k = end[0];
        if (lex.copulas.matchesAt(s.c, k, s.n)) {
            return true; // 288명은 10대 이하였다: the band is what the number before it is
        }
        return k + 1 < s.n && Scan.isSpace(s.c[k]) && Scan.isHangul(s.c[k + 1])
                && !lex.countVerbs.matchesAt(s.c, k + 1, s.n);
    }

    /**
     * A lone Sino-Korean syllable glued to a currency is a number when the currency allows it: any digit or power
     * before a glue currency (구파운드, 십달러), a power of grain 1..{@value #MAX_GLUE_GRAIN} before a glue_power
     * one (백원, 만불; 조원 and 일원 are words).
     */
    private boolean sinoGlue(Scan s, Num num, UnitWord u) {
        if (u.has("glue_digit")) {
            return true; // 이개월간: a unit no word starts with
        }
        if (u.unit().kind() != Unit.Kind.MONEY) {
            return false;
        }
        if (u.glue()) {
            return true;
        }
        Lexicon.Numeral nw = lex.numerals.longest(s.c, num.start(), num.end(), new int[1]);
        return u.has("glue_power") && nw != null && nw.multipliable() && nw.grain() >= 1
                && nw.grain() <= MAX_GLUE_GRAIN;
    }

    /** A four-digit integer 1000..2999 before 년 is a calendar year, not a duration. */
    static boolean yearLike(Num num) {
        BigDecimal v = num.value();
        return num.kind() == Kind.ARABIC && v != null && num.end() - num.start() == 4 && v.scale() <= 0
                && v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2999)) <= 0;
    }

    /** For a generic counter (개): the counted noun in the next few words (17개의 공동 성명 → statement). */
    Unit countedNoun(Scan s, int from) {
        int i = from;
        if (s.charAt(i, lex.attributive)) {
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
            if (we - i >= 2 && lex.isClosingParticle(last)) {
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
    Unit nounBefore(Scan s, int start) {
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
    Hit hit(Scan s, Reading r, Qualifier forced, String rule) {
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

    static boolean fraction(BigDecimal v) {
        return v != null && v.signum() != 0 && v.stripTrailingZeros().scale() > 0;
    }

    /** Bounds beat almost, which beats 여/남짓, which beats approximate words; none means exact. */
    static Qualifier strongest(Reading r) {
        Qualifier best = r.over ? Qualifier.APPROX_OVER : Qualifier.EXACT;
        for (QualifierWord w : new QualifierWord[] {r.pre, r.post}) {
            if (w != null && rank(w.qualifier()) > rank(best)) {
                best = w.qualifier();
            }
        }
        return best;
    }

    static int rank(Qualifier q) {
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
