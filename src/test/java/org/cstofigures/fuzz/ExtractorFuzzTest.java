package org.cstofigures.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz target over the current extractor ({@code Extractors.standard()}) and the stages after it; the
 * input bytes are read as UTF-8 (malformed bytes become U+FFFD; lone surrogates are the property test's job). In a
 * plain {@code mvn test} it replays the seed corpus in ExtractorFuzzTestInputs/; with JAZZER_FUZZ=1 (the fuzz
 * profile) it fuzzes: {@code extractor} for 60 s in CI, {@code extractorLong} for 30 min on demand.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test
class ExtractorFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"명", "건", "톤", "kg", "개국", "단계", "만", "천", "억", "조", "백", "십", "약", "여", "이상", "이하",
        "최대", "거의", "수십만", "년", "월", "일", "부터", "까지", "올해", "작년", "~", ",", ".", "%", "１２", "\u200B",
        "\u00A0", "\u0301", "\uFEFF", "\\x0D\\x0A", "－", "−"})
    void extractor(byte[] utf8) {
        check(new String(utf8, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "30m")
    @DictionaryEntries({"명", "건", "톤", "만", "천", "억", "약", "여", "이상", "년", "월", "일", "~", ",", "."})
    void extractorLong(byte[] utf8) {
        check(new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * The extractor's invariants on every input; the slower chain through the CLI (lexicon loading, figures,
     * mentions table) on one input in eight, chosen by the input's hash so that a finding replays exactly.
     */
    private static void check(String text) {
        ExtractorInvariants.checkExtractor(text);
        if ((text.hashCode() & 7) == 0) {
            ExtractorInvariants.validates(text);
        }
    }
}
