package org.cstofigures.extract;

import java.math.BigDecimal;
import org.cstofigures.extract.Lexicon.Numeral;
import org.cstofigures.extract.Lexicon.UnitWord;
import org.cstofigures.extract.Lexicon.VagueWord;
import org.cstofigures.model.Unit;

/**
 * Reads the Korean number written at a position: Arabic digits (with thousands commas and a decimal point),
 * digits or Sino-Korean digit words combined with powers (2만, 42.3만, 3억 5천만, 2백75, 1 만 4 천, 삼천오백),
 * native numerals (세, 열두, and a tens word with a unit word glued: 서른다섯), spelled decimals (삼점사) and vague
 * numerals (수십만, 몇); 여 between a number and its power (250여만) marks the reading as approximate-over. Composition is driven by the numeral data: a power
 * word multiplies what precedes it ({@value #MULTIPLY}) provided its grain is smaller than every bigger power
 * already read, and a smaller number written after a power is added ({@value #ADD}).
 * Every prefix that is itself a complete number is offered as a candidate, longest first, so that a rule can
 * back off when the longer reading leads nowhere (10 만에 → 10).
 */
final class NumberScanner {

    static final String DIGITS = "number.digits";
    static final String MULTIPLY = "number.multiply";
    static final String ADD = "number.add";
    static final String SINO = "number.sino";
    static final String NATIVE = "number.native";
    static final String VAGUE = "number.vague";

    /** What kind of numeral a candidate is made of. */
    enum Kind { ARABIC, SINO, NATIVE, VAGUE }

    /** A number read at [start, end): its value or its interval (vague numerals have no value). */
    record Num(int start, int end, BigDecimal value, BigDecimal low, BigDecimal high, Kind kind, boolean over) {

        Num(int start, int end, BigDecimal value, BigDecimal low, BigDecimal high, Kind kind) {
            this(start, end, value, low, high, kind, false);
        }
    }

    private static final int MAX_INT_DIGITS = 30;
    private static final int MAX_FRACTION_DIGITS = 12;
    private static final int MAX_CANDIDATES = 8;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static final Num[] NONE = new Num[0];

    private final Lexicon lex;

