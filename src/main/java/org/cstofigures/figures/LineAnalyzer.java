package org.cstofigures.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Quantity;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.model.Amount;
import org.cstofigures.model.Category;
import org.cstofigures.model.Classification;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Provenance;

/**
 * Turns the grammar's quantities in one line (paragraph) into mentions: what is counted (subject), in which
 * category, in which operation, over which period, and whether it is part of an earlier number. Works in char
 * offsets internally; published offsets stay the grammar's code points. Holds no state between lines.
 */
final class LineAnalyzer {

    /** A mention and, if the text says it is part of an earlier figure, that figure's id. */
    record Analyzed(Mention mention, String partOf) {
    }

    private record Span(int start, int end) {
        boolean contains(int i) {
            return start <= i && i < end;
        }
    }

    private record Time(int start, int end, Period period) {
    }

    /** The counted thing chosen for a number: English base subject, Korean as written, category hint. */
    private record Chosen(String en, String ko, Category hint, boolean takesPredicates) {
    }

    /** What an earlier number of the same sentence resolved to, for part-of links. */
    private record Whole(int end, String figureId, Chosen subject, Category category) {
    }

    private final Lexicon lex;

    LineAnalyzer(Lexicon lex) {
        this.lex = Objects.requireNonNull(lex, "lexicon");
    }

    List<Analyzed> analyze(String sourceId, ExtractedLine el) {
        List<Quantity> qs = new ArrayList<>(el.extraction().quantities());
        if (qs.isEmpty()) {
            return List.of();
        }
        qs.sort(Comparator.comparingInt(Quantity::start));
        String text = el.line().text();
        int[] cp2ch = cpToChar(text);
        List<Span> sentences = new ArrayList<>();
        for (int[] s : el.sentences()) {
            sentences.add(new Span(cp2ch[s[0]], cp2ch[s[1]]));
        }
        if (sentences.isEmpty()) {
            sentences.add(new Span(0, text.length()));
        }
        List<Time> times = new ArrayList<>();
        for (TimeExpression t : el.extraction().times()) {
            if (!datesAFounding(text, cp2ch[t.end()])) {
                times.add(new Time(cp2ch[t.start()], cp2ch[t.end()], t.period()));
            }
        }
        List<Lexicon.Hit<String>> ops = lex.operations(text);

        List<Analyzed> out = new ArrayList<>();
        Period carried = null;
        int qi = 0;
        for (int si = 0; si < sentences.size(); si++) {
            Span sentence = sentences.get(si);
            boolean last = si == sentences.size() - 1;
            List<Quantity> inSentence = new ArrayList<>();
            while (qi < qs.size() && (last || cp2ch[qs.get(qi).start()] < sentence.end())) {
                inSentence.add(qs.get(qi++));
            }
            List<Time> sentenceTimes = times.stream()
                    .filter(t -> sentence.contains(t.start())).toList();
            if (inSentence.isEmpty()) {
                if (!sentenceTimes.isEmpty()) {
                    carried = null;
                }
                continue;
            }
            List<Span> clauses = clauses(text, sentence);
            String sentenceText = text.substring(sentence.start(), sentence.end());
            Period ownUsed = null;
            Whole previous = null;
            for (Quantity q : inSentence) {
                Span span = new Span(cp2ch[q.start()], cp2ch[q.end()]);
                Span clause = clauseOf(clauses, span.start(), sentence);
                String clauseText = text.substring(clause.start(), clause.end());

                Period period = ownPeriod(sentenceTimes, clause, span);
                if (period != null) {
                    ownUsed = period;
                } else {
                    period = carried;
                }
                String operation = operationOf(ops, clause, sentence, span,
                        mostFrequent(ops.stream().filter(h -> h.start() < sentence.end()).toList()));

                boolean part = previous != null && hasPartMarker(text.substring(previous.end(), span.start()));
                Chosen subject = adjacentOrCounter(text, clause, span, q);
                Category category;
                boolean inherited = subject == null && part;
                if (inherited) {
                    subject = previous.subject();
                    category = previous.category();
                } else {
                    if (subject == null) {
                        subject = nearestInClause(text, clause, span);
                    }
                    if (subject == null) {
                        subject = unknown(text, clause, span, q);
                    }
                    category = lex.categorize(clauseText, sentenceText, q.unit(), subject.hint());
                }
                String en = subject.en();
                if (subject.takesPredicates() || inherited) {
                    Lexicon.Hit<Lexicon.Predicate> p = lex.firstPredicate(text, span.end(), clause.end());
                    if (p == null) {
                        p = lex.firstPredicate(text, clause.start(), clause.end());
                    }
                    if (p != null && p.value().categories().contains(category)) {
                        en = en + " " + p.value().en();
                    } else if (inherited) {
                        en = en + ", part";
                    }
                }
                int start = el.line().start() + q.start();
                int end = el.line().start() + q.end();
                Mention m = new Mention(Ids.mentionId(sourceId, start, end, q.surface()), null,
                        new Provenance(sourceId, el.line().number(), start, end, quote(text, sentence, span), q.rule()),
                        new Amount(q.value(), q.low(), q.high(), q.unit(), q.qualifier(), q.surface()),
                        new Classification(category, en, subject.ko(), operation),
                        period, q.numberText(), q.unitText(), List.of());
                m = m.withFigureId(Ids.figureId(sourceId, category.code(), en.toLowerCase(Locale.ROOT).strip(),
                        operation, q.unit().code(), q.value(), q.low(), q.high(), m.periodStart(), m.periodEnd()));
                out.add(new Analyzed(m, part ? previous.figureId() : null));
                previous = new Whole(span.end(), m.figureId(), subject, category);
            }
            if (ownUsed != null) {
                carried = ownUsed;
            }
        }
        return out;
    }

