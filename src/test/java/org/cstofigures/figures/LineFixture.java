package org.cstofigures.figures;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Extraction;
import org.cstofigures.extract.Quantity;
import org.cstofigures.extract.Sentences;
import org.cstofigures.extract.TimeExpression;
import org.cstofigures.model.Period;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Qualifier;
import org.cstofigures.source.Line;

/**
 * Builds an {@link ExtractedLine} the way the grammar would, from the line's text and the surfaces of its
 * numbers and dates, so the figures stage can be tested without the grammar. Surfaces are looked up in order.
 */
final class LineFixture {

    private final int number;
    private final int fileStart;
    private final String text;
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private int qCursor;
    private int tCursor;

    LineFixture(int number, int fileStart, String text) {
        this.number = number;
        this.fileStart = fileStart;
        this.text = text;
    }

    static LineFixture of(String text) {
        return new LineFixture(1, 0, text);
    }

    static Lexicon lexicon() {
        return Lexicon.load(Path.of("curated", "lexicon"), "curated/lexicon");
    }

    /** A quantity whose surface is the next occurrence of {@code surface}. */
    LineFixture q(String surface, org.cstofigures.model.Unit unit, String value) {
        int at = text.indexOf(surface, qCursor);
        if (at < 0) {
            throw new IllegalArgumentException("'" + surface + "' not in line " + number + " after " + qCursor);
        }
        qCursor = at + surface.length();
        int start = text.codePointCount(0, at);
        int end = start + surface.codePointCount(0, surface.length());
        BigDecimal v = value == null ? null : new BigDecimal(value);
        quantities.add(new Quantity(start, end, surface, v, v, v, unit, Qualifier.EXACT, surface, "", "test"));
        return this;
    }

    /** A date or period whose surface is the next occurrence of {@code surface}. */
    LineFixture t(String surface, String from, String to, Precision precision) {
        int at = text.indexOf(surface, tCursor);
        if (at < 0) {
            throw new IllegalArgumentException("'" + surface + "' not in line " + number + " after " + tCursor);
        }
        tCursor = at + surface.length();
        int start = text.codePointCount(0, at);
        int end = start + surface.codePointCount(0, surface.length());
        times.add(new TimeExpression(start, end, surface,
                new Period(LocalDate.parse(from), LocalDate.parse(to), precision), "test"));
        return this;
    }

    ExtractedLine build() {
        quantities.sort(java.util.Comparator.comparingInt(Quantity::start));
        times.sort(java.util.Comparator.comparingInt(TimeExpression::start));
        return new ExtractedLine(new Line(number, fileStart, text), new Extraction(quantities, times),
                Sentences.split(text));
    }
}
