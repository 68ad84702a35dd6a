package org.cstofigures.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.events.EventLexicon.TypeEntry;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;
import org.cstofigures.source.Line;

/**
 * Reads one line (paragraph) of a source into event mentions, one per dated clause. A clause runs from a date
 * the grammar found ({@link TimeExpression}) to the next date or the end of the sentence; the first clause of
 * a sentence also takes the text before its date (the sentence's subject). A date inside parentheses is a
 * clause of its own, the parentheses, and is masked out of the clause around it; when it has no cue and the
 * text before it (from the last clause break) has one, it dates that text (가입했다(1952)), and a year alone
 * in brackets counts as a date. The type comes from {@link EventLexicon} (the matching type whose words end
 * last; borrowed from the rest of the sentence, then from the text before, then from the whole sentence, when
 * the clause has no cue); countries and places from the {@link Gazetteer}, except a country a topic marker
 * follows (X 정세에 관한: what the event is about);
 * operations from the figures lexicon. Reads each sentence as a text of its own (so the work per sentence is
 * bounded by the sentence, not the line), in char offsets of the sentence; provenance is in code points of the line.
 */
final class ClauseReader {

    /** Marks the genitive case in {@link #headAfter}: the phrase names a part of an organisation. */
    private static final String GENITIVE = "\u0000genitive";

    private final EventLexicon lex;
    private final Gazetteer gaz;
    private final Lexicon ops;
    private final Pattern bracketYear;

    ClauseReader(EventLexicon lex, Gazetteer gaz, Lexicon ops) {
        this.lex = lex;
        this.gaz = gaz;
        this.ops = ops;
        this.bracketYear = bracketYear(lex.monthWords(), lex.yearWords());
    }

