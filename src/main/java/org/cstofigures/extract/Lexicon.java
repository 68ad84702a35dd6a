package org.cstofigures.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;

/**
 * The Korean word lists of the grammar, read once from the TSV resources beside this class and compiled into
 * tries. Everything language-specific lives in those files; the code only knows their columns.
 */
final class Lexicon {

    /**
     * A numeral word: its value, its grain (the power of ten, 0 for digit words), whether a number before it
     * multiplies it (만, 천 …), and whether it is a native numeral (세, 열두) that only counts before a counter.
     */
    record Numeral(String word, BigDecimal value, int grain, boolean multipliable, boolean nativeNumeral) {
    }

    /**
     * A unit or counter word with its normalized unit, conversion factor and behaviour flags (see units.tsv),
     * the flags unpacked into booleans because they are read on every number.
     */
    record UnitWord(String word, Unit unit, BigDecimal factor, Set<String> flags, boolean nativeOk, boolean strict,
                    boolean noun, boolean latin, boolean glue, boolean times) {

        UnitWord(String word, Unit unit, BigDecimal factor, Set<String> flags) {
            this(word, unit, factor, Set.copyOf(flags), flags.contains("native"), flags.contains("strict"),
                    flags.contains("noun"), flags.contains("latin"), flags.contains("glue"), flags.contains("times"));
        }

        boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    /** Where a qualifier word stands relative to the number. */
    enum Position { PRE, POST, INFIX, VERB }

    /** A qualifier word (약, 이상, 여 …) with its position and meaning. */
    record QualifierWord(String word, Position position, Qualifier qualifier) {
    }

    /** A vague numeral prefix (수, 몇) and its interval when used without a power (null = not allowed). */
    record VagueWord(String word, BigDecimal bareLow, BigDecimal bareHigh) {
    }

    /** A word joining the ends of a range, and where it may be used. */
    record Connector(String word, boolean quantity, boolean date, boolean from) {
    }

    /** A relative year word; offset null means "the year after the last explicit year" (이듬해). */
    record RelativeWord(String word, Integer offset) {
    }

    private static final Lexicon STANDARD = load();

    final WordTrie<Numeral> numerals;
    final WordTrie<UnitWord> units;
    final WordTrie<UnitWord> dayWords;
    final WordTrie<UnitWord> currencyPrefixes;
    final WordTrie<QualifierWord> postQualifiers;
    final WordTrie<QualifierWord> infixQualifiers;
    final WordTrie<QualifierWord> preQualifiers;
    final WordTrie<VagueWord> vague;
    final WordTrie<RelativeWord> relative;
    final WordTrie<Unit> nouns;
    final WordTrie<Unit> nounsBefore;
    final WordTrie<String> postOrdinals;
    final WordTrie<String> preOrdinals;
    final WordTrie<String> particles;
    final WordTrie<Connector> quantityConnectors;
    final WordTrie<Connector> dateConnectors;
    final WordTrie<String> closers;
    final WordTrie<String> since;
    /** The one-character marks of grammar_words.tsv (see that file for each role). */
    final char yearMark;
    final char monthMark;
    final char dayMark;
    final char decadeMark;
    final char durationGlued;
    final char attributive;
    final char perMark;
    final char decimalPoint;
    final char clockHour;
    final String notEvenBefore;
    final String notEvenAfter;
    final String elidedCentury;
    final char zeroDigit;
    final String yearNoun;
    final WordTrie<String> durationWords;
    final WordTrie<String> toward;
    /** Words and phrases that read like a number but are not a figure (구조대, 1문 1답): grammar_words not_a_figure. */
    final WordTrie<String> notAFigure;
    /** Words after a strict counter and a space that make it a count (300여문 줄었다): grammar_words count_verb. */
    final WordTrie<String> countVerbs;
    /** Negations that make 한 건도 a zero (한 건도 없던): grammar_words negation. */
    final WordTrie<String> negations;
    /** Time units and the words after them that make a relative time point (1년 전보다): ago_unit, ago. */
    final WordTrie<String> agoUnits;
    final WordTrie<String> ago;
    /** Copulas glued to a qualifier after an age (10대 이하였다): grammar_words copula. */
    final WordTrie<String> copulas;
    private final String closingParticles;
    /** Characters that can start a Hangul number, day word or relative date (a cheap anchor test). */
    private final boolean[] wordAnchor = new boolean[0x10000];
    private final boolean[] power = new boolean[0x10000];

    private Lexicon(Map<String, List<String[]>> files) {
        Map<String, Numeral> num = new LinkedHashMap<>();
        for (String[] r : files.get("numerals.tsv")) {
            num.put(r[0], new Numeral(r[0], new BigDecimal(r[1]), Integer.parseInt(r[2]), "yes".equals(r[3]),
                    "native".equals(r[4])));
        }
        Map<String, UnitWord> unit = new LinkedHashMap<>();
        Map<String, UnitWord> day = new LinkedHashMap<>();
        Map<String, UnitWord> currency = new LinkedHashMap<>();
        for (String[] r : files.get("units.tsv")) {
            Set<String> flags = "-".equals(r[3]) ? Set.of() : Set.of(r[3].split(","));
            UnitWord u = new UnitWord(r[0], Unit.fromCode(r[1]), new BigDecimal(r[2]), flags);
            if (u.has("word")) {
                day.put(r[0], u);
            } else if (u.has("prefix")) {
                currency.put(r[0], u);
            } else {
                unit.put(r[0], u);
            }
        }
        Map<String, QualifierWord> pre = new LinkedHashMap<>();
        Map<String, QualifierWord> post = new LinkedHashMap<>();
        Map<String, QualifierWord> infix = new LinkedHashMap<>();
        for (String[] r : files.get("qualifiers.tsv")) {
            Position p = Position.valueOf(r[1].toUpperCase(Locale.ROOT));
            QualifierWord q = new QualifierWord(r[0], p, Qualifier.fromCode(r[2]));
            (p == Position.PRE ? pre : p == Position.INFIX ? infix : post).put(r[0], q);
        }
        Map<String, VagueWord> vg = new LinkedHashMap<>();
        for (String[] r : files.get("vague.tsv")) {
            vg.put(r[0], new VagueWord(r[0], "-".equals(r[1]) ? null : new BigDecimal(r[1]),
                    "-".equals(r[2]) ? null : new BigDecimal(r[2])));
        }
        Map<String, RelativeWord> rel = new LinkedHashMap<>();
        for (String[] r : files.get("relative.tsv")) {
            rel.put(r[0], new RelativeWord(r[0], "next".equals(r[1]) ? null : Integer.valueOf(r[1])));
        }
        Map<String, Unit> nn = new LinkedHashMap<>();
        Map<String, Unit> nb = new LinkedHashMap<>();
        for (String[] r : files.get("nouns.tsv")) {
            if (!"before".equals(r[2])) {
                nn.put(r[0], Unit.fromCode(r[1]));
            }
            if (!"after".equals(r[2])) {
                nb.put(r[0], Unit.fromCode(r[1]));
            }
        }
        Map<String, String> preOrd = new LinkedHashMap<>();
        Map<String, String> postOrd = new LinkedHashMap<>();
        for (String[] r : files.get("ordinals.tsv")) {
            ("pre".equals(r[1]) ? preOrd : postOrd).put(r[0], r[0]);
        }
        Map<String, String> part = new LinkedHashMap<>();
        for (String[] r : files.get("particles.tsv")) {
            part.put(r[0], r[0]);
        }
        Map<String, Connector> qc = new LinkedHashMap<>();
        Map<String, Connector> dc = new LinkedHashMap<>();
        for (String[] r : files.get("connectors.tsv")) {
            Connector c = new Connector(r[0], "yes".equals(r[1]), "yes".equals(r[2]), "yes".equals(r[3]));
            if (c.quantity()) {
                qc.put(r[0], c);
            }
            if (c.date()) {
                dc.put(r[0], c);
            }
        }
        Map<String, String> cl = new LinkedHashMap<>();
        for (String[] r : files.get("closers.tsv")) {
            cl.put(r[0], r[0]);
        }
        Map<String, String> sn = new LinkedHashMap<>();
        for (String[] r : files.get("since.tsv")) {
            sn.put(r[0], r[0]);
        }
        since = WordTrie.of(sn);
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (String[] r : files.get("grammar_words.tsv")) {
            roles.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        }
        yearMark = mark(roles, "year");
        monthMark = mark(roles, "month");
        dayMark = mark(roles, "day");
        decadeMark = mark(roles, "decade");
        durationGlued = mark(roles, "duration_glued");
        attributive = mark(roles, "attributive");
        perMark = mark(roles, "per");
        decimalPoint = mark(roles, "decimal_point");
        zeroDigit = mark(roles, "zero_digit");
        clockHour = mark(roles, "clock_hour");
        notEvenBefore = words(roles, "not_even_before").get(0);
        notEvenAfter = words(roles, "not_even_after").get(0);
        elidedCentury = String.join("", words(roles, "elided_century"));
        yearNoun = words(roles, "year_noun").get(0);
        durationWords = trie(words(roles, "duration_word"));
        toward = trie(words(roles, "toward"));
        notAFigure = trie(words(roles, "not_a_figure"));
        countVerbs = trie(words(roles, "count_verb"));
        negations = trie(words(roles, "negation"));
        agoUnits = trie(words(roles, "ago_unit"));
        ago = trie(words(roles, "ago"));
        copulas = trie(words(roles, "copula"));
        StringBuilder closing = new StringBuilder();
        for (String w : words(roles, "closing_particle")) {
            if (w.length() != 1) {
                throw new IllegalStateException("grammar_words.tsv: closing_particle must be one character: " + w);
            }
            closing.append(w);
        }
        closingParticles = closing.toString();
        quantityConnectors = WordTrie.of(qc);
        dateConnectors = WordTrie.of(dc);
        closers = WordTrie.of(cl);
        numerals = WordTrie.of(num);
        units = WordTrie.of(unit);
        dayWords = WordTrie.of(day);
        currencyPrefixes = WordTrie.ofReversed(currency);
        preQualifiers = WordTrie.ofReversed(pre);
        postQualifiers = WordTrie.of(post);
        infixQualifiers = WordTrie.of(infix);
        vague = WordTrie.of(vg);
        relative = WordTrie.of(rel);
        nouns = WordTrie.of(nn);
        nounsBefore = WordTrie.ofReversed(nb);
        postOrdinals = WordTrie.of(postOrd);
        preOrdinals = WordTrie.ofReversed(preOrd);
        particles = WordTrie.of(part);
        for (Numeral nw : num.values()) {
            if (nw.multipliable() && nw.word().length() == 1) {
                power[nw.word().charAt(0)] = true;
            }
        }
        for (Map<String, ?> m : List.of(num, day, vg, rel)) {
            for (String w : m.keySet()) {
                wordAnchor[w.charAt(0)] = true;
            }
        }
    }

    static Lexicon standard() {
        return STANDARD;
    }

    /** True if {@code c} is a one-character power word (십, 백, 천, 만, 억, 조 …). */
    boolean isPower(char c) {
        return power[c];
    }

    /** True if {@code c} can start a Hangul numeral, vague numeral, day word or relative date word. */
    boolean isWordAnchor(char c) {
        return wordAnchor[c];
    }

    private static Lexicon load() {
        Map<String, List<String[]>> files = new LinkedHashMap<>();
        int[] columns = {5, 4, 3, 3, 2, 3, 2, 1, 4, 1, 1, 2};
        String[] names = {"numerals.tsv", "units.tsv", "qualifiers.tsv", "vague.tsv", "relative.tsv",
            "nouns.tsv", "ordinals.tsv", "particles.tsv", "connectors.tsv", "closers.tsv",
            "since.tsv", "grammar_words.tsv"};
        for (int i = 0; i < names.length; i++) {
            files.put(names[i], read(names[i], columns[i]));
        }
        return new Lexicon(files);
    }

    /** Reads a TSV word list: '#' lines are comments, blank lines are skipped, every row has {@code columns}. */
    static List<String[]> read(String name, int columns) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(name + ":" + no + ": expected " + columns + " columns");
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word ends at {@code e} if no Hangul follows, or what follows starts with a particle or qualifier. */
    boolean boundaryAfter(Scan s, int e) {
        if (e >= s.n || !Scan.isHangul(s.c[e])) {
            return true;
        }
        return particles.matchesAt(s.c, e, s.n) || postQualifiers.matchesAt(s.c, e, s.n)
                || infixQualifiers.matchesAt(s.c, e, s.n);
    }

    /** True if {@code c} is a particle that closes a noun phrase (이, 을, 의 …). */
    boolean isClosingParticle(char c) {
        return closingParticles.indexOf(c) >= 0;
    }

    private static List<String> words(Map<String, List<String>> roles, String role) {
        List<String> w = roles.get(role);
        if (w == null || w.isEmpty()) {
            throw new IllegalStateException("grammar_words.tsv: no word for role " + role);
        }
        return w;
    }

    private static char mark(Map<String, List<String>> roles, String role) {
        List<String> w = words(roles, role);
        if (w.size() != 1 || w.get(0).length() != 1) {
            throw new IllegalStateException("grammar_words.tsv: role " + role + " takes one one-character word");
        }
        return w.get(0).charAt(0);
    }

    private static WordTrie<String> trie(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : words) {
            m.put(w, w);
        }
        return WordTrie.of(m);
    }
}
