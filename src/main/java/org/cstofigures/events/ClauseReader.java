package org.cstofigures.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cstofigures.events.EventLexicon.TypeEntry;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Period;
import org.cstofigures.source.Line;

/**
 * Reads one line (paragraph) of a source into event mentions, one per dated clause. A clause runs from a date
 * the grammar found ({@link TimeExpression}) to the next date or the end of the sentence; the first clause of
 * a sentence also takes the text before its date (the sentence's subject). A date inside parentheses is a
 * clause of its own, the parentheses, and is masked out of the clause around it. The type comes from
 * {@link EventLexicon} (the matching type whose words end last; borrowed from the rest of the sentence, then
 * from the text before, when the clause has no cue); countries and places from the {@link Gazetteer};
 * operations from the figures lexicon. Works in char offsets of the line; provenance is in code points.
 */
final class ClauseReader {

    private final EventLexicon lex;
    private final Gazetteer gaz;
    private final Lexicon ops;

    ClauseReader(EventLexicon lex, Gazetteer gaz, Lexicon ops) {
        this.lex = lex;
        this.gaz = gaz;
        this.ops = ops;
    }

    /** A type found in a region: which, where its words end, the cue's start, the operation it needs. */
    record Cue(TypeEntry type, int end, int cueStart, String operation) {
    }

    private record Dated(int start, int end, Period period, String surface, int segStart, int segEnd,
            boolean paren) {
    }

    List<Event> read(String sourceId, ExtractedLine el) {
        List<TimeExpression> times = el.extraction().times();
        if (times.isEmpty()) {
            return List.of();
        }
        Line line = el.line();
        String text = line.text();
        List<Gazetteer.Hit> names = gaz.find(text);
        List<Lexicon.Hit<String>> opHits = ops.operations(text);
        List<Event> out = new ArrayList<>();
        for (int[] s : el.sentences()) {
            int ss = text.offsetByCodePoints(0, s[0]); // sentences and times are in code points; chars here
            int se = text.offsetByCodePoints(ss, s[1] - s[0]);
            List<Dated> ds = new ArrayList<>();
            boolean[] mask = new boolean[text.length()];
            for (TimeExpression t : times) {
                int a = text.offsetByCodePoints(0, t.start());
                int b = text.offsetByCodePoints(0, t.end());
                if (a < ss || b > se || quoted(text, ss, a)) {
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
                if (!d.paren()) {
                    int k = plain.indexOf(d);
                    from = starts[k];
                    to = k + 1 < plain.size() ? starts[k + 1] : se;
                    inherit = k > 0 ? topic : List.of();
                } else {
                    m = new boolean[text.length()];
                }
                Event e = event(sourceId, line, text, ss, se, from, to, m, d, names, opHits, inherit);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private Event event(String sourceId, Line line, String text, int ss, int se, int from, int to, boolean[] mask,
            Dated d, List<Gazetteer.Hit> names, List<Lexicon.Hit<String>> opHits, List<String> inherit) {
        String rule = "clause";
        Cue cue = detect(text, from, to, mask, opHits, ss, false);
        if (cue == null) {
            int after = d.paren() ? Math.min(to + 1, se) : to;
            cue = detect(text, after, se, new boolean[text.length()], opHits, ss, true);
            rule = "clause_type_from_rest_of_sentence";
            if (cue == null) {
                cue = detect(text, ss, d.paren() ? from - 1 : from, new boolean[text.length()], opHits, ss, false);
                rule = "clause_type_from_start_of_sentence";
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
        int charStart = line.start() + text.codePointCount(0, a);
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
                String head = nearestHead(text, Math.max(from, i - lex.headWindow()), i);
                if (head.isEmpty()) {
                    head = nearestHead(text, sentenceStart, i);
                }
                if (!t.head().contains(head)) {
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
