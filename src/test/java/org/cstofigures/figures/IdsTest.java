package org.cstofigures.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.model.FigureSet;
import org.cstofigures.model.Mention;
import org.cstofigures.model.Precision;
import org.cstofigures.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids come from content, not position: random unrelated text before a paragraph leaves its figure ids as they
 * were, and the merged set does not depend on the order mentions arrive in. Seeded, so failures reproduce.
 */
class IdsTest {

    private static final String PARAGRAPH = "2018년 운영 결과, 정보 자원 345,207건이 확인되었습니다. "
            + "54,251건의 자원 활동이 정지되었고 720건의 형사 사건이 시작되었습니다.";
    private static final FigureStage STAGE = new FigureStage(LineFixture.lexicon());

    private static ExtractedLine paragraph(int number, int fileStart) {
        return new LineFixture(number, fileStart, PARAGRAPH).t("2018년", "2018-01-01", "2018-12-31", Precision.YEAR)
                .q("345,207건", Unit.CASE, "345207").q("54,251건", Unit.CASE, "54251").q("720건", Unit.CASE, "720")
                .build();
    }

    private static String randomHangul(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(8) == 0 ? ' ' : (char) (0xAC00 + r.nextInt(11172)));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void unrelatedTextElsewhereLeavesFigureIdsUnchanged(long seed) {
        Random r = new Random(seed);
        List<Mention> before = STAGE.mentionsForLine("src", null, paragraph(1, 0));
        String noise = randomHangul(r);
        int lines = 1 + r.nextInt(50);
        List<Mention> after = STAGE.mentionsForLine("src", null,
                paragraph(1 + lines, noise.codePointCount(0, noise.length()) + lines));
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).figureId(), after.get(i).figureId(), "figure id moved with the text");
            assertNotEquals(before.get(i).mentionId(), after.get(i).mentionId(), "mention id is the span's");
        }
        assertEquals(before.get(0).mentionId(), STAGE.mentionsForLine("src", null, paragraph(7, 0)).get(0).mentionId(),
                "same span and surface, same mention id");
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 19, 42, 99})
    void mergeDoesNotDependOnMentionOrder(long seed) {
        List<Mention> mentions = new ArrayList<>(STAGE.mentionsForLine("src", null, paragraph(1, 0)));
        mentions.addAll(STAGE.mentionsForLine("src", null, paragraph(3, 500)));
        FigureSet reference = STAGE.merge(mentions);
        Collections.shuffle(mentions, new Random(seed));
        assertEquals(reference, STAGE.merge(mentions));
        assertEquals(3, reference.figures().size(), "the repeated paragraph gives the same three facts");
        reference.figures().forEach(f -> assertEquals(2, f.mentionCount()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"345,207건", "54,251건"})
    void differentValuesOfTheSameSubjectStayApart(String number) {
        String text = "2018년 정보 자원 " + number + "이 확인되었다. 2018년 정보 자원 1,000건이 확인되었다.";
        List<Mention> ms = STAGE.mentionsForLine("src", null, new LineFixture(1, 0, text)
                .t("2018년", "2018-01-01", "2018-12-31", Precision.YEAR).t("2018년", "2018-01-01", "2018-12-31",
                        Precision.YEAR)
                .q(number, Unit.CASE, number.replaceAll("[^0-9]", "")).q("1,000건", Unit.CASE, "1000").build());
        assertEquals(ms.get(0).subject(), ms.get(1).subject());
        assertNotEquals(ms.get(0).figureId(), ms.get(1).figureId());
        assertEquals(2, STAGE.merge(ms).figures().size());
    }
}