    private static int[] cpToChar(String text) {
        int n = text.codePointCount(0, text.length());
        int[] map = new int[n + 1];
        int ch = 0;
        for (int i = 0; i < n; i++) {
            map[i] = ch;
            ch += Character.charCount(text.codePointAt(ch));
        }
        map[n] = text.length();
        return map;
    }

    private static String mostFrequent(List<Lexicon.Hit<String>> ops) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Lexicon.Hit<String> h : ops) {
            counts.merge(h.value(), 1, Integer::sum);
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** The clause spans of a sentence: cut after a clause-break character and after a connective ending. */
    private List<Span> clauses(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            int cut = -1;
            for (String b : lex.clauseBreaks()) {
                if (text.startsWith(b, i) && !(b.equals(",") && between(text, i, Character::isDigit))) {
                    cut = i + b.length();
                    break;
                }
            }
            if (cut < 0 && Character.isWhitespace(text.charAt(i))) {
                for (String e : lex.clauseEndings()) {
                    if (i >= e.length() && text.startsWith(e, i - e.length())) {
                        cut = i;
                        break;
                    }
                }
            }
            if (cut > start) {
                out.add(new Span(start, cut));
                start = cut;
            }
        }
        if (start < sentence.end()) {
            out.add(new Span(start, sentence.end()));
        }
        return out;
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static boolean between(String text, int i, CharTest t) {
        return i > 0 && i + 1 < text.length() && t.test(text.charAt(i - 1)) && t.test(text.charAt(i + 1));
    }

    private static Span clauseOf(List<Span> clauses, int at, Span sentence) {
        for (Span c : clauses) {
            if (c.contains(at)) {
                return c;
            }
        }
        return sentence;
    }

    /**
     * The period stated next to the number: nearest before it in its clause, then in its sentence, then after it
     * in its own clause only (형사 사건 720건(2018년)); a date in a later clause is usually when the news was
     * announced (…압수했다고 3월 5일 밝혔다), not the period of the figure.
     */
    private static Period ownPeriod(List<Time> times, Span clause, Span q) {
        Time best = null;
        for (Time t : times) {
            if (t.end() <= q.start() && t.start() >= clause.start() && (best == null || t.end() > best.end())) {
                best = t;
            }
        }
        if (best == null) {
            for (Time t : times) {
                if (t.end() <= q.start() && (best == null || t.end() > best.end())) {
                    best = t;
                }
            }
        }
        if (best == null) {
            for (Time t : times) {
                if (t.start() >= q.end() && t.end() <= clause.end() && (best == null || t.start() < best.start())) {
                    best = t;
                }
            }
        }
        return best == null ? null : best.period();
    }

    /**
     * The operation named in the clause, else nearest in the sentence, else the paragraph's topic: the one named
     * most often up to the end of this sentence (an operation first named after it does not reach back).
     */
    private static String operationOf(List<Lexicon.Hit<String>> ops, Span clause, Span sentence, Span q,
            String paragraphOp) {
        for (Lexicon.Hit<String> h : ops) {
            if (clause.contains(h.start())) {
                return h.value();
            }
        }
        Lexicon.Hit<String> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Lexicon.Hit<String> h : ops) {
            if (sentence.contains(h.start())) {
                int d = h.end() <= q.start() ? q.start() - h.end() : Math.max(0, h.start() - q.end());
                if (d < bestDistance) {
                    best = h;
                    bestDistance = d;
                }
            }
        }
        return best != null ? best.value() : paragraphOp;
    }

    private boolean hasPartMarker(String between) {
        for (String m : lex.partMarkers()) {
            if (between.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lexicon subject right after the number (19명의 연수생), the subject its counter names (9개국), or a
     * lexicon subject right before it (코카인 3톤); a generic word (인원) yields to a specific one.
     */
    private Chosen adjacentOrCounter(String text, Span clause, Span q, Quantity quantity) {
        List<Lexicon.Hit<Lexicon.Subject>> hits = lex.subjects(text, clause.start(), clause.end());
        Lexicon.Hit<Lexicon.Subject> after = null;
        for (Lexicon.Hit<Lexicon.Subject> h : hits) {
            if (h.start() >= q.end() && adjacentAfter(text.substring(q.end(), h.start()))) {
                after = h;
                break;
            }
        }
        Lexicon.Hit<Lexicon.Subject> before = null;
        for (int i = hits.size() - 1; i >= 0 && before == null; i--) {
            Lexicon.Hit<Lexicon.Subject> h = hits.get(i);
            if (h.end() <= q.start() && onlyFillers(text.substring(h.end(), q.start()))) {
                before = h;
            }
        }
        if (after != null && !after.value().generic()) {
            return lexical(text, after, wordStart(text, after.start(), q.end()));
        }
        Lexicon.CounterSubject c = lex.counterSubject(quantity.unit());
        if (c != null) {
            String ko = quantity.unitText() == null || quantity.unitText().isBlank() ? c.ko() : quantity.unitText();
            return new Chosen(c.en(), ko, c.category(), c.takesPredicates());
        }
        if (before != null && (!before.value().generic() || after == null)) {
            return lexical(text, before, wordStart(text, before.start(), clause.start()));
        }
        return after == null ? null : lexical(text, after, wordStart(text, after.start(), q.end()));
    }

    /** The lexicon subject nearest to the number within its clause, or null. */
    private Chosen nearestInClause(String text, Span clause, Span q) {
        Lexicon.Hit<Lexicon.Subject> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Lexicon.Hit<Lexicon.Subject> h : lex.subjects(text, clause.start(), clause.end())) {
            if (h.start() < q.end() && h.end() > q.start()) {
                continue;
            }
            int d = h.end() <= q.start() ? q.start() - h.end() : h.start() - q.end();
            if (d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return best == null ? null : lexical(text, best, wordStart(text, best.start(), clause.start()));
    }

    /** A lexicon subject; a compound prefix the lexicon knows (불법정보자원) qualifies the English subject. */
    private Chosen lexical(String text, Lexicon.Hit<Lexicon.Subject> h, int koStart) {
        String en = lex.modified(text.substring(koStart, h.start()), h.value().en());
        return new Chosen(en, text.substring(koStart, h.end()), h.value().category(), h.value().takesPredicates());
    }

    /** Start of the word that contains {@code at} (a compound like 불법정보자원 keeps its prefix). */
    private static int wordStart(String text, int at, int floor) {
        int i = at;
        while (i > floor && isWordChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Between a number and a following noun: fillers plus one modifier word, or three after the attributive 의
     * (50개의 서로 다른 계약), which announces the counted noun. A particle on the number itself (40kg과) or a
     * word closed by a case particle (명단을) ends the noun phrase.
     */
    private boolean adjacentAfter(String gap) {
        boolean attributive = gap.startsWith("의");
        if (!attributive && !gap.isEmpty() && Character.isLetter(gap.charAt(0)) && !startsWithFiller(gap)) {
            return false;
        }
        List<String> rest = nonFillerTokens(gap);
        for (String token : rest) {
            for (String p : lex.breakingParticles()) {
                if (token.length() > p.length() && token.endsWith(p)) {
                    return false;
                }
            }
        }
        return rest.size() <= (attributive ? 3 : 1);
    }

    private boolean startsWithFiller(String gap) {
        for (String f : lex.fillers()) {
            if (f.length() > 1 && gap.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyFillers(String gap) {
        return nonFillerTokens(gap).isEmpty();
    }

    private List<String> nonFillerTokens(String gap) {
        List<String> rest = new ArrayList<>();
        for (String token : gap.split("[\\s()\\[\\]\"“”'‘’«»]+")) {
            if (token.isEmpty() || isFiller(token)) {
                continue;
            }
            rest.add(token);
        }
        return rest;
    }

    private boolean isFiller(String token) {
        if (lex.fillers().contains(token) || lex.particles().contains(token)) {
            return true;
        }
        String stem = stripParticle(token);
        return !stem.equals(token) && (stem.isEmpty() || lex.fillers().contains(stem));
    }

    private String stripParticle(String word) {
        for (String p : lex.particles()) {
            if (word.length() > p.length() && word.endsWith(p)) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }

    /**
     * The text's own noun phrase for a thing the lexicon does not know: the words after the number up to the one
     * that carries a case particle (수십 개의 관련 교육 기관이 → 관련 교육 기관), else the word before it, else
     * the counter as written; never a verb.
     */
    private Chosen unknown(String text, Span clause, Span q, Quantity quantity) {
        String after = text.substring(q.end(), clause.end());
        String ko = nounPhrase((after.startsWith("의") ? after.substring(1) : after).strip().split("\\s+"));
        if (ko.isEmpty()) {
            String[] words = text.substring(clause.start(), q.start()).strip().split("[\\s(]+");
            for (int i = words.length - 1; i >= 0 && ko.isEmpty(); i--) {
                if (!isFiller(words[i]) && !isVerb(words[i]) && !hasDigit(words[i])) {
                    ko = clean(words[i]);
                }
            }
        }
        if (ko.isEmpty()) {
            ko = quantity.unitText() != null && !quantity.unitText().isBlank() ? quantity.unitText() : quantity.surface();
        }
        return new Chosen(lex.unknown(ko), ko, null, false);
    }

    private String nounPhrase(String[] words) {
        StringBuilder np = new StringBuilder();
        for (int i = 0; i < words.length && i < 3; i++) {
            String w = words[i];
            if (w.isEmpty() || isVerb(w) || hasDigit(w) || (np.length() == 0 && isFiller(w))) {
                break;
            }
            String stem = clean(w);
            np.append(np.length() == 0 ? "" : " ").append(stem);
            if (!stem.equals(w.replaceAll("[^\\p{L}\\p{N}]+$", "")) || !w.equals(w.replaceAll("[^\\p{L}\\p{N}]+$", ""))) {
                break;
            }
        }
        return np.toString();
    }

    /**
     * True if the date ending at {@code end} is followed by a founding word (KSOPN(2005년 설립), 2009년에 창설된): it
     * dates when something was founded, not the period of the figures around it.
     */
    private boolean datesAFounding(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '에')) {
            i++;
        }
        for (String w : lex.foundingWords()) {
            if (text.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Longest quote a mention carries; a longer sentence (a line without punctuation) is cut around it. */
    static final int MAX_QUOTE_CHARS = 600;

    /**
     * The sentence of a mention, verbatim; when it is longer than {@link #MAX_QUOTE_CHARS}, the verbatim stretch
     * of it centred on the mention, so that a huge unpunctuated line does not repeat itself in every row.
     */
    private static String quote(String text, Span sentence, Span q) {
        if (sentence.end() - sentence.start() <= MAX_QUOTE_CHARS) {
            return text.substring(sentence.start(), sentence.end());
        }
        int half = Math.max(0, (MAX_QUOTE_CHARS - (q.end() - q.start())) / 2);
        int from = Math.max(sentence.start(), q.start() - half);
        int to = Math.min(sentence.end(), Math.max(q.end(), from + MAX_QUOTE_CHARS));
        from = Math.max(sentence.start(), Math.min(from, to - MAX_QUOTE_CHARS));
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /** A word with a digit is a date, number or label (2010년까지), never the counted noun. */
    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** A predicate rather than a noun: a word ending in the declarative -다 (열렸습니다, 개최됩니다). */
    private static boolean isVerb(String word) {
        String w = word.replaceAll("[^\\p{L}\\p{N}]+$", "");
        return w.endsWith("다");
    }

    private String clean(String word) {
        String w = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        return stripParticle(w);
    }
}
