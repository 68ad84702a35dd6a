package org.cstofigures.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Korean sentences from other organisations' histories (SCO, NATO, EAEU, ASEAN, CIS, EU, GUAM, Arab League),
 * none from the article, with the events a reader finds in them: src/test/resources/events/ (README there
 * records the blind score). An event counts as found when type, date and countries all match.
 */
class GeneralityTest {

    static final Path TSV = Path.of("src/test/resources/events/other-organisations.tsv");
    static final LocalDate PUBLISHED = LocalDate.of(2025, 1, 1);

    /** The score measured after tuning (README beside the TSV); the test fails if the code falls below it. */
    static final double MIN_F1 = 0.90;

    record Score(int expected, int extracted, int matched, int typeMatched) {
        double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        double recall() {
            return expected == 0 ? 0 : (double) matched / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The score of the rows of one batch ({@code batch} 1: the rows before the first {@code # batch} comment;
     * 0: all rows). A {@code # batch N …} comment line starts batch N.
     */
    static Score score(boolean print, int batch) throws IOException {
        EventStage stage = Fixtures.stage();
        int expected = 0;
        int extracted = 0;
        int matched = 0;
        int typeMatched = 0;
        int current = 1;
        for (String row : Files.readAllLines(TSV, StandardCharsets.UTF_8)) {
            if (row.startsWith("# batch ")) {
                current = Integer.parseInt(row.substring(8).split("\\s")[0]);
            }
            if (row.startsWith("#") || row.isBlank() || batch != 0 && batch != current) {
                continue;
            }
            String[] f = row.split("\t");
            List<String> want = new ArrayList<>(List.of(f[2].split(" ; ")));
            List<Event> got = Fixtures.read(stage, f[1], PUBLISHED);
            expected += want.size();
            extracted += got.size();
            List<String> gotKeys = new ArrayList<>();
            for (Event e : got) {
                gotKeys.add(e.eventType() + "@" + date(e) + "@" + String.join(",", e.countries()));
            }
            List<String> missing = new ArrayList<>();
            for (String w : want) {
                String[] p = w.split("@", -1);
                boolean hit = false;
                for (int i = 0; i < got.size(); i++) {
                    Event e = got.get(i);
                    if (e.eventType().equals(p[0]) && dateMatches(e, p[1])
                            && String.join(",", e.countries()).equals(p[2])) {
                        got.remove(i);
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    matched++;
                } else {
                    missing.add(w);
                }
            }
            for (String w : want) {
                String t = w.split("@")[0];
                if (gotKeys.stream().anyMatch(k -> k.startsWith(t + "@"))) {
                    typeMatched++;
                }
            }
            if (print && (!missing.isEmpty() || !got.isEmpty())) {
                System.err.println(f[0] + ": expected " + missing + ", got " + gotKeys);
            }
        }
        return new Score(expected, extracted, matched, typeMatched);
    }

    private static boolean dateMatches(Event e, String want) {
        if (want.contains("/")) {
            String[] ab = want.split("/");
            return e.dateStart().toString().equals(ab[0]) && e.dateEnd().toString().equals(ab[1]);
        }
        return date(e).equals(want);
    }

    private static String date(Event e) {
        String s = e.dateStart().toString();
        switch (e.precision()) {
            case YEAR: return s.substring(0, 4);
            case MONTH: return s.substring(0, 7);
            default: return s;
        }
    }

    @Test
    void otherOrganisationsSentences() throws IOException {
        Score s = score(true, 0);
        for (int batch = 1; batch <= 2; batch++) {
            Score b = score(false, batch);
            assertTrue(b.expected() > 0, "batch " + batch + " has rows");
            report("batch " + batch, b);
        }
        report("all", s);
        assertTrue(s.expected() >= 40, "at least 40 expected events");
        assertTrue(s.f1() >= MIN_F1, "F1 " + s.f1() + " fell below " + MIN_F1);
    }

    private static void report(String what, Score s) {
        System.err.printf(Locale.ROOT, "generality (%s): %d expected, %d extracted, %d matched (type alone: %d);"
                + " precision %.3f, recall %.3f, F1 %.3f%n", what, s.expected(), s.extracted(), s.matched(),
                s.typeMatched(), s.precision(), s.recall(), s.f1());
    }
}
