package org.cstofigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --lexicon DIR} reads that lexicon; without it, the bundled one, never the working directory's. */
class ExtractLexiconTest {

    private record Run(int code, String out, String err) {
    }

    private static Run extract(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aGivenLexiconIsUsedAndABrokenOneIsNamed(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "헤로인 12톤이 압수되었습니다.\n", StandardCharsets.UTF_8);
        Run bundled = extract("extract", text.toString());
        assertEquals(0, bundled.code(), bundled.err());
        Run curated = extract("extract", "--lexicon", "curated/lexicon", text.toString());
        assertEquals(0, curated.code(), curated.err());
        assertEquals(bundled.out(), curated.out(), "the bundled lexicon is a copy of curated/lexicon");
        Path broken = Files.createDirectories(dir.resolve("lexicon"));
        Run missing = extract("extract", "--lexicon", broken.toString(), text.toString());
        assertEquals(3, missing.code(), missing.err());
        assertTrue(missing.err().contains("categories.yaml"), missing.err());
    }
}
