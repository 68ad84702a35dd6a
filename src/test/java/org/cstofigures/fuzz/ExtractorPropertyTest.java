package org.cstofigures.fuzz;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random property test over the current extractor, run in every {@code mvn test}: hostile strings built
 * from digits of several scripts, Korean number words and counters, dashes, separators, invisible characters,
 * combining marks, compatibility jamo, emoji, lone surrogates and line breaks must keep the
 * {@link ExtractorInvariants}. The seed is the test's name, so a failure replays exactly.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class ExtractorPropertyTest {

    private static final String[] PIECES = {"0", "1", "2", "3", "5", "7", "9", "12", "300", "1,000", "3.5", "１２", "٣",
        "𝟏", "만", "천", "억", "조", "백", "십", "명", "건", "톤", "kg", "개국", "단계", "%", "약 ", "여", "이상", "이하",
        "최대", "거의", "수십만", "년", "월", "일", "부터", "까지", "올해", " ", " ", "\u00A0", "\u200B", "\u2060", "\uFEFF",
        "\u0301", "\u20DD", "ㄱ", "ㅁㅕㅇ", "😀", "\uD800", "\uDC00", "-", "−", "–", "~", ",", ".", "e308", "\r\n", "\n",
        "\r", "\t", "가", "작전", "채널", "헤로인", "1e308", "9".repeat(400)};

    static IntStream seeds() {
        return IntStream.range(0, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHold(int seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = r.nextInt(60); i < n; i++) {
            sb.append(r.nextInt(10) == 0 ? String.valueOf((char) r.nextInt(0x10000)) : PIECES[r.nextInt(PIECES.length)]);
        }
        ExtractorInvariants.check(sb.toString());
    }
}
