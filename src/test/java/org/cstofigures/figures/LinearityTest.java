package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Extraction;
import org.cstofigures.extract.Quantity;
import org.cstofigures.extract.Sentences;
import org.cstofigures.model.Category;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Qualifier;
import org.cstofigures.model.Unit;
import org.cstofigures.source.Line;
import org.junit.jupiter.api.Test;

/**
 * The work per mention is bounded by a window around its number, not by its clause or line: one unpunctuated line
 * with the same short seizure 20,000 times (one clause, one sentence) is analysed in linear time. Quadratic work
 * on that line (20,000 mentions × 260,000 chars) takes minutes; the bound is generous for a slow machine.
 */
class LinearityTest {

    @Test
    void oneHugeClauseIsAnalysedInLinearTime() {
        int n = 20_000;
        String unit = "헤로인 12톤 압수 ";
        String text = unit.repeat(n);
        List<Quantity> qs = new ArrayList<>(n);
        BigDecimal v = new BigDecimal(12000);
        for (int i = 0; i < n; i++) {
            int start = i * unit.length() + 4;
            qs.add(new Quantity(start, start + 3, "12톤", v, v, v, Unit.KG, Qualifier.EXACT, "12", "톤", "test"));
        }
        ExtractedLine el = new ExtractedLine(new Line(1, 0, text), new Extraction(qs, List.of()), Sentences.split(text));
        FigureStage stage = new FigureStage(LineFixture.lexicon());
        List<Mention> out = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> stage.mentionsForLine("huge", null, el));
        assertEquals(n, out.size());
        for (Mention m : List.of(out.get(0), out.get(n / 2), out.get(n - 1))) {
            assertEquals(Category.SEIZURE, m.category());
            assertEquals("heroin", m.subject());
        }
    }

    /**
     * A stretch without a space is cut into sentences at {@link Sentences#MAX_SENTENCE_CHARS} chars, which can fall
     * inside a number; the number is analysed whole, with its sentence and clause holding all of it (a fuzz finding:
     * an index out of bounds when the clause ended inside the number).
     */
    @Test
    void aNumberAcrossASentenceCutIsAnalysedWhole() {
        int cut = Sentences.MAX_SENTENCE_CHARS;
        String number = "7".repeat(20);
        String text = "가".repeat(cut - 6) + number + "명";
        ExtractedLine el = LineFixture.of(text).q(number + "명", Unit.PERSON, number).build();
        assertTrue(el.sentences().get(0)[1] < cut - 6 + number.length(), "the cut falls inside the number");
        List<Mention> out = new FigureStage(LineFixture.lexicon()).mentionsForLine("cut", null, el);
        assertEquals(1, out.size());
        assertTrue(out.get(0).sentence().endsWith(number + "명"), out.get(0).sentence());
    }
}
