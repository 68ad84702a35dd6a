package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generalization: sentences the lexicon was not written from (other operations, countries, agencies), each with
 * the category, subject and operation a reader expects. A failure names the data file's line.
 */
class UnseenSentencesTest {

    private static final Path CASES = Path.of("src", "test", "resources", "figures", "unseen-sentences.tsv");
    private static final FigureStage STAGE = new FigureStage(LineFixture.lexicon());

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException(CASES + ":" + (i + 1) + ": expected 6 tab-separated fields, got "
                        + f.length);
            }
            out.add(Arguments.of(i + 1, f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return out.stream();
    }

    @Test
    void thereAreAtLeastThirtyCases() throws IOException {
        assertTrue(cases().count() >= 30);
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @MethodSource("cases")
    void classifiesLikeAReader(int line, String paragraph, String surface, String unit, String category,
            String subject, String operation) {
        LineFixture fixture = LineFixture.of(paragraph);
        for (String number : surface.split(" ; ")) {
            fixture.q(number, Unit.fromCode(unit), null);
        }
        List<Mention> mentions = STAGE.mentionsForLine("unseen", null, fixture.build());
        Mention m = mentions.get(mentions.size() - 1);
        String where = CASES + ":" + line + ": '" + surface + "' ";
        String got = " (got " + m.category().code() + " / " + m.subject() + " / " + m.operation() + ")";
        assertEquals(category, m.category().code(), where + "category" + got);
        if ("*".equals(subject)) {
            assertFalse(m.subject().isBlank(), where + "subject is empty");
        } else {
            assertEquals(subject, m.subject(), where + "subject" + got);
        }
        assertEquals("-".equals(operation) ? null : operation, m.operation(), where + "operation" + got);
    }
}