    NumberScanner(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * All numbers that start at {@code pos}, longest first (at most {@value #MAX_CANDIDATES}); empty if none.
     * A Hangul start must be at a word start (checked by the caller).
     */
    Num[] scan(Scan s, int pos) {
        if (pos >= s.n) {
            return NONE;
        }
        char ch = s.c[pos];
        if (Scan.isDigit(ch)) {
            return chain(s, pos, false);
        }
        int[] end = new int[1];
        VagueWord v = lex.vague.longest(s.c, pos, s.n, end);
        if (v != null) {
            Num vague = vague(s, pos, end[0], v);
            return vague == null ? NONE : new Num[] {vague};
        }
        Numeral nw = lex.numerals.longest(s.c, pos, s.n, end);
        if (nw == null) {
            return NONE;
        }
        if (nw.nativeNumeral()) {
            return new Num[] {nativeCompound(s, pos, end[0], nw.value())};
        }
        Num[] sino = chain(s, pos, true);
        if (sino.length == 0 && !nw.multipliable()) {
            Num digit = new Num(pos, end[0], nw.value(), nw.value(), nw.value(), Kind.SINO);
            Num[] dec = withDecimal(s, new Num[] {digit});
            if (dec.length > 1) {
                return new Num[] {dec[0]};
            }
            // a lone digit word is no number (이 명, 사건), except glued to a currency that allows it (구파운드)
            return gluedCurrency(s, end[0]) || gluedUnit(s, end[0], "glue_digit") ? new Num[] {digit} : NONE;
        }
        return sino.length == 0 ? sino : withDecimal(s, sino);
    }

    /** Where the power word after an infix qualifier at {@code i} starts (여 in 250여만), or -1. */
    private int overPower(Scan s, int i) {
        int[] end = new int[1];
        if (i >= s.n || lex.infixQualifiers.longest(s.c, i, s.n, end) == null) {
            return -1;
        }
        return end[0] < s.n && lex.isPower(s.c[end[0]]) ? end[0] : -1;
    }

    /** True if a currency word that may be glued to a lone Sino-Korean digit starts at {@code i} (이달러). */
    private boolean gluedCurrency(Scan s, int i) {
        int n = lex.units.matches(s.c, i, s.n, s.ends, s.vals);
        for (int k = 0; k < n; k++) {
            UnitWord u = (UnitWord) s.vals[k];
            if (u.glue() && u.unit().kind() == Unit.Kind.MONEY) {
                return true;
            }
        }
        return false;
    }

    /** True if a unit word with {@code flag} starts at {@code i} (칠십팔명: glue; 이개월간: glue_digit). */
    private boolean gluedUnit(Scan s, int i, String flag) {
        int n = lex.units.matches(s.c, i, s.n, s.ends, s.vals);
        for (int k = 0; k < n; k++) {
            if (((UnitWord) s.vals[k]).has(flag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A native tens word and the native unit word glued to it add up (서른 + 다섯, 일흔 + 한, 마흔 + 일곱): the
     * numeral list holds the tens and the units, not every compound.
     */
    private Num nativeCompound(Scan s, int pos, int tensEnd, BigDecimal tens) {
        int[] end = new int[1];
        if (tens.remainder(TEN).signum() == 0 && tens.compareTo(TEN) >= 0) {
            Numeral unit = lex.numerals.longest(s.c, s.skipSpace(tensEnd), s.n, end);
            if (unit != null && unit.nativeNumeral() && unit.value().compareTo(TEN) < 0) {
                BigDecimal v = tens.add(unit.value());
                return new Num(pos, end[0], v, v, v, Kind.NATIVE);
            }
        }
        return new Num(pos, tensEnd, tens, tens, tens, Kind.NATIVE);
    }

    /**
     * 삼점사 (3.4), 십이점오 (12.5): a spelled decimal point (grammar word decimal_point) after a Sino-Korean
     * number, followed by spelled digits, makes the longest candidate.
     */
    private Num[] withDecimal(Scan s, Num[] sino) {
        Num whole = sino[0];
        int i = whole.end();
        if (i >= s.n || s.c[i] != lex.decimalPoint) {
            return sino;
        }
        i++;
        StringBuilder digits = new StringBuilder();
        int[] end = new int[1];
        while (i < s.n && digits.length() < MAX_FRACTION_DIGITS) {
            Numeral d = lex.numerals.longest(s.c, i, s.n, end);
            if (d != null && !d.nativeNumeral() && !d.multipliable()) {
                digits.append(d.value().intValue());
            } else if (s.c[i] == lex.zeroDigit) {
                digits.append('0');
                end[0] = i + 1;
            } else {
                break;
            }
            i = end[0];
        }
        if (digits.length() == 0) {
            return sino;
        }
        BigDecimal v = whole.value().add(new BigDecimal("0." + digits));
        Num[] out = new Num[sino.length + 1];
        out[0] = new Num(whole.start(), i, v, v, v, Kind.SINO);
        System.arraycopy(sino, 0, out, 1, sino.length);
        return out;
    }

    /** 수/몇 followed by powers: the interval [P, 10P-1]; alone: the word's bare interval, if it has one. */
    private Num vague(Scan s, int pos, int wordEnd, VagueWord v) {
        BigDecimal power = null;
        int i = wordEnd;
        int lastGrain = Integer.MAX_VALUE;
        int[] end = new int[1];
        while (i < s.n) {
            Numeral p = lex.numerals.longest(s.c, i, s.n, end);
            if (p == null || !p.multipliable() || p.grain() >= lastGrain && p.grain() < 4) {
                break;
            }
            power = power == null ? p.value() : power.multiply(p.value());
            lastGrain = p.grain();
            i = end[0];
        }
        if (power == null) {
            if (v.bareLow() == null) {
                return null;
            }
            return new Num(pos, wordEnd, null, v.bareLow(), v.bareHigh(), Kind.VAGUE);
        }
        return new Num(pos, i, null, power, power.multiply(TEN).subtract(BigDecimal.ONE), Kind.VAGUE);
    }

    /** Digits and Sino-Korean words combined by the multiply and add rules. */
    private Num[] chain(Scan s, int pos, boolean sinoStart) {
        if (!sinoStart) {
            // fast path: a plain Arabic number not followed by a power word (the common case)
            int e = arabicEnd(s, pos);
            if (e < 0) {
                return NONE;
            }
            int k = s.skipSpace(e);
            if ((k >= s.n || !lex.isPower(s.c[k])) && overPower(s, k) < 0) {
                BigDecimal v = parse(s, pos, e);
                return new Num[] {new Num(pos, e, v, v, v, Kind.ARABIC)};
            }
        }
        Num[] out = new Num[MAX_CANDIDATES];
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        int lastBig = Integer.MAX_VALUE;
        int lastSmall = Integer.MAX_VALUE;
        boolean anyArabic = false;
        boolean anyPower = false;
        int i = pos;
        int[] end = new int[1];
        boolean first = true;
        boolean over = false;
        while (i < s.n) {
            int j = first ? i : s.skipSpace(i);
            first = false;
            if (j >= s.n) {
                break;
            }
            int afterOver = over || pending == null && section.signum() == 0 ? -1 : overPower(s, j);
            if (afterOver >= 0) {
                over = true; // 250여만, 1억 4천여만: 여 between a number and the power it multiplies
                j = afterOver;
            }
            char ch = s.c[j];
            if (Scan.isDigit(ch)) {
                if (pending != null || sinoStart) {
                    break;
                }
                int e = arabicEnd(s, j);
                if (e < 0) {
                    break;
                }
                BigDecimal val = parse(s, j, e);
                if (anyPower && val.compareTo(BigDecimal.ONE.scaleByPowerOfTen(Math.min(lastSmall, lastBig))) >= 0) {
                    break;
                }
                pending = val;
                anyArabic = true;
                i = e;
            } else {
                Numeral nw = lex.numerals.longest(s.c, j, s.n, end);
                if (nw == null || nw.nativeNumeral()) {
                    break;
                }
                int g = nw.grain();
                if (!nw.multipliable()) {
                    if (pending != null || anyArabic) {
                        break;
                    }
                    pending = nw.value();
                    i = end[0];
                    // a trailing Sino digit only counts when it ends the word (십이 명, not 2만이) a glued currency
                    // (이십삼센트) or a spelled decimal point (십이점오) follows
                    if (!anyPower || s.hangulAt(i) && s.c[i] != lex.decimalPoint && !gluedCurrency(s, i)
                            && !gluedUnit(s, i, "glue")) {
                        continue;
                    }
                } else if (g < 4) {
                    if (g >= lastSmall || g >= lastBig) {
                        break;
                    }
                    BigDecimal m = pending == null ? BigDecimal.ONE : pending;
                    section = section.add(m.multiply(nw.value()));
                    pending = null;
                    lastSmall = g;
                    anyPower = true;
                    i = end[0];
                } else {
                    if (g >= lastBig) {
                        break;
                    }
                    BigDecimal m = section.add(pending == null ? BigDecimal.ZERO : pending);
                    if (m.signum() == 0) {
                        m = BigDecimal.ONE;
                    }
                    total = total.add(m.multiply(nw.value()));
                    section = BigDecimal.ZERO;
                    pending = null;
                    lastBig = g;
                    lastSmall = Integer.MAX_VALUE;
                    anyPower = true;
                    i = end[0];
                }
            }
            if (sinoStart && !anyPower) {
                continue;
            }
            BigDecimal value = total.add(section).add(pending == null ? BigDecimal.ZERO : pending);
            if (count == out.length) {
                // keep the longest readings: a long spelled number (삼십이억삼천오백…) has many prefixes
                System.arraycopy(out, 1, out, 0, out.length - 1);
                count--;
            }
            out[count++] = new Num(pos, i, value, value, value, anyArabic ? Kind.ARABIC : Kind.SINO, over);
        }
        Num[] res = new Num[count];
        for (int k = 0; k < count; k++) {
            res[k] = out[count - 1 - k];
        }
        return res;
    }

    /**
     * The end of the Arabic number at {@code i} (digits, optional ",ddd" groups, optional ".d+"), or -1 if the
     * digit run is implausibly long (10,000-digit runs are noise, not figures).
     */
    static int arabicEnd(Scan s, int i) {
        int k = i;
        while (k < s.n && Scan.isDigit(s.c[k])) {
            k++;
        }
        int intLen = k - i;
        if (intLen > MAX_INT_DIGITS) {
            return -1;
        }
        if (intLen <= 3) {
            int digits = intLen;
            while (k + 3 < s.n && s.c[k] == ',' && s.digitAt(k + 1) && s.digitAt(k + 2) && s.digitAt(k + 3)
                    && !s.digitAt(k + 4)) {
                k += 4;
                digits += 3;
                if (digits > MAX_INT_DIGITS) {
                    return -1;
                }
            }
        }
        if (k + 1 < s.n && s.c[k] == '.' && Scan.isDigit(s.c[k + 1])) {
            int f = k + 1;
            while (f < s.n && Scan.isDigit(s.c[f])) {
                f++;
            }
            if (f - k - 1 > MAX_FRACTION_DIGITS) {
                return -1;
            }
            k = f;
        }
        return k;
    }

    /** The value of the Arabic number in [from, to), separators removed. */
    static BigDecimal parse(Scan s, int from, int to) {
        if (to - from <= 18) {
            long v = 0;
            int scale = -1;
            for (int i = from; i < to; i++) {
                char ch = s.c[i];
                if (ch == '.') {
                    scale = 0;
                } else if (ch != ',') {
                    v = v * 10 + (ch - '0');
                    if (scale >= 0) {
                        scale++;
                    }
                }
            }
            return BigDecimal.valueOf(v, Math.max(scale, 0));
        }
        char[] buf = new char[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.c[i];
            if (ch != ',') {
                buf[n++] = ch;
            }
        }
        return new BigDecimal(buf, 0, n);
    }
}
