package org.cstofigures.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cstofigures.config.ValidationConfig.Severity;
import org.cstofigures.model.Figure;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Document;

/** What every rule looks at: the figures and mentions, the verified documents by source id, mentions by figure. */
record RuleInput(FigureSet set, Map<String, Document> docs, Map<String, List<Mention>> mentionsByFigure) {

    static RuleInput of(FigureSet set, List<Document> documents) {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Document d : documents) {
            docs.put(d.source().id(), d);
        }
        Map<String, List<Mention>> byFigure = new LinkedHashMap<>();
        for (Mention m : set.mentions()) {
            byFigure.computeIfAbsent(m.figureId(), k -> new ArrayList<>()).add(m);
        }
        return new RuleInput(set, Map.copyOf(docs), byFigure);
    }

    List<String> mentionIds(Figure f) {
        return mentionsByFigure.getOrDefault(f.figureId(), List.of()).stream().map(Mention::mentionId).toList();
    }

    /** A finding about one whole figure: it names all the figure's mentions and its first line. */
    Finding finding(RuleId rule, Severity severity, Figure f,
            String message, String fix) {
        return new Finding(rule, severity, FindingStatus.OPEN, f.figureId(), mentionIds(f), f.firstLine(), message, fix);
    }

    /** How a figure is named in messages: its text as written and its line. */
    static String describe(Figure f) {
        return "'" + f.asWritten() + "' (line " + f.firstLine() + ")";
    }

    /** A number for messages: plain digits with thousands separators, never exponent notation. */
    static String num(BigDecimal v) {
        if (v == null) {
            return "(none)";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", s.toBigIntegerExact());
        }
        return s.toPlainString();
    }

    /** A number for corrections.yaml: plain digits. */
    static String plain(BigDecimal v) {
        return org.cstofigures.model.Decimals.plain(v);
    }
}
