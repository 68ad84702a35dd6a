package org.cstofigures.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Quantity;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.model.Amount;
import org.cstofigures.model.Category;
import org.cstofigures.model.Classification;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Period;
import org.cstofigures.model.PeriodKind;
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
    private record Chosen(String en, String ko, Category hint, boolean takesPredicates, boolean topical,
            boolean dualUse) {
    }

    /**
     * How far from its number the analysis of one mention looks, in chars: its clause and sentence are cut to
     * this window around it, so that the work per mention is bounded even on a line with no punctuation (a clause
     * is rarely longer; the cut keeps the analysis linear in the length of the line).
     */
    static final int CLAUSE_WINDOW = 160;
    static final int SENTENCE_WINDOW = 400;

    /** What an earlier number of the same sentence resolved to, for part-of links. */
    private record Whole(int end, String figureId, Chosen subject, Category category,
            org.cstofigures.model.Unit unit) {
    }

    /**
     * What the analysis of one line has already looked up, so that numbers sharing a clause or sentence do not
     * read it again: subject hits per span, category cues of the last clause and sentence. Lives for one call.
     */
    private static final class LineMemo {
        /** Subject hits per span of the current sentence: a few spans, so a list searched from the end. */
        private final List<SpanHits> subjects = new ArrayList<>();
        private final List<Span> figures = new ArrayList<>();
        private String clauseText;
        private Lexicon.Cues clauseCues;
        private String sentenceText;
        private Lexicon.Cues sentenceCues;
        /** The texts of the clause windows, sentence windows and quotes of the numbers. */
        private final SpanText clauses = new SpanText();
        private final SpanText windows = new SpanText();
        private final SpanText quotes = new SpanText();
    }

    /**
     * The text of a span of the line, the same string as the last one asked for when the span is the same: the
     * numbers of a clause or sentence share one copy of its text (and the memos above compare it by reference).
     */
    private static final class SpanText {
        private int start = -1;
        private int end = -1;
        private String copy;

        String of(String text, int from, int to) {
            if (from != start || to != end) {
                start = from;
                end = to;
                copy = text.substring(from, to);
            }
            return copy;
        }
    }

    /** How many spans' subject hits the memo of a sentence holds at most. */
    static final int MEMO_SPANS = 32;

    /** The subject hits of {@code text[from, to)}. */
    private record SpanHits(int from, int to, List<Lexicon.Hit<Lexicon.Subject>> hits) {
    }

    private final Lexicon lex;
    /** The first chars of the clause breaks: only where one stands can a break begin. */
    private final FirstChars breakFirsts;

    LineAnalyzer(Lexicon lex) {
        this.lex = Objects.requireNonNull(lex, "lexicon");
        this.breakFirsts = FirstChars.of(lex.clauseBreaks());
    }

    /**
     * A date or period stated in a sentence that names exactly one operation (2003년부터 … 작전 "채널"이 수행되었다):
     * part of that operation's stated span, which a cumulative total of the operation takes as its period.
     */
    record OperationTime(String operation, Period period) {
    }

    /**
     * The mentions of one line. {@code published} is the source's publication date (null if unknown): a current
     * state (현재) is at that date, and a total without a stated period is open up to it.
     */
    List<Analyzed> analyze(String sourceId, LocalDate published, ExtractedLine el) {
        List<Analyzed> all = new ArrayList<>();
        analyze(sourceId, published, el, all::add);
        return all;
    }

    /**
     * {@link #analyze(String, LocalDate, ExtractedLine)}, handing each mention to {@code each} as soon as its
     * sentence is done (a mention can change until then): a line of a million chars holds its sentence's mentions
     * at a time, not the line's.
     */
    void analyze(String sourceId, LocalDate published, ExtractedLine el, java.util.function.Consumer<Analyzed> each) {
        List<Quantity> qs = new ArrayList<>(el.extraction().quantities());
        if (qs.isEmpty()) {
            return;
        }
        qs.sort(Comparator.comparingInt(Quantity::start));
        String text = el.line().text();
        int[] cp2ch = cpToChar(text);
        List<Span> sentences = sentenceSpans(el, cp2ch, text.length());
        LineState line = new LineState(sourceId, published, el, text, cp2ch, lex.operations(text));
        for (Quantity q : qs) {
            line.figureStarts.set(cp2ch[q.start()]);
            line.figureEnds.set(cp2ch[q.end()]);
            line.figureAt.put(cp2ch[q.start()], q);
            line.memo.figures.add(new Span(cp2ch[q.start()], cp2ch[q.end()]));
        }
        Cursor at = new Cursor(qs, times(el, text, cp2ch));
        for (int si = 0; si < sentences.size(); si++) {
            sentence(line, at, sentences, si);
            for (Analyzed a : line.out) {
                each.accept(a);
            }
            line.out.clear(); // the sentence's lengths (indices into it) are done with it
        }
    }

    /** The sentences of a line in char offsets; the whole line if it has none. */
    private static List<Span> sentenceSpans(ExtractedLine el, int[] cp2ch, int length) {
        List<Span> sentences = new ArrayList<>();
        for (int[] s : el.sentences()) {
            sentences.add(new Span(cp2ch[s[0]], cp2ch[s[1]]));
        }
        if (sentences.isEmpty()) {
            sentences.add(new Span(0, length));
        }
        return sentences;
    }

    /** The dates and periods of a line in char offsets, other than dates of a founding. */
    private List<Time> times(ExtractedLine el, String text, int[] cp2ch) {
        List<Time> times = new ArrayList<>();
        for (TimeExpression t : el.extraction().times()) {
            if (!datesAFounding(text, cp2ch[t.end()])) {
                times.add(new Time(cp2ch[t.start()], cp2ch[t.end()], t.period()));
            }
        }
        return times;
    }

    /**
     * How far the analysis of a line has come, sentence by sentence: its next quantity, time and operation, the
     * operations named so far and the period a sentence leaves to the next.
     */
    private static final class Cursor {
        final List<Quantity> qs;
        final List<Time> times;
        final Map<String, Integer> opCounts = new LinkedHashMap<>();
        int qi;
        int ti;
        int oi;
        Period carried;

        Cursor(List<Quantity> qs, List<Time> times) {
            this.qs = qs;
            this.times = times;
        }
    }

    /** Analyzes the numbers of sentence {@code si} of the line. */
    private void sentence(LineState line, Cursor at, List<Span> sentences, int si) {
        int[] cp2ch = line.cp2ch;
        Span sentence = sentences.get(si);
        boolean last = si == sentences.size() - 1;
        List<Quantity> inSentence = new ArrayList<>();
        while (at.qi < at.qs.size() && (last || cp2ch[at.qs.get(at.qi).start()] < sentence.end())) {
            inSentence.add(at.qs.get(at.qi++));
        }
        while (at.ti < at.times.size() && at.times.get(at.ti).start() < sentence.start()) {
            at.ti++;
        }
        List<Time> sentenceTimes = new ArrayList<>();
        for (int k = at.ti; k < at.times.size() && at.times.get(k).start() < sentence.end(); k++) {
            sentenceTimes.add(at.times.get(k));
        }
        List<Lexicon.Hit<String>> ops = line.ops;
        while (at.oi < ops.size() && ops.get(at.oi).start() < sentence.end()) {
            at.opCounts.merge(ops.get(at.oi++).value(), 1, Integer::sum);
        }
        if (inSentence.isEmpty()) {
            if (!sentenceTimes.isEmpty()) {
                at.carried = null;
            }
            return;
        }
        // a sentence cut inside a number (a long stretch without a space, see Sentences) holds the whole number
        int lastEnd = sentence.end();
        for (Quantity q : inSentence) {
            lastEnd = Math.max(lastEnd, cp2ch[q.end()]);
        }
        if (lastEnd > sentence.end()) {
            sentence = new Span(sentence.start(), lastEnd);
        }
        line.memo.subjects.clear();
        SentenceState s = new SentenceState(sentence,
                clauses(line.text, sentence, line.figureStarts, line.figureEnds), sentenceTimes,
                si == 0 ? null : sentences.get(si - 1), mostFrequent(at.opCounts), at.carried);
        for (Quantity q : inSentence) {
            mention(line, s, q);
        }
        if (s.ownUsed != null) {
            at.carried = s.ownUsed;
        }
    }

    /** What the analysis of one line shares between its numbers. */
    private static final class LineState {
        final String sourceId;
        final LocalDate published;
        final ExtractedLine el;
        final String text;
        final int[] cp2ch;
        final List<Lexicon.Hit<String>> ops;
        final BitSet figureStarts;
        final BitSet figureEnds;
        final Map<Integer, Quantity> figureAt = new HashMap<>();
        final LineMemo memo = new LineMemo();
        final List<Analyzed> out = new ArrayList<>();

        LineState(String sourceId, LocalDate published, ExtractedLine el, String text, int[] cp2ch,
                List<Lexicon.Hit<String>> ops) {
            this.sourceId = sourceId;
            this.published = published;
            this.el = el;
            this.text = text;
            this.cp2ch = cp2ch;
            this.ops = ops;
            this.figureStarts = new BitSet(text.length() + 1);
            this.figureEnds = new BitSet(text.length() + 1);
        }
    }

    /** What the analysis of one sentence shares between its numbers, and what each leaves to the next. */
    private static final class SentenceState {
        final Span span;
        final List<Span> clauses;
        final List<Time> times;
        final Span previousSentence;
        final String paragraphOp;
        final Period carried;
        int ci;
        Period ownUsed;
        Whole previous;
        // lengths of an activity (62일간 … 정부합동단속을 벌여) waiting for the first figure after them in
        // their sentence, the activity's result, whose category they take
        final List<Integer> lengths = new ArrayList<>();

        SentenceState(Span span, List<Span> clauses, List<Time> times, Span previousSentence, String paragraphOp,
                Period carried) {
            this.span = span;
            this.clauses = clauses;
            this.times = times;
            this.previousSentence = previousSentence;
            this.paragraphOp = paragraphOp;
            this.carried = carried;
        }
    }

    /** Where one number stands: its span, its clause (whole and cut to the window) and its sentence window. */
    private record Place(Span span, Span fullClause, Span clause, Span near, String clauseText,
            String sentenceText) {
    }

    /** The counted thing and category of a number; {@code inherited} if taken from the whole it is part of. */
    private record Classified(Chosen subject, Category category, boolean inherited, boolean lengthOfActivity) {
    }

    /** Analyzes one number of a sentence and adds its mention to the line's. */
    private void mention(LineState line, SentenceState s, Quantity q) {
        String text = line.text;
        int[] cp2ch = line.cp2ch;
        Span sentence = s.span;
        List<Span> clauses = s.clauses;
        Span span = new Span(cp2ch[q.start()], cp2ch[q.end()]);
        while (s.ci + 1 < clauses.size() && clauses.get(s.ci).end() <= span.start()) {
            s.ci++;
        }
        int ci = s.ci;
        Span fullClause = ci < clauses.size() && clauses.get(ci).contains(span.start()) ? clauses.get(ci)
                : sentence;
        Span clause = around(fullClause, span, CLAUSE_WINDOW);
        Span near = around(sentence, span, SENTENCE_WINDOW);
        LineMemo memo = line.memo;
        Place at = new Place(span, fullClause, clause, near, memo.clauses.of(text, clause.start(), clause.end()),
                memo.windows.of(text, near.start(), near.end()));

        Period period = period(line, s, at);
        String operation = operationOf(line.ops, clause, near, span, s.paragraphOp);
        Whole previous = s.previous;
        boolean part = previous != null && hasPartMarker(text.substring(previous.end(), span.start()));
        Classified c = classify(line, s, at, q, part);
        Chosen subject = c.subject();
        Category category = c.category();
        String en = english(line, s, at, q, c);
        int start = line.el.line().start() + q.start();
        int end = line.el.line().start() + q.end();
        Mention m = new Mention(Ids.mentionId(line.sourceId, start, end, q.surface()), null,
                new Provenance(line.sourceId, line.el.line().number(), start, end,
                        quote(text, sentence, span, memo.quotes),
                        q.rule()),
                new Amount(q.value(), q.low(), q.high(), q.unit(), q.qualifier(), q.surface()),
                new Classification(category, en, subject.ko(), operation),
                period, q.numberText(), q.unitText(), List.of());
        m = m.withFigureId(figureId(m));
        List<Analyzed> out = line.out;
        List<Integer> lengths = s.lengths;
        if (q.unit().kind() != org.cstofigures.model.Unit.Kind.DURATION && category == Category.MONEY) {
            lengths.clear(); // an amount of money is no activity's result (3년 이상의 징역이나 3000만원의 벌금)
        } else if (q.unit().kind() != org.cstofigures.model.Unit.Kind.DURATION) {
            for (int i : lengths) {
                out.set(i, withCategory(out.get(i), category));
            }
            lengths.clear();
        } else if (c.lengthOfActivity()) {
            lengths.add(out.size());
        }
        out.add(new Analyzed(m, part ? previous.figureId() : null));
        s.previous = new Whole(span.end(), m.figureId(), subject, category, q.unit());
    }

    /** {@code a} with the category of the activity's result it is the length of. */
    private static Analyzed withCategory(Analyzed a, Category category) {
        Classification c = a.mention().classification();
        Mention r = new Mention(a.mention().mentionId(), null, a.mention().provenance(),
                a.mention().amount(), new Classification(category, c.subject(), c.subjectKo(),
                        c.operation()), a.mention().period(), a.mention().numberAsWritten(),
                a.mention().unitAsWritten(), a.mention().flags());
        return new Analyzed(r.withFigureId(figureId(r)), a.partOf());
    }

    /**
     * The period of a number. A word of a total or a state scopes over its clause and what follows it in its
     * sentence (전체적으로 X 작전 중에 대마 3톤, 아편 2톤 …; 현재 A, B, C 등 4개국); a number with a period of its own
     * is a total or a state only when the word is in its own clause (2010년부터 2015년까지 합계 12단계).
     */
    private Period period(LineState line, SentenceState s, Place at) {
        Period period = ownPeriod(s.times, at.clause(), at.span());
        PeriodKind total = period != null ? lex.periodKind(at.clauseText())
                : lex.periodKind(at.clauseText() + "\n" + line.text.substring(at.near().start(), at.span().start()));
        if (period != null) {
            s.ownUsed = period;
            if (total != null) {
                period = period.withKind(total);
            }
        } else if (total == null) {
            period = s.carried;
        } else if (line.published != null) {
            // a total (지금까지, 합계) or a current state (현재) is not the period of the sentence before: a
            // state is at the publication date; a total is open up to it until FigureStage gives it the
            // stated span of its operation
            LocalDate published = line.published;
            period = total == PeriodKind.STATE ? new Period(published, published, Precision.DAY, total)
                    : new Period(null, published, Precision.DAY, total);
        }
        return period;
    }

    /** The counted thing and the category of a number. */
    private Classified classify(LineState line, SentenceState s, Place at, Quantity q, boolean part) {
        String text = line.text;
        Span clause = at.clause();
        Span span = at.span();
        LineMemo memo = line.memo;
        Whole previous = s.previous;
        Chosen subject = lex.measures(q.unit()) ? measured(text, clause, at.near(), span, q, memo) : null;
        if (subject == null) {
            subject = adjacentOrCounter(text, clause, span, q, memo);
        }
        // a whole before a part marker (1만 1천 명 가운데 최소 1천 명이 전사) is not governed by the part's
        // predicate: the search for it stops at the marker
        int governed = partMarkerAfter(text, span.end(), clause.end());
        Lexicon.Hit<Lexicon.FramePredicate> governing = lex.governingPredicate(text, clause.start(),
                governed, span.start(), span.end(), !oblique(text, clause, span));
        // a part takes its whole's subject and category unless its own predicate names another domain
        // (1만5000명을 파병했으며 이 중 4700여명이 죽거나 다쳤다: casualties, not troops) or the whole has none
        // (3개국 이주노동자 가운데 60~80%: the share is scored on its own)
        boolean inherited = subject == null && part && previous.category() != Category.OTHER
                && (governing == null
                || governing.value().category() == null || governing.value().category() == previous.category());
        if (inherited) {
            return new Classified(previous.subject(), previous.category(), true, false);
        }
        if (subject == null && governing != null && governing.value().persons() != null
                && q.unit() == org.cstofigures.model.Unit.PERSON) {
            subject = unknown(text, clause, span, q, governing);
        }
        if (subject == null) {
            subject = topicOfSentence(text, at.near(), span, q, memo);
        }
        if (subject == null) {
            subject = bareNounBefore(text, clause, span, q);
        }
        if (subject == null) {
            subject = nearestInClause(text, clause, span, q, memo);
        }
        if (subject == null) {
            subject = unknown(text, clause, span, q, governing);
        }
        return categorized(line, s, at, q, subject, governing);
    }

    /** The category of a number whose counted thing is {@code subject}, scored from its frame and cues. */
    private Classified categorized(LineState line, SentenceState s, Place at, Quantity q, Chosen subject,
            Lexicon.Hit<Lexicon.FramePredicate> governing) {
        String text = line.text;
        Span clause = at.clause();
        Span span = at.span();
        Span sentence = s.span;
        LineMemo memo = line.memo;
        Whole previous = s.previous;
        String clauseText = at.clauseText();
        String sentenceText = at.sentenceText();
        Chosen context = subject.hint() == null ? nearestInClause(text, clause, span, q, memo) : null;
        if (!clauseText.equals(memo.clauseText)) {
            memo.clauseText = clauseText;
            memo.clauseCues = lex.cues(clauseText);
        }
        if (!sentenceText.equals(memo.sentenceText)) {
            memo.sentenceText = sentenceText;
            memo.sentenceCues = lex.cues(sentenceText);
        }
        // a count of persons that measures doses (300만 명이 동시에 투약할 수 있는 양) is an amount of the
        // substance, not of persons
        org.cstofigures.model.Unit scored = q.unit() == org.cstofigures.model.Unit.PERSON
                && lex.dose(text.substring(span.end(), clause.end())) ? org.cstofigures.model.Unit.KG
                : q.unit();
        Span fullClause = at.fullClause();
        boolean activity = q.unit().kind() == org.cstofigures.model.Unit.Kind.DURATION
                && (lex.namesActivity(clauseText)
                || lex.namesActivity(text.substring(span.end(), nextFigure(line.figureStarts, span.end(),
                        fullClause.end() < sentence.end() ? sentence.end() : fullClause.end()))));
        Category predicate = governing == null ? null : governing.value().category();
        Category counter = lex.counterCategory(q.unitText());
        Category contextHint = context == null ? null : context.hint();
        // the length of an activity is not scored as a bare duration (its counter's own class)
        Category hint = activity && subject.hint() == Category.OTHER ? null : subject.hint();
        Category category = lex.categorize(memo.clauseCues, memo.sentenceCues, scored, hint, predicate,
                counter, contextHint, null, activity);
        // the personnel and equipment of a civil service (소방 헬기, 진화 인력, 긴급구호대) are no force: a
        // civil word in the clause denies the category to a dual-use or unknown counted thing, which then
        // takes the next best category (대피한 인원 → casualty) or other
        if (subject.dualUse() && lex.civilDenies(clauseText, category)
                && (governing == null || !governing.value().military())) {
            category = lex.categorize(memo.clauseCues, memo.sentenceCues, scored, hint,
                    predicate, counter, contextHint, category, activity);
        }
        // a category that needs a context word of the sentence and has none is no evidence: other (30여개
        // 국가 출신: nationalities; countries counted with no organisation are not members)
        if (lex.lacksContext(category, sentenceText)) {
            category = Category.OTHER;
        }
        // a rate right before a change word and an amount of money (16.4% 늘어난 5조785억원) is the
        // growth of that amount: money
        if (lex.measures(q.unit()) && changesMoney(text, span, clause, line.figureAt)) {
            category = Category.MONEY;
        }
        // ellipsis: a number whose clause names nothing it counts (9천525명은 출국 조치를, 1천728명은
        // 범칙금 처분을) continues the list of the figure before it in the sentence, in the same unit; a
        // number written right after another one (69세대 121명) counts the same group
        if (category == Category.OTHER && previous != null && subject.hint() == null
                && (previous.unit() == q.unit() && subject.ko().equals(q.unitText())
                        || text.substring(previous.end(), span.start()).isBlank())) {
            category = previous.category();
        }
        return new Classified(subject, category, false, activity);
    }

    /** The English subject of a number: its counted thing's, with a country role, topic or predicate. */
    private String english(LineState line, SentenceState s, Place at, Quantity q, Classified c) {
        String text = line.text;
        Span near = at.near();
        Span span = at.span();
        Span clause = at.clause();
        Chosen subject = c.subject();
        String en = subject.en();
        if (q.unit() == org.cstofigures.model.Unit.COUNTRY) {
            String role = lex.countryRole(text, near.start(), near.end());
            if (role != null) {
                en = role;
            }
        }
        if (subject.topical()) {
            String topic = lex.topic(text, near.start(), span.start());
            Span previousSentence = s.previousSentence;
            if (topic == null && previousSentence != null) {
                Span prev = around(previousSentence, new Span(previousSentence.end(), previousSentence.end()),
                        SENTENCE_WINDOW);
                topic = lex.topic(text, prev.start(), prev.end());
            }
            if (topic != null) {
                en = topic + " " + en;
            }
        }
        if (subject.takesPredicates() || c.inherited()) {
            Lexicon.Hit<Lexicon.Predicate> p = lex.firstPredicate(text, span.end(), clause.end());
            if (p == null) {
                p = lex.firstPredicate(text, clause.start(), clause.end());
            }
            if (p != null && p.value().categories().contains(c.category())) {
                en = en + " " + p.value().en();
            } else if (c.inherited()) {
                en = en + ", part";
            }
        }
        return en;
    }

    /** Where the first figure at or after {@code from} starts, or {@code end} (62일간 경찰청, … 단속을 벌여 8,476명). */
    private static int nextFigure(BitSet figureStarts, int from, int end) {
        int i = figureStarts.nextSetBit(from);
        return i >= 0 && i < end ? i : end;
    }

    /** The content-derived id of the figure {@code m} states (Ids): changes when its period does. */
    static String figureId(Mention m) {
        return Ids.figureId(m.sourceId(), m.category().code(), m.subject().toLowerCase(Locale.ROOT).strip(),
                m.operation(), m.unit().code(), m.value(), m.valueLow(), m.valueHigh(), m.periodStart(),
                m.periodEnd());
    }

    /**
     * The dates and periods of {@code el} stated in sentences that name exactly one operation, other than dates
     * of a founding: each is part of the span the source states for that operation.
     */
    List<OperationTime> operationTimes(ExtractedLine el) {
        String text = el.line().text();
        List<Lexicon.Hit<String>> ops = lex.operations(text);
        if (ops.isEmpty() || el.extraction().times().isEmpty()) {
            return List.of();
        }
        int[] cp2ch = cpToChar(text);
        List<OperationTime> out = new ArrayList<>();
        for (int[] s : el.sentences()) {
            Span sentence = new Span(cp2ch[s[0]], cp2ch[s[1]]);
            Set<String> named = new TreeSet<>();
            for (Lexicon.Hit<String> h : ops) {
                if (sentence.contains(h.start())) {
                    named.add(h.value());
                }
            }
            if (named.size() != 1) {
                continue;
            }
            for (TimeExpression t : el.extraction().times()) {
                if (sentence.contains(cp2ch[t.start()]) && !datesAFounding(text, cp2ch[t.end()])) {
                    out.add(new OperationTime(named.iterator().next(), t.period()));
                }
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

    /** The operation named most often so far (first named wins a tie), or null. */
    private static String mostFrequent(Map<String, Integer> counts) {
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
    private List<Span> clauses(String text, Span sentence, BitSet figureStarts, BitSet figureEnds) {
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            int cut = -1;
            if (breakFirsts.has(text.charAt(i))) {
                for (String b : lex.clauseBreaks()) {
                    if (text.startsWith(b, i) && !(b.equals(",") && (between(text, i, Character::isDigit)
                            || listsFigures(text, i, sentence, figureStarts, figureEnds)))) {
                        cut = i + b.length();
                        break;
                    }
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

    /**
     * True if a change word of frames.yaml follows the rate at {@code q} in its clause and an amount of money
     * follows it (16.4% 늘어난 5조785억원, 6.9% 증가한 43조 1,177억원).
     */
    private boolean changesMoney(String text, Span q, Span clause, Map<Integer, Quantity> figureAt) {
        int i = q.end();
        while (i < clause.end() && text.charAt(i) == ' ') {
            i++;
        }
        int wEnd = i;
        while (wEnd < clause.end() && isWordChar(text.charAt(wEnd))) {
            wEnd++;
        }
        String word = text.substring(i, wEnd);
        boolean change = false;
        for (String c : lex.changeWords()) {
            if (word.startsWith(c)) {
                change = true;
                break;
            }
        }
        if (!change) {
            return false;
        }
        int next = wEnd;
        while (next < clause.end() && text.charAt(next) == ' ') {
            next++;
        }
        Quantity other = figureAt.get(next);
        return other != null && other.unit().kind() == org.cstofigures.model.Unit.Kind.MONEY;
    }

    /**
     * True if the comma at {@code i} stands between two figures (하루 평균 2건, 1.6kg의 마약; 4193세대, 6885명의
     * 이재민): such a list shares its noun and predicate, so the comma ends no clause. A comma after a verb
     * (진압되었으며, 1,600명) still does.
     */
    private static boolean listsFigures(String text, int i, Span sentence, BitSet starts, BitSet ends) {
        int k = i + 1;
        while (k < sentence.end() && text.charAt(k) == ' ') {
            k++;
        }
        return ends.get(i) && starts.get(k);
    }

    private interface CharTest {
        boolean test(char c);
    }

    private static boolean between(String text, int i, CharTest t) {
        return i > 0 && i + 1 < text.length() && t.test(text.charAt(i - 1)) && t.test(text.charAt(i + 1));
    }

    /** {@code outer} cut to at most {@code radius} chars on each side of {@code q}, and never cutting {@code q}. */
    private static Span around(Span outer, Span q, int radius) {
        return new Span(Math.min(q.start(), Math.max(outer.start(), q.start() - radius)),
                Math.max(q.end(), Math.min(outer.end(), q.end() + radius)));
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
        int lo = 0;
        int hi = ops.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ops.get(mid).start() < sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Lexicon.Hit<String>> inSentence = new ArrayList<>();
        for (int i = lo; i < ops.size() && ops.get(i).start() < sentence.end(); i++) {
            inSentence.add(ops.get(i));
        }
        for (Lexicon.Hit<String> h : inSentence) {
            if (clause.contains(h.start())) {
                return h.value();
            }
        }
        Lexicon.Hit<String> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Lexicon.Hit<String> h : inSentence) {
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

    /** Where the first part marker after {@code from} in the clause starts (가운데, 이 중), else {@code end}. */
    private int partMarkerAfter(String text, int from, int end) {
        int best = end;
        String span = text.substring(from, end);
        for (String m : lex.partMarkers()) {
            int at = span.indexOf(m);
            if (at >= 0 && from + at < best) {
                best = from + at;
            }
        }
        return best;
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
    private Chosen adjacentOrCounter(String text, Span clause, Span q, Quantity quantity, LineMemo memo) {
        List<Lexicon.Hit<Lexicon.Subject>> hits = countable(subjects(text, clause.start(), clause.end(), memo),
                quantity);
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
            return new Chosen(c.en(), ko, c.category(), c.takesPredicates(), false, false);
        }
        if (before != null && (!before.value().generic() || after == null)) {
            return lexical(text, before, wordStart(text, before.start(), clause.start()));
        }
        return after == null ? null : lexical(text, after, wordStart(text, after.start(), q.end()));
    }

    /**
     * What a ratio or share measures (마약사범은 1,477명으로 전년 대비 2배): the noun right before it past fillers
     * when that is a lexicon subject; if that word is a noun the lexicon does not know (군수품 공급이 거의 10배),
     * null, so the counter's own subject stands; if it is a number, the nearest lexicon subject before it in its
     * clause, else in its sentence.
     */
    private Chosen measured(String text, Span clause, Span near, Span q, Quantity quantity, LineMemo memo) {
        int end = q.start();
        while (end > clause.start()) {
            int wEnd = end;
            while (wEnd > clause.start() && Character.isWhitespace(text.charAt(wEnd - 1))) {
                wEnd--;
            }
            int wStart = wordStart(text, wEnd, clause.start());
            if (wStart >= wEnd) {
                break;
            }
            String word = text.substring(wStart, wEnd);
            end = wStart;
            if (isFiller(word)) {
                continue;
            }
            if (hasDigit(word)) {
                break;
            }
            List<Lexicon.Hit<Lexicon.Subject>> own = lex.subjects(text, wStart, wEnd);
            return own.isEmpty() ? null : lexical(text, own.get(own.size() - 1), wStart);
        }
        for (Span s : List.of(clause, near)) {
            List<Lexicon.Hit<Lexicon.Subject>> hits = subjects(text, s.start(), q.start(), memo);
            if (!hits.isEmpty()) {
                Lexicon.Hit<Lexicon.Subject> h = hits.get(hits.size() - 1);
                return lexical(text, h, wordStart(text, h.start(), s.start()));
            }
        }
        return null;
    }

    /**
     * True if the number's noun phrase is oblique (5개 임무단에, 288명으로부터): the first word from the number that
     * ends in a particle, within three words, ends in one of frames.yaml's oblique particles. The predicate of the
     * clause then governs another argument, not this number.
     */
    private boolean oblique(String text, Span clause, Span q) {
        int i = q.end();
        for (int words = 0; words < 3 && i < clause.end(); words++) {
            int end = i;
            while (end < clause.end() && isWordChar(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            String particle = null;
            for (String p : lex.obliqueParticles()) {
                if (word.endsWith(p) && (particle == null || p.length() > particle.length())) {
                    particle = p;
                }
            }
            for (String p : lex.particles()) {
                if (word.endsWith(p) && !"의".equals(p) && (particle == null || p.length() > particle.length())) {
                    return lex.obliqueParticles().contains(p) && !themeFollows(text, end, clause);
                }
            }
            if (particle != null) {
                return !themeFollows(text, end, clause);
            }
            if (isVerb(word)) {
                return false;
            }
            i = end;
            while (i < clause.end() && !isWordChar(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /**
     * A noun the lexicon does not know written right before the number, bare or with a topic or subject particle
     * (가방 10개를, 주민은 모두 1514명): in Korean that noun is what the number counts, nearer than any lexicon
     * word further away. Null if the word before is a filler, a number, a verb, holds a predicate stem (재배지,
     * 생산량: the predicate's own noun, which the frame reads) or carries another particle.
     */
    private Chosen bareNounBefore(String text, Span clause, Span q, Quantity quantity) {
        int end = q.start();
        while (end > clause.start()) {
            int wEnd = end;
            while (wEnd > clause.start() && !isWordChar(text.charAt(wEnd - 1))) {
                wEnd--;
            }
            int wStart = wordStart(text, wEnd, clause.start());
            if (wStart >= wEnd) {
                return null;
            }
            String word = text.substring(wStart, wEnd);
            end = wStart;
            if (isFiller(word)) {
                continue;
            }
            if (hasDigit(word) || isVerb(word) || lex.governingPredicate(word, 0, word.length(), 0, 0, true) != null) {
                return null;
            }
            String stem = stripParticle(word);
            String particle = word.substring(stem.length());
            if (!particle.isEmpty() && !lex.topicParticles().contains(particle)) {
                return null;
            }
            String generic = lex.unitSubject(quantity.unit());
            return new Chosen(generic == null ? lex.unknown(stem) : generic + " (" + stem + ")", stem, null, false,
                    false, true);
        }
        return null;
    }

    /** True if the word after {@code at} is a theme marker (… 건에 대해 차단): the phrase is the predicate's theme. */
    private boolean themeFollows(String text, int at, Span clause) {
        int i = at;
        while (i < clause.end() && !isWordChar(text.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < clause.end() && isWordChar(text.charAt(end))) {
            end++;
        }
        return lex.themeMarkers().contains(text.substring(i, end));
    }

    /** The lexicon's subject hits in {@code text[from, to)}, looked up once per span and sentence. */
    private List<Lexicon.Hit<Lexicon.Subject>> subjects(String text, int from, int to, LineMemo memo) {
        List<SpanHits> seen = memo.subjects;
        for (int i = seen.size() - 1; i >= 0; i--) {
            SpanHits s = seen.get(i);
            if (s.from() == from && s.to() == to) {
                return s.hits();
            }
        }
        List<Lexicon.Hit<Lexicon.Subject>> hits = outsideFigures(lex.subjects(text, from, to), memo.figures);
        if (seen.size() >= MEMO_SPANS) {
            // a sentence with thousands of numbers (a line without punctuation): keep the recent spans only, so
            // that a look-up stays short; a span looked up again after that is read again, with the same hits
            seen.subList(0, MEMO_SPANS / 2).clear();
        }
        seen.add(new SpanHits(from, to, hits));
        return hits;
    }

    /**
     * The hits that are not part of a figure's own counter (30여개 국가 957명: 국가 belongs to the first figure, so it
     * is no noun the second one counts).
     */
    private static List<Lexicon.Hit<Lexicon.Subject>> outsideFigures(List<Lexicon.Hit<Lexicon.Subject>> hits,
            List<Span> figures) {
        List<Lexicon.Hit<Lexicon.Subject>> out = new ArrayList<>(hits.size());
        for (Lexicon.Hit<Lexicon.Subject> h : hits) {
            // figures are sorted and do not overlap: only the last one starting before the hit's start can hold it
            int lo = 0;
            int hi = figures.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (figures.get(mid).start() < h.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Span f = lo == 0 ? null : figures.get(lo - 1);
            if (f == null || h.start() >= f.end()) {
                out.add(h);
            }
        }
        return out;
    }

    /** The hits that can be counted with the quantity's counter (국군 is counted in 명, not in 척). */
    private static List<Lexicon.Hit<Lexicon.Subject>> countable(List<Lexicon.Hit<Lexicon.Subject>> hits,
            Quantity quantity) {
        List<Lexicon.Hit<Lexicon.Subject>> out = new ArrayList<>();
        for (Lexicon.Hit<Lexicon.Subject> h : hits) {
            if (h.value().countedWith(quantity.unitText())) {
                out.add(h);
            }
        }
        return out;
    }

    /** The lexicon subject nearest to the number within its clause, or null. */
    private Chosen nearestInClause(String text, Span clause, Span q, Quantity quantity, LineMemo memo) {
        Lexicon.Hit<Lexicon.Subject> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Lexicon.Hit<Lexicon.Subject> h : countable(subjects(text, clause.start(), clause.end(), memo),
                quantity)) {
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

    /**
     * The topic of a list (잠수함정은 한국 10여 척, 북한 70여 척): the nearest lexicon subject before the number in
     * its sentence whose counters name this counter explicitly; null if there is none.
     */
    private Chosen topicOfSentence(String text, Span sentence, Span q, Quantity quantity, LineMemo memo) {
        if (quantity.unitText() == null || quantity.unitText().isBlank()) {
            return null;
        }
        Lexicon.Hit<Lexicon.Subject> best = null;
        for (Lexicon.Hit<Lexicon.Subject> h : subjects(text, sentence.start(), q.start(), memo)) {
            if (!h.value().counters().isEmpty() && h.value().countedWith(quantity.unitText())) {
                best = h;
            }
        }
        return best == null ? null : lexical(text, best, wordStart(text, best.start(), sentence.start()));
    }

    /** A lexicon subject; a compound prefix the lexicon knows (불법정보자원) qualifies the English subject. */
    private Chosen lexical(String text, Lexicon.Hit<Lexicon.Subject> h, int koStart) {
        String en = lex.modified(text.substring(koStart, h.start()), h.value().en());
        return new Chosen(en, text.substring(koStart, h.end()), h.value().category(), h.value().takesPredicates(),
                h.value().topical(), h.value().dualUse());
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
        for (String token : tokens(gap, GAP_SEPARATORS, Integer.MAX_VALUE)) {
            if (isFiller(token)) {
                continue;
            }
            rest.add(token);
        }
        return rest;
    }

    private boolean isFiller(String token) {
        if (lex.isFiller(token) || lex.isParticle(token)) {
            return true;
        }
        String stem = stripParticle(token);
        return !stem.equals(token) && (stem.isEmpty() || lex.isFiller(stem));
    }

    private String stripParticle(String word) {
        for (String p : lex.particles()) {
            // a one-syllable particle leaves at least two syllables: 국가 and 농가 are nouns, not 국 + 가
            if (word.length() > p.length() + (p.length() == 1 ? 1 : 0) && word.endsWith(p)) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }

    /**
     * The text's own noun phrase for a thing the lexicon does not know: the words after the number up to the one
     * that carries a case particle (수십 개의 관련 교육 기관이 → 관련 교육 기관) unless a particle is glued to the
     * number (288명으로부터: the number is the argument, its noun stands before it), else the word before it, else
     * the governing predicate or the counter as written; never a verb. In English: who the governing predicate
     * says a count of persons is (18명이 숨졌다 → deaths), else the unit's generic word with the Korean noun
     * (persons (가담자)), else the lexicon's unknown text.
     */
    private Chosen unknown(String text, Span clause, Span q, Quantity quantity,
            Lexicon.Hit<Lexicon.FramePredicate> governing) {
        String after = text.substring(q.end(), clause.end());
        String ko = "";
        if (after.isEmpty() || !Character.isLetter(after.charAt(0)) || after.startsWith("의")) {
            ko = nounPhrase(tokens((after.startsWith("의") ? after.substring(1) : after).strip(), WHITESPACE, 3));
        }
        if (ko.isEmpty()) {
            List<String> words = tokens(text.substring(clause.start(), q.start()).strip(), WORD_BEFORE_SEPARATORS,
                    Integer.MAX_VALUE);
            for (int i = words.size() - 1; i >= 0 && ko.isEmpty(); i--) {
                String w = words.get(i);
                if (!isFiller(w) && !isVerb(w) && !hasDigit(w)) {
                    ko = clean(w);
                }
            }
        }
        String persons = governing == null ? null : governing.value().persons();
        if (persons != null && quantity.unit() == org.cstofigures.model.Unit.PERSON) {
            return new Chosen(persons, ko.isEmpty() ? governing.text() : ko, governing.value().category(), false,
                    false, true);
        }
        if (ko.isEmpty()) {
            ko = quantity.unitText() != null && !quantity.unitText().isBlank() ? quantity.unitText() : quantity.surface();
        }
        String generic = lex.unitSubject(quantity.unit());
        return new Chosen(generic == null ? lex.unknown(ko) : generic + " (" + ko + ")", ko, null, false, false, true);
    }

    private String nounPhrase(List<String> words) {
        StringBuilder np = new StringBuilder();
        for (int i = 0; i < words.size() && i < 3; i++) {
            String w = words.get(i);
            if (w.isEmpty() || isVerb(w) || hasDigit(w) || (np.length() == 0 && isFiller(w))) {
                break;
            }
            String stem = clean(w);
            np.append(np.length() == 0 ? "" : " ").append(stem);
            String bare = w.substring(0, wordEnd(w));
            if (!stem.equals(bare) || !w.equals(bare)) {
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
    private static String quote(String text, Span sentence, Span q, SpanText quotes) {
        if (sentence.end() - sentence.start() <= MAX_QUOTE_CHARS) {
            return quotes.of(text, sentence.start(), sentence.end());
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
        return quotes.of(text, from, to);
    }

    /** A word with a digit is a date, number or label (2010년까지), never the counted noun. */
    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A predicate rather than a noun: a word ending in the declarative -다 (열렸습니다, 개최됩니다) or in a verb's
     * attributive or connective ending (늘어난, 파견 중인, 포함해, 입건된).
     */
    private static boolean isVerb(String word) {
        String w = word.substring(0, wordEnd(word));
        for (String e : VERB_ENDINGS) {
            if (w.endsWith(e) && w.length() > e.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** Regex {@code \\s}: the ASCII whitespace chars. */
    private static final String WHITESPACE = " \t\n\u000B\f\r";
    private static final String GAP_SEPARATORS = WHITESPACE + "()[]\"“”'‘’«»";
    private static final String WORD_BEFORE_SEPARATORS = WHITESPACE + "(";

    /**
     * The first {@code max} non-empty runs of {@code s} between separator chars (what a regex split on runs of them
     * gives, empty strings left out).
     */
    private static List<String> tokens(String s, String separators, int max) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length() && out.size() < max; i++) {
            boolean sep = i == s.length() || separators.indexOf(s.charAt(i)) >= 0;
            if (sep && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** True if {@code cp} is a letter or a number (regex {@code [\\p{L}\\p{N}]}). */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Where {@code word} ends without its trailing chars that are neither letters nor numbers. */
    private static int wordEnd(String word) {
        int end = word.length();
        while (end > 0) {
            int cp = word.codePointBefore(end);
            if (isLetterOrNumber(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return end;
    }

    /** Endings that only verbs take (a grammatical closed class, not a lexicon). */
    private static final List<String> VERB_ENDINGS = List.of("다", "된", "하는", "되는", "중인", "하여", "되어", "해서",
            "어난", "포함해", "위해", "통해", "대해", "했고", "됐고", "하고", "되고", "하며", "되며", "으로부터", "로부터");

    private String clean(String word) {
        int start = 0;
        while (start < word.length()) {
            int cp = word.codePointAt(start);
            if (isLetterOrNumber(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        String w = start == word.length() ? "" : word.substring(start, wordEnd(word));
        return stripParticle(w);
    }
}
