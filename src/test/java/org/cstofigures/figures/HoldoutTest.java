package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out batches (src/test/resources/devcorpus/holdout, README "Held out"): written by authors who never ran
 * the analyzer, scored blind, and never tuned on. The bar is the for unseen text: category right for at
 * least 9 figures in 10, mention recall and precision at least 0.97, a subject for every figure. A batch that is
 * tuned on moves to the corpus above, with its blind score recorded first.
 */
class HoldoutTest {

    private static DevCorpus.Score all;

    @BeforeAll
    static void run() throws IOException {
        Map<String, List<DevCorpus.Expected>> sentences = new LinkedHashMap<>();
        List<Path> batches = DevCorpus.batches(DevCorpus.HOLDOUT);
        assertTrue(batches.size() >= 5, "held-out batches: " + batches);
        for (Path b : batches) {
            DevCorpus.read(b).forEach((k, v) -> sentences.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        all = DevCorpus.score("holdout", sentences, new FigureStage(LineFixture.lexicon()));
    }

    @Test
    void categoryIsRightForAtLeast9In10() {
        assertTrue(all.expected() >= 300, all.line());
        assertTrue(all.categoryAccuracy() >= 0.90, all.line());
    }

    @Test
    void recallAndPrecisionAreAtLeast097() {
        assertTrue(all.recall() >= 0.97, all.line());
        assertTrue(all.precision() >= 0.97, all.line());
    }

    @Test
    void everyFigureHasASubject() {
        assertEquals(all.matched(), all.subjectPresent(), all.line());
    }
}
