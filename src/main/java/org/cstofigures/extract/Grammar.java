package org.cstofigures.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstofigures.extract.Lexicon.VagueWord;
import org.cstofigures.extract.Rule.Anchor;
import org.cstofigures.extract.Rule.Hit;

/**
 * The Korean quantity and date grammar as a registry of named rules (in the manner of Duckling's per-language
 * rules), one class per dimension: {@link Exclusions} (ordinals, labels, names), {@link TimeRules} (dates and
 * years), {@link QuantityRules} (numbers with units and qualifiers); numerals are read by {@link NumberScanner}. At each anchor every rule of that anchor is tried; a veto rule that matches wins outright (ordinals
 * and labels such as 제73차 or Cobalt-2018), otherwise the longest match wins and ties go to the earlier rule.
 * All word lists come from {@link Lexicon}; nothing here is specific to one text.
 */
final class Grammar {

    private final Lexicon lex;
    private final List<Rule> rules;
    private final Rule[] digitRules;
    private final Rule[] wordRules;

    Grammar(Lexicon lex) {
        this.lex = lex;
        NumberScanner numbers = new NumberScanner(lex);
        Exclusions exclusions = new Exclusions(lex);
        TimeRules times = new TimeRules(lex, numbers);
        QuantityRules quantities = new QuantityRules(lex, numbers);
        List<Rule> r = new ArrayList<>();
        r.add(new Rule("exclude.not_a_figure", Anchor.ANY, true, exclusions::notAFigure));
        r.add(new Rule("exclude.ordinal_prefix", Anchor.DIGIT, true, exclusions::ordinalPrefix));
        r.add(new Rule("exclude.name_number", Anchor.DIGIT, true, exclusions::nameNumber));
        r.add(new Rule("exclude.clock_minutes", Anchor.DIGIT, true, exclusions::clockMinutes));
        r.add(new Rule("exclude.elided_year", Anchor.DIGIT, true, exclusions::elidedYear));
        r.add(new Rule("exclude.list_number", Anchor.DIGIT, true, exclusions::listNumber));
        r.add(new Rule("time.dotted", Anchor.DIGIT, false, times::dotted));
        r.add(new Rule("time.year_range", Anchor.DIGIT, false, times::yearRange));
        r.add(new Rule("time.date", Anchor.DIGIT, false, (s, p) -> times.date(s, p, 0, "time.date")));
        r.add(new Rule("time.relative", Anchor.WORD, false, times::relative));
        r.add(new Rule("quantity.frequency", Anchor.ANY, false, quantities::frequency));
        r.add(new Rule("quantity.range", Anchor.ANY, false, quantities::range));
        r.add(new Rule("quantity.count", Anchor.ANY, false, quantities::count));
        r.add(new Rule("quantity.currency_symbol", Anchor.DIGIT, false, quantities::currencySymbol));
        r.add(new Rule("quantity.day_word", Anchor.WORD, false, quantities::dayWord));
        r.add(new Rule("exclude.ordinal_suffix", Anchor.DIGIT, false, exclusions::ordinalSuffix));
        r.add(new Rule("exclude.relative_time", Anchor.DIGIT, false, exclusions::relativeTime));
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
                if (e < s.n && (lex.units.startsWith(c[e]) || lex.numerals.matchesAt(c, e, s.n)
                        || Scan.isSpace(c[e]) && e + 1 < s.n && (lex.units.startsWith(c[e + 1])
                                || lex.numerals.matchesAt(c, e + 1, s.n)))) {
                    return true;
                }
            } else if (nw.multipliable() || isPower(c, e, s.n) || e < s.n && (c[e] == lex.decimalPoint || lex.units.startsWith(c[e]))) {
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
}
