package org.cstofigures.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cstofigures.config.ValidationConfig;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.extract.Extraction;
import org.cstofigures.extract.Extractor;
import org.cstofigures.extract.Extractors;
import org.cstofigures.extract.Quantity;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.figures.FigureSet;
import org.cstofigures.figures.FigureStage;
import org.cstofigures.model.Source;
import org.cstofigures.source.Document;
import org.cstofigures.source.TextDecoder;
import org.cstofigures.validate.Finding;
import org.cstofigures.validate.ValidationResult;
import org.cstofigures.validate.Validator;

/**
 * What must hold for any text, whatever extractor {@link Extractors#standard()} is: no exception escapes, every
 * span lies inside the text and points at its surface, bounds are ordered, and the text run through the
 * extract, figures and validate stages gives no provenance finding. Shared by the fuzz target and the
 * seeded-random property test; a violation is an {@link AssertionError} naming the input.
 */
final class ExtractorInvariants {

    private static final Extractor EXTRACTOR = Extractors.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 6);
    private static final ValidationConfig VALIDATION = new ValidationConfig(
            Map.of("provenance", new ValidationConfig.RuleSettings(ValidationConfig.Severity.ERROR, null)));

    private ExtractorInvariants() {
    }

    static void check(String text) {
        Extraction x;
        try {
            x = EXTRACTOR.extract(text, PUBLISHED);
        } catch (RuntimeException e) {
            throw new AssertionError("extractor threw on " + quote(text), e);
        }
        if (x == null) {
            throw new AssertionError("extractor returned null on " + quote(text));
        }
        int cps = text.codePointCount(0, text.length());
        for (Quantity q : x.quantities()) {
            span(text, cps, q.start(), q.end(), q.surface(), "quantity " + q);
            ordered(q.low(), q.value(), "low <= value", q, text);
            ordered(q.value(), q.high(), "value <= high", q, text);
            ordered(q.low(), q.high(), "low <= high", q, text);
        }
        for (TimeExpression t : x.times()) {
            span(text, cps, t.start(), t.end(), t.surface(), "time " + t);
        }
        validates(text);
    }

    private static void span(String text, int cps, int start, int end, String surface, String what) {
        if (start < 0 || end < start || end > cps) {
            throw new AssertionError(what + ": span " + start + ".." + end + " outside the text of " + cps
                    + " code points: " + quote(text));
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        if (!text.substring(from, to).equals(surface)) {
            throw new AssertionError(what + ": text at span is '" + text.substring(from, to) + "', not the surface, in "
                    + quote(text));
        }
    }

    private static void ordered(BigDecimal a, BigDecimal b, String rule, Quantity q, String text) {
        if (a != null && b != null && a.compareTo(b) > 0) {
            throw new AssertionError(rule + " violated by " + q + " in " + quote(text));
        }
    }

    /** The whole chain over the text as a one-source document: no mention fails the provenance rule. */
    private static void validates(String text) {
        Source s = new Source("fuzz", "fuzz.txt", "0".repeat(64), text.length(), "fuzz", "ko", null, PUBLISHED, null,
                PUBLISHED, null, "test", null);
        Document d = new Document(s, text, TextDecoder.lines(text));
        ExtractedDocument ed = new ExtractStage(EXTRACTOR).run(d);
        FigureSet figures = new FigureStage().run(List.of(ed));
        ValidationResult v = new Validator(VALIDATION).run(figures, List.of(d));
        for (Finding f : v.findings()) {
            if ("provenance".equals(f.rule())) {
                throw new AssertionError("provenance finding " + f.message() + " for " + quote(text));
            }
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().limit(400).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E && (Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(s.codePointCount(0, s.length()) > 400 ? "…\"" : "\"").toString();
    }
}
