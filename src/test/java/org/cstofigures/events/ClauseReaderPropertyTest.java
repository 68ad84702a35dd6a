package org.cstofigures.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts built from the pieces the clause reader reacts to (dates, parentheses, quotation marks,
 * country names, cues, particles, emoji outside the BMP): it never throws, every event's span holds its
 * title_ko, and no event ends before it starts.
 */
class ClauseReaderPropertyTest {

    private static final String[] PIECES = {"2001년 ", "3월 ", "15일", "1999년", "올해 ", "2월 26일~3월 1일", "부터 ",
        "(", ")", "\"", "“", "”", "몽골", "이란은 ", "중국과 ", "가입했다", "서명", "조약", "의정서", ", ", ". ", "에서 ",
        "제외", "옵저버인 ", "파트너 국가", "정상회의", "설립", "기구", "센터", "연장", "\uD83D\uDE00", "\n", " ", "작전 ",
        "\"채널\"", "수행", "영구 작전", "결정", "20주년", "인도적", "상하이", "(몽골)", "5개국"};

    @Test
    void neverThrowsAndSpansHoldTheClause() {
        EventStage stage = Fixtures.stage();
        Random r = new Random(20261130L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(25);
            for (int i = 0; i < len; i++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString().replace('\n', ' ');
            List<Event> events = Fixtures.read(stage, text, LocalDate.of(2021, 6, 30));
            for (Event e : events) {
                int from = text.offsetByCodePoints(0, e.charStart());
                int to = text.offsetByCodePoints(from, e.charEnd() - e.charStart());
                assertEquals(e.titleKo(), text.substring(from, to), text);
                assertFalse(e.dateEnd().isBefore(e.dateStart()), text);
                assertFalse(e.titleKo().isBlank(), text);
            }
        }
    }
}
