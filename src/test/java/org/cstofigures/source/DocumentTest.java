package org.cstofigures.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cstofigures.model.Source;
import org.junit.jupiter.api.Test;

/** Slicing a span from its line's start gives exactly what slicing from the start of the file gives. */
class DocumentTest {

    private static final String[] PIECES = {"가", "나", "a", " ", "12", "😀", "𝔸", "톤", ","};

    @Test
    void aSpanSlicedFromItsLineEqualsTheSameSpanSlicedFromTheFile() {
        Random random = new Random(20261130);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            List<Line> lines = new ArrayList<>();
            int cp = 0;
            int n = 1 + random.nextInt(6);
            for (int i = 1; i <= n; i++) {
                StringBuilder line = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    line.append(PIECES[random.nextInt(PIECES.length)]);
                }
                lines.add(new Line(i, cp, line.toString()));
                text.append(line).append('\n');
                cp += line.codePointCount(0, line.length()) + 1;
            }
            Document d = new Document(new Source("s", "s.txt", "00", 1, "t", "ko", null, null, null, null, null,
                    null, null), text.toString(), lines);
            int total = text.codePointCount(0, text.length());
            Document.Slicer slicer = d.slicer();
            for (int k = 0; k < 20; k++) {
                int a = random.nextInt(total + 1);
                int b = a + random.nextInt(total - a + 1);
                int line = random.nextInt(n + 2); // 0 and n + 1 do not exist: the file-wide slice answers
                assertEquals(d.slice(a, b), slicer.slice(line, a, b), "span " + a + ".." + b + " on line " + line);
            }
        }
    }

    /**
     * The spans of one long line (a PDF dump without line breaks) are sliced in time linear in the line: 50,000
     * mentions of a 600,000-char line. Counting code points from the line's start for each span took minutes.
     */
    @Test
    void theSpansOfALongLineAreSlicedInLinearTime() {
        int n = 50_000;
        String piece = "😀 헤로인 12톤 ";
        String line = piece.repeat(n);
        int cps = piece.codePointCount(0, piece.length());
        Document d = new Document(new Source("s", "s.txt", "00", 1, "t", "ko", null, null, null, null, null, null,
                null), "\n" + line + "\n", List.of(new Line(1, 0, ""), new Line(2, 1, line)));
        Document.Slicer slicer = d.slicer();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < n; i++) {
                int at = 1 + i * cps + 6;
                assertEquals("12톤", slicer.slice(2, at, at + 3));
            }
        });
        assertEquals(n * cps, slicer.length(2));
        assertEquals(-1, slicer.length(3));
    }
}