    /**
     * A year alone in brackets: after what it dates (가입했다(1952), with a year word 가입했다(1952년)), or after a
     * month number and a month word, the year of that month (이사회의 11월(1957) 회의). Groups: month, year.
     */
    static Pattern bracketYear(List<String> monthWords, List<String> yearWords) {
        String month = monthWords.isEmpty() ? "(?!)" : alternatives(monthWords);
        String year = yearWords.isEmpty() ? "" : "(?:" + alternatives(yearWords) + ")?";
        return Pattern.compile("(?:(?<month>\\d{1,2})(?:" + month + ")\\s*)?\\((?<year>[12]\\d{3})" + year + "\\)");
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** A type found in a region: which, where its words end, the cue's start, the operation it needs. */
    record Cue(TypeEntry type, int end, int cueStart, String operation) {
    }

    private record Dated(int start, int end, Period period, String surface, int segStart, int segEnd,
            boolean paren) {
    }

    List<Event> read(String sourceId, ExtractedLine el) {
        List<TimeExpression> times = el.extraction().times();
        Line line = el.line();
        String text = line.text();
        if (times.isEmpty() && !bracketYear.matcher(text).find()) {
            return List.of();
        }
        // sentences and times are in code points, the rest in chars; each sentence is read as a text of its own,
        // so that the work per sentence is bounded by the sentence, whatever the length of the line
        List<int[]> sentences = el.sentences();
        int[] starts = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        int cp = 0;
        int ch = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int[] s = sentences.get(k);
            ch = text.offsetByCodePoints(ch, s[0] - cp);
            starts[k] = ch;
            ch = text.offsetByCodePoints(ch, s[1] - s[0]);
            ends[k] = ch;
            cp = s[1];
        }
        List<List<TimeExpression>> timesIn = bucket(sentences.size());
        for (TimeExpression t : times) {
            int k = sentenceOf(sentences, t.start());
            if (k >= 0 && t.end() <= sentences.get(k)[1]) {
                timesIn.get(k).add(t);
            }
        }
        List<List<Gazetteer.Hit>> namesIn = bucket(sentences.size());
        for (Gazetteer.Hit h : gaz.find(text)) {
            int k = sentenceOf(starts, ends, h.start(), h.end());
            if (k >= 0) {
                namesIn.get(k).add(new Gazetteer.Hit(h.start() - starts[k], h.end() - starts[k], h.text(), h.iso3(),
                        h.place()));
            }
        }
        List<List<Lexicon.Hit<String>>> opsIn = bucket(sentences.size());
        for (Lexicon.Hit<String> h : ops.operations(text)) {
            int k = sentenceOf(starts, ends, h.start(), h.end());
            if (k >= 0) {
                opsIn.get(k).add(new Lexicon.Hit<>(h.start() - starts[k], h.end() - starts[k], h.text(), h.value()));
            }
        }
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            String sentence = text.substring(starts[k], ends[k]);
            int cpStart = sentences.get(k)[0];
            List<Dated> ds = new ArrayList<>();
            for (TimeExpression t : timesIn.get(k)) {
                int a = sentence.offsetByCodePoints(0, t.start() - cpStart);
                int b = sentence.offsetByCodePoints(a, t.end() - t.start());
                ds.add(new Dated(a, b, t.period(), t.surface(), a, b, false));
            }
            readSentence(sourceId, line, cpStart, sentence, ds, namesIn.get(k), opsIn.get(k), out);
        }
        return out;
    }

    private static <T> List<List<T>> bucket(int n) {
        List<List<T>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** The sentence whose code-point span holds {@code cp}, or -1. */
    private static int sentenceOf(List<int[]> sentences, int cp) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (cp < s[0]) {
                hi = mid - 1;
            } else if (cp >= s[1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The sentence whose char span holds all of [start, end), or -1. */
    private static int sentenceOf(int[] starts, int[] ends, int start, int end) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (start < starts[mid]) {
                hi = mid - 1;
            } else if (start >= ends[mid]) {
                lo = mid + 1;
            } else {
                return end <= ends[mid] ? mid : -1;
            }
        }
        return -1;
    }

    /**
     * The events of one sentence, {@code text}, which starts at code point {@code cpStart} of its line; the dates
     * the grammar found in it come in {@code found}, and names and operations are in chars of the sentence.
     */
    private void readSentence(String sourceId, Line line, int cpStart, String text, List<Dated> found,
            List<Gazetteer.Hit> names, List<Lexicon.Hit<String>> opHits, List<Event> out) {
        int ss = 0;
        int se = text.length();
        List<Dated> ds = new ArrayList<>();
        boolean[] mask = new boolean[text.length()];
        for (Dated t : found) {
            int a = t.start();
            int b = t.end();
            if (quoted(text, ss, a)) {
                continue; // a date inside quotation marks is part of a title ("2020년까지 … 주요 방향")
            }
            int open = openParen(text, ss, a);
            if (open >= 0) {
                int close = text.indexOf(')', b);
                int end = close < 0 || close > se ? se : close;
                ds.add(new Dated(a, b, t.period(), t.surface(), open + 1, end, true));
                for (int k = open; k < Math.min(end + 1, se); k++) {
                    mask[k] = true;
                }
            } else {
                ds.add(new Dated(a, b, t.period(), t.surface(), a, se, false));
            }
        }
        Matcher y = bracketYear.matcher(text).region(ss, se);
        while (y.find()) {
            int at = y.start("year") - 1;
            int year = Integer.parseInt(y.group("year"));
            int month = y.group("month") == null ? 0 : Integer.parseInt(y.group("month"));
            if (quoted(text, ss, y.start()) || month > 12
                    || ds.stream().anyMatch(d -> d.start() <= at + 1 && d.end() > at + 1)) {
                continue;
            }
            if (month > 0) {
                ds.removeIf(d -> d.start() < y.end() && d.end() > y.start());
                LocalDate first = LocalDate.of(year, month, 1);
                Period p = new Period(first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH);
                ds.add(new Dated(y.start(), y.end(), p, y.group(), y.start(), se, false));
                continue;
            }
            Period p = new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
            ds.add(new Dated(at + 1, y.end() - 1, p, y.group(), at + 1, y.end() - 1, true));
            for (int k = at; k < y.end(); k++) {
                mask[k] = true;
            }
        }
        ds.sort(Comparator.comparingInt(Dated::start));
        Map<Dated, Integer> trailing = trailing(text, ss, ds, mask, opHits);
        List<Dated> plain = ds.stream().filter(d -> !d.paren()).toList();
        // countries written just before a date with a topic particle belong to it (X는 <date> …)
        int[] starts = new int[plain.size()];
        for (int k = 0; k < plain.size(); k++) {
            starts[k] = k == 0 ? ss : lead(text, names, plain.get(k - 1).end(), plain.get(k).start());
        }
        List<String> topic = new ArrayList<>();
        if (!plain.isEmpty()) {
            int t0 = lead(text, names, ss, plain.get(0).start());
            for (Gazetteer.Hit h : names) {
                if (!h.isPlace() && h.start() >= t0 && h.end() <= plain.get(0).start() && !topic.contains(h.iso3())) {
                    topic.add(h.iso3());
                }
            }
        }
        for (int i = 0; i < ds.size(); i++) {
            Dated d = ds.get(i);
            int from = d.segStart();
            int to = d.segEnd();
            boolean[] m = mask;
            List<String> inherit = List.of();
            String rule = "clause";
            if (!d.paren()) {
                int k = plain.indexOf(d);
                from = starts[k];
                to = k + 1 < plain.size() ? starts[k + 1] : se;
                for (int rs : trailing.values()) {
                    if (rs > from && rs < to) {
                        to = rs; // a later clause dated by brackets after it is not this date's
                    }
                }
                inherit = k > 0 ? topic : List.of();
            } else {
                m = new boolean[text.length()];
                if (trailing.containsKey(d)) {
                    from = trailing.get(d);
                    to = Math.min(d.segEnd() + 1, se);
                    rule = "clause_dated_by_brackets_after";
                }
            }
            Event e = event(sourceId, line, cpStart, text, ss, se, from, to, m, mask, d, names, opHits, inherit,
                    rule);
            if (e != null) {
                out.add(e);
            }
        }
    }

    /**
     * The bracketed dates that date the clause before them (그리스와 터키가 가입했다(1952)): those with no cue of
     * their own after a clause that has one, from the last clause break (or the previous date) to the bracket.
     * Maps each to where its clause starts.
     */
    private Map<Dated, Integer> trailing(String text, int ss, List<Dated> ds, boolean[] mask,
            List<Lexicon.Hit<String>> opHits) {
        Map<Dated, Integer> out = new HashMap<>();
        for (Dated d : ds) {
            if (!d.paren()) {
                continue;
            }
            int open = d.segStart() - 1;
            if (detect(text, d.segStart(), d.segEnd(), new boolean[text.length()], opHits, ss, false) != null) {
                continue;
            }
            int rs = ss;
            for (Dated o : ds) {
                if (o != d && o.start() < open) {
                    rs = Math.max(rs, o.paren() ? Math.min(o.segEnd() + 1, open) : o.end());
                }
            }
            rs = clauseBreak(text, rs, open);
            if (detect(text, rs, open, mask, opHits, ss, false) != null) {
                out.put(d, rs);
            }
        }
        return out;
    }

    /** Where a clause starts after the last clause break in [from, at) (서명했으며, …), or {@code from}. */
    private int clauseBreak(String text, int from, int at) {
        int best = from;
        for (String w : lex.clauseBreaks()) {
            for (int i = text.indexOf(w, from); i >= 0 && i + w.length() < at; i = text.indexOf(w, i + 1)) {
                int k = i + w.length();
                char c = text.charAt(k);
                if (c == ',' || Character.isWhitespace(c)) {
                    while (k < at && (text.charAt(k) == ',' || Character.isWhitespace(text.charAt(k)))) {
                        k++;
                    }
                    best = Math.max(best, k);
                }
            }
        }
        return best;
    }

    private Event event(String sourceId, Line line, int cpStart, String text, int ss, int se, int from, int to,
            boolean[] mask,
            boolean[] sentenceMask, Dated d, List<Gazetteer.Hit> names, List<Lexicon.Hit<String>> opHits,
            List<String> inherit, String clauseRule) {
        String rule = clauseRule;
        Cue cue = detect(text, from, to, mask, opHits, ss, false);
        if (cue == null) {
            int after = d.paren() ? Math.min(to + 1, se) : to;
            cue = detect(text, after, se, new boolean[text.length()], opHits, ss, true);
            rule = "clause_type_from_rest_of_sentence";
            if (cue == null) {
                cue = detect(text, ss, d.paren() ? from - 1 : from, new boolean[text.length()], opHits, ss, false);
                rule = "clause_type_from_start_of_sentence";
            }
            if (cue == null && d.paren()) {
                cue = detect(text, ss, se, sentenceMask, opHits, ss, false);
                rule = "clause_type_from_sentence"; // 'A'(5월 3~7일), 'B'(5월 9일) 등 훈련이 포함됐다
            }
        }
        if (cue == null) {
            return null;
        }
        // the clause as written, trimmed
        int a = from;
        int b = to;
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ',')) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        Map<String, String> parties = new TreeMap<>();
        Map<String, String> excluded = new TreeMap<>();
        Map<String, String> observers = new TreeMap<>();
        Map<String, String> partners = new TreeMap<>();
        Gazetteer.Hit place = null;
        Gazetteer.Hit lastPlace = null;
        int observerAt = firstOf(text, a, b, lex.observerWords());
        int partnerAt = firstOf(text, a, b, lex.partnerWords());
        for (Gazetteer.Hit h : names) {
            if (h.start() < a || h.end() > b || mask[h.start()]) {
                continue;
            }
            if (h.isPlace()) {
                if (place == null) {
                    place = h;
                }
                lastPlace = h;
                continue;
            }
            if (lastPlace != null && h.start() == lastPlace.end() + 1 && text.charAt(lastPlace.end()) == '(') {
                continue; // <city>(<country>): the place's country, not a party
            }
            if (topicOf(text, h.end(), b)) {
                continue; // 미얀마 정세에 관한 성명: what the event is about, not a party
            }
            if (venue(text, h.end())) {
                if (place == null) {
                    place = h; // <country>에서 서명: the venue, not a party
                }
                continue;
            }
            int open = openParen(text, a, h.start());
            if (open >= 0) {
                int close = text.indexOf(')', h.end());
                String inside = text.substring(open, close < 0 || close > b ? b : close);
                if (lex.exclusionWords().stream().anyMatch(inside::contains)) {
                    excluded.putIfAbsent(h.iso3(), h.text());
                    continue;
                }
            }
            parties.putIfAbsent(h.iso3(), h.text());
            if (role(text, h, observerAt)) {
                observers.putIfAbsent(h.iso3(), h.text());
            } else if (role(text, h, partnerAt)) {
                partners.putIfAbsent(h.iso3(), h.text());
            }
        }
        if (parties.isEmpty() && excluded.isEmpty() && !inherit.isEmpty()) {
            for (Gazetteer.Hit h : names) {
                if (inherit.contains(h.iso3())) {
                    parties.putIfAbsent(h.iso3(), h.text()); // the sentence's topic: X는 <date> 가입했으나 <date> 탈퇴했다
                }
            }
        }
        String operation = cue.operation();
        if (operation == null) {
            for (Lexicon.Hit<String> o : opHits) {
                if (o.start() >= a && o.end() <= b && !mask[o.start()]) {
                    operation = o.value();
                    break;
                }
            }
        }
        Period p = d.period();
        String titleKo = text.substring(a, b);
        int charStart = line.start() + cpStart + text.codePointCount(0, a);
        int charEnd = charStart + text.codePointCount(a, b);
        return new Event(null, cue.type().type(), p.start(), p.end(), p.precision(),
                List.copyOf(parties.keySet()), List.copyOf(parties.values()), List.copyOf(excluded.keySet()),
                List.copyOf(observers.keySet()), List.copyOf(partners.keySet()), operation,
                place == null ? null : place.isPlace() ? place.place().en() : gaz.english(place.iso3()),
                place == null ? null : place.text(),
                place == null ? null : place.iso3(), null, titleKo, 1, List.of(line.number()), sourceId,
                line.number(), charStart, charEnd, text.substring(ss, se).strip(), rule, List.of(), "extracted",
                null);
    }

    /**
     * The type stated in [from, to): the matching type whose words end last (with {@code nearest}, first: the
     * predicate nearest after a clause that has none); other only when none else.
     */
    Cue detect(String text, int from, int to, boolean[] mask, List<Lexicon.Hit<String>> opHits, int sentenceStart,
            boolean nearest) {
        if (from >= to) {
            return null;
        }
        boolean blocked = firstOf(text, from, to, lex.blockingWords()) >= 0;
        List<int[]> occ = new ArrayList<>(); // type index, start, end
        for (int ti = 0; ti < lex.types().size(); ti++) {
            for (String w : lex.types().get(ti).cues()) {
                for (int i = text.indexOf(w, from); i >= 0 && i + w.length() <= to; i = text.indexOf(w, i + 1)) {
                    if (!mask[i]) {
                        occ.add(new int[] {ti, i, i + w.length()});
                    }
                }
            }
        }
        Cue best = null;
        Cue other = null;
        for (int[] o : occ) {
            TypeEntry t = lex.types().get(o[0]);
            int i = o[1];
            boolean inside = false;
            for (int[] q : occ) {
                if (q[0] != o[0] && q[1] <= o[1] && q[2] >= o[2] && q[2] - q[1] > o[2] - o[1]) {
                    inside = true; // 회의 inside 정상회의: the longer word decides
                }
            }
            boolean isOther = t.type().equals(EventLexicon.OTHER);
            if (inside || blocked && !isOther) {
                continue;
            }
            if (!t.head().isEmpty()) {
                String head = headAfter(text, o[2], to);
                if (head.isEmpty()) {
                    head = nearestHead(text, Math.max(from, i - lex.headWindow()), i);
                }
                if (head.isEmpty()) {
                    head = nearestHead(text, sentenceStart, i);
                }
                if (GENITIVE.equals(head) ? !t.type().equals(lex.genitiveType()) : !t.head().contains(head)) {
                    continue;
                }
            }
            String op = null;
            if (t.needsOperation()) {
                op = operationBefore(opHits, Math.max(sentenceStart, i - lex.operationWindow()), i);
                if (op == null) {
                    continue;
                }
            }
            int end = o[2];
            if (!t.with().isEmpty()) {
                int withEnd = lastEnd(text, from, to, mask, t.with());
                if (withEnd < 0) {
                    continue;
                }
                end = Math.max(end, withEnd);
            }
            Cue c = new Cue(t, end, i, op);
            if (isOther) {
                other = nearest ? earlier(c, other) : later(c, other);
            } else {
                best = nearest ? earlier(c, best) : later(c, best);
            }
        }
        return best != null ? best : other;
    }

    /** The cue whose words end last; on a tie, the one whose cue word starts last (의정서 … 서명 over 조약). */
    private static Cue later(Cue c, Cue best) {
        if (best == null || c.end() > best.end() || c.end() == best.end() && c.cueStart() > best.cueStart()) {
            return c;
        }
        return best;
    }

    /** The cue whose words end first; on a tie, the one whose cue word starts last. */
    private static Cue earlier(Cue c, Cue best) {
        if (best == null || c.end() < best.end() || c.end() == best.end() && c.cueStart() > best.cueStart()) {
            return c;
        }
        return best;
    }

    /**
     * The head of the phrase a participle cue modifies (창설된 동남아시아국가연합은: 연합): the last head word of
     * all types in the phrase after the cue, up to a word ending in a phrase-end particle, and after its last
     * genitive marker (유라시아경제공동체의 반위기기금: not 공동체); {@link #GENITIVE} when the phrase has a
     * genitive and no head after it (NATO의 NRF); "" when the cue is not a participle or the phrase has neither.
     */
    private String headAfter(String text, int cueEnd, int to) {
        int k = -1;
        for (String p : lex.participleEndings()) {
            if (text.startsWith(p, cueEnd) && cueEnd + p.length() < text.length()
                    && Character.isWhitespace(text.charAt(cueEnd + p.length()))) {
                k = cueEnd + p.length();
            }
        }
        if (k < 0) {
            return "";
        }
        int end = phraseEnd(text, k, to);
        int gen = -1;
        for (String g : lex.genitiveMarkers()) {
            for (int i = text.indexOf(g, k); i >= 0 && i + g.length() < end; i = text.indexOf(g, i + 1)) {
                if (Character.isWhitespace(text.charAt(i + g.length()))) {
                    gen = Math.max(gen, i + g.length());
                }
            }
        }
        String found = "";
        int foundAt = -1;
        for (TypeEntry t : lex.types()) {
            for (String h : t.head()) {
                for (int i = text.indexOf(h, Math.max(k, gen)); i >= 0 && i + h.length() <= end;
                        i = text.indexOf(h, i + 1)) {
                    if (i > foundAt) {
                        foundAt = i;
                        found = h;
                    }
                }
            }
        }
        return found.isEmpty() && gen >= 0 && lex.genitiveType() != null ? GENITIVE : found;
    }

    /** The end of the phrase starting at {@code from}: the end of its first word ending in a phrase-end particle. */
    private int phraseEnd(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1)))
                    && endsWithParticle(text, from, i + 1)) {
                return i + 1;
            }
        }
        return to;
    }

    /** True if the word ending at {@code at} ends in a phrase-end particle and is not a participle (발생하는). */
    private boolean endsWithParticle(String text, int from, int at) {
        return endsWithAny(text, from, at, lex.phraseEndParticles()) >= 0
                && endsWithAny(text, from, at, lex.participleEndings()) < 0;
    }

    /**
     * True if a topic marker follows the country ending at {@code at} within topic_window (X 정세에 관한, X에 대한)
     * with no word ending in a phrase-end particle between (X 정상들이 … 에 관한: a party).
     */
    private boolean topicOf(String text, int at, int to) {
        int limit = Math.min(to, at + lex.topicWindow());
        int best = -1;
        for (String w : lex.topicMarkers()) {
            int i = text.indexOf(w, at);
            if (i >= 0 && i + w.length() <= limit && (best < 0 || i < best)) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        for (int i = at; i < best; i++) {
            if (Character.isWhitespace(text.charAt(i)) && i > at && endsWithParticle(text, at, i)) {
                return false;
            }
        }
        return true;
    }

    /** The head word nearest before {@code at} in [from, at), of all types' heads; "" if none. */
    private String nearestHead(String text, int from, int at) {
        String found = "";
        int foundAt = -1;
        for (TypeEntry t : lex.types()) {
            for (String h : t.head()) {
                int i = text.lastIndexOf(h, at - h.length());
                if (i >= from && i > foundAt) {
                    foundAt = i;
                    found = h;
                }
            }
        }
        return found;
    }

    private static String operationBefore(List<Lexicon.Hit<String>> hits, int from, int at) {
        String op = null;
        for (Lexicon.Hit<String> h : hits) {
            if (h.start() >= from && h.end() <= at) {
                op = h.value();
            }
        }
        return op;
    }

    private static int lastEnd(String text, int from, int to, boolean[] mask, List<String> words) {
        int best = -1;
        for (String w : words) {
            for (int i = text.indexOf(w, from); i >= 0 && i + w.length() <= to; i = text.indexOf(w, i + 1)) {
                if (!mask[i]) {
                    best = Math.max(best, i + w.length());
                }
            }
        }
        return best;
    }

    private static int firstOf(String text, int from, int to, List<String> words) {
        int best = -1;
        for (String w : words) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** True if {@code at} is inside a quotation that opens after {@code from}: "…", “…”, «…», '…'. */
    static boolean quoted(String text, int from, int at) {
        int straight = 0;
        int curly = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“' || c == '«') {
                curly++;
            } else if ((c == '”' || c == '»') && curly > 0) {
                curly--;
            }
        }
        return straight % 2 == 1 || curly > 0;
    }

    /**
     * The start of the countries written just before a date as its subject (X와 Y는 <date> …):
     * a chain of country names joined by list separators and ended by a topic particle; else {@code at}.
     */
    private int lead(String text, List<Gazetteer.Hit> names, int from, int at) {
        int j = at;
        while (j > from && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        int p = endsWithAny(text, from, j, lex.topicParticles());
        if (p < 0) {
            return at;
        }
        int start = at;
        int end = p;
        while (true) {
            Gazetteer.Hit h = hitEndingAt(names, end);
            if (h == null || h.isPlace() || h.start() < from) {
                return start;
            }
            start = h.start();
            int k = start;
            while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            int sep = endsWithAny(text, from, k, lex.listSeparators());
            if (sep < 0) {
                return start;
            }
            while (sep > from && Character.isWhitespace(text.charAt(sep - 1))) {
                sep--;
            }
            end = sep;
        }
    }

    /** If text[from, at) ends with one of the words, the index where it starts; else -1. */
    private static int endsWithAny(String text, int from, int at, List<String> words) {
        for (String w : words) {
            if (at - w.length() >= from && text.startsWith(w, at - w.length())) {
                return at - w.length();
            }
        }
        return -1;
    }

    private static Gazetteer.Hit hitEndingAt(List<Gazetteer.Hit> names, int end) {
        for (Gazetteer.Hit h : names) {
            if (h.end() == end) {
                return h;
            }
        }
        return null;
    }

    /** The index of an unclosed '(' in [from, at), or -1. */
    static int openParen(String text, int from, int at) {
        int depth = 0;
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** True if a venue particle follows at {@code at} (X에서), and no origin verb after it (X에서 발생하는). */
    private boolean venue(String text, int at) {
        for (String v : lex.venueParticles()) {
            if (text.startsWith(v, at)) {
                int k = at + v.length();
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                int from = k;
                return lex.originWords().stream().noneMatch(w -> text.startsWith(w, from));
            }
        }
        return false;
    }

    /** True if the country is named after a role word at {@code at} (옵저버인 X), or is the subject before it (X는 옵저버). */
    private boolean role(String text, Gazetteer.Hit h, int at) {
        return at >= 0 && (h.start() > at
                || lex.topicParticles().stream().anyMatch(t -> text.startsWith(t, h.end())));
    }

    /** The English label of a type code. */
    String label(String type) {
        return lex.type(type).en();
    }
}
