package org.cstofigures.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, quadratic conflicts: 10,000 statements of one fact with 10,000 different values must cost no more
 * than 3× as much as 10,000 figures that do not conflict, publish (no cell past XLSX's 32,767 characters) and
 * keep each finding's message bounded.
 */
@Tag("slow") // the slow tier: mvn verify, not mvn test (minutes of CPU, a timing bound)
class ConflictScaleTest {

    private static final int N = 10_000;

    /**
     * The most the validation report may weigh for 10,000 figures. Measured: 2.2 MB for the distinct facts (one
     * dates finding per figure dated before the organization existed) and 4.2 MB for the conflicting ones: one
     * conflict finding, and about 5,500 bounded scale_error findings, one per value about 1,000 or 10,000 times
     * another (2000 and 2). Reported pair by pair, 1,000 conflicting figures made 31 MB.
     */
    private static final long MAX_REPORT = 8L << 20;

    @TempDir
    Path dir;

    private static String conflicting() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < N; i++) {
            b.append("2019년 작전 \"채널\" 동안 헤로인 ").append(i + 1).append("킬로그램이 압수되었다.\n");
        }
        return b.toString();
    }

    private static String distinctFacts() {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (int y = 1980; y < 2020 && i < N; y++) {
            for (int m = 1; m <= 12 && i < N; m++) {
                for (int d = 1; d <= 28 && i < N; d++, i++) {
                    b.append(y).append("년 ").append(m).append("월 ").append(d)
                            .append("일 작전 \"채널\" 동안 헤로인 12킬로그램이 압수되었다.\n");
                }
            }
        }
        return b.toString();
    }

    private long timedRun(String name, String text, int conflicts, long maxReportBytes) {
        TestProject p = TestProject.copyInto(dir.resolve(name));
        p.addSource(name, name + ".txt", text.getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        TestProject.Result r = p.run();
        long t = System.nanoTime() - t0;
        r.assertOk();
        check(p, conflicts, maxReportBytes);
        return t;
    }

    private static void check(TestProject p, int conflicts, long maxReportBytes) {
        try {
            JsonNode report = new ObjectMapper().readTree(p.output().resolve("validation-report.json").toFile());
            int found = 0;
            for (JsonNode f : report.get("findings")) {
                int len = f.get("message").asText().length();
                assertTrue(len < 2_000, "a finding's message is " + len + " characters long");
                found += f.get("rule").asText().equals("conflict") ? 1 : 0;
            }
            assertEquals(conflicts, found, "conflict findings: one per fact");
            long size = Files.size(p.output().resolve("validation-report.json"));
            assertTrue(size < maxReportBytes, "the validation report is " + size + " bytes");
            if (conflicts > 0) {
                long flagged = Files.readAllLines(p.output().resolve("csv/figures.csv"), StandardCharsets.UTF_8)
                        .stream().filter(l -> l.contains("conflict")).count();
                assertEquals(N, flagged, "every statement of the conflicting fact is flagged");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tenThousandConflictingFiguresCostAtMostThreeTimesTenThousandDistinctOnes() {
        timedRun("warmup", distinctFacts().substring(0, 2_000), 0, MAX_REPORT); // JIT and class loading out of the measure
        long distinct = timedRun("distinct", distinctFacts(), 0, MAX_REPORT);
        long conflicting = timedRun("conflicting", conflicting(), 1, MAX_REPORT);
        assertTrue(conflicting <= 3 * distinct, "conflicting " + conflicting / 1_000_000 + " ms vs distinct "
                + distinct / 1_000_000 + " ms");
    }
}
