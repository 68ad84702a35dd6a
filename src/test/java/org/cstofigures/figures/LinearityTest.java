package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
}
