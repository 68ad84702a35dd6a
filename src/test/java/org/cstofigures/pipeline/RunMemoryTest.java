package org.cstofigures.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cstofigures.hostile.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code run} publishes every format in bounded memory. A generated second source of 4 MB (about
 * 64,000 figures, each stated once) is run in a child JVM whose heap is capped at {@value #HEAP}: the release must
 * be written completely. Before the tables rendered their rows when read, the CSV and JSON writers streamed, the
 * diff kept only row keys and the site capped its pages and charts, this test failed (main at 0fb12f9: out of
 * memory, exit 3, after 21 s); it passes in about a minute.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test (a child JVM over 4 MB of text: a minute or more)
class RunMemoryTest {

    /** The heap of the child JVM. */
    static final String HEAP = "-Xmx256m";

    /** Size of the generated source. */
    static final int BYTES = 4_000_000;

    @TempDir
    Path dir;

    /** Paragraphs of five dated statements each (seizures, troops, cases, weapons), numbers drawn from a seed. */
    static String corpus(long seed, int bytes) {
        String[] templates = {
            "%d년 %d월 %d일 작전 \"채널\" 동안 헤로인 %d킬로그램이 압수되었다.",
            "%d년 %d월 %d일 합동 훈련에 병력 %d명이 참가했다.",
            "%d년 %d월 %d일 마약 밀매 사건 %d건이 적발되었다.",
            "%d년 %d월 %d일 국경에서 무기 %d정과 탄약 %d발이 압수되었다."};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(bytes / 2);
        int size = 0;
        while (size < bytes) {
            StringBuilder line = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                line.append(s == 0 ? "" : " ").append(String.format(templates[r.nextInt(templates.length)],
                        2003 + r.nextInt(17), 1 + r.nextInt(12), 1 + r.nextInt(28), 1 + r.nextInt(99_999),
                        1 + r.nextInt(9_999)));
            }
            line.append('\n');
            size += line.toString().getBytes(StandardCharsets.UTF_8).length;
            b.append(line);
        }
        return b.toString();
    }

    @Test
    void runOverAGeneratedSourcePublishesEveryFormatInASmallHeap() throws IOException, InterruptedException {
        TestProject p = TestProject.copyInto(dir.resolve("project"));
        p.addSource("generated", "generated.txt", corpus(14, BYTES).getBytes(StandardCharsets.UTF_8));
        Path log = dir.resolve("run.log");
        Process proc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.cstofigures.cli.Main", "run", "--config", p.config().toString())
                .directory(p.root().toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(proc.waitFor(20, TimeUnit.MINUTES), "run did not finish in 20 minutes");
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, proc.exitValue(), () -> "run under " + HEAP + " failed:\n" + said);
        for (String f : List.of("csv/mentions.csv", "json/mentions.json", "parquet/mentions.parquet",
                "xlsx/csto-figures.xlsx", "datapackage.json", "validation-report.json", "site/figures.html",
                "site/table-mentions.html")) {
            assertTrue(Files.size(p.output().resolve(f)) > 0, f + " is missing or empty");
        }
        long rows = Files.lines(p.output().resolve("csv/mentions.csv")).count();
        assertTrue(rows > 50_000, "mentions.csv has only " + rows + " lines");
        String page = Files.readString(p.output().resolve("site/table-mentions.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("This page lists the first 2000 of"), "the mentions page is not capped");
    }
}
