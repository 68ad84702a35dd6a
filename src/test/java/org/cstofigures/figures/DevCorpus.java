package org.cstofigures.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cstofigures.extract.ExtractedLine;
import org.cstofigures.extract.Extractors;
import org.cstofigures.extract.Sentences;
import org.cstofigures.model.Mention;
import org.cstofigures.source.Line;

/**
 * The development corpus (src/test/resources/devcorpus/batch-*.tsv, format in the README beside it) run through
 * the grammar and the figures stage, and scored: mention recall and precision (a mention and an expected figure
 * match when their spans overlap), category accuracy, subject present, operation right.
 */
final class DevCorpus {

    static final Path DIR = Path.of("src", "test", "resources", "devcorpus");
    static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);

    /** One expected figure: where it is written (file:line), its sentence, surface and expectations. */
    record Expected(String where, String domain, String sentence, String surface, String category, String subject,
            String subjectKo, String operation) {
    }

    /** One expected figure and the mention the pipeline produced for it (null when missed). */
    record Result(Expected expected, Mention got) {
    }

    /** Scores of a set of sentences. */
    record Score(String name, int sentences, int expected, int mentions, int matched, int categoryRight,
            int subjectPresent, int operationNamed, int operationRight, List<Result> results, List<Mention> spurious) {

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        double precision() {
            return mentions == 0 ? 1 : (double) (mentions - spurious.size()) / mentions;
        }

        double categoryAccuracy() {
            return matched == 0 ? 1 : (double) categoryRight / matched;
        }

        String line() {
            return String.format("%-12s sentences %3d  figures %3d  recall %.3f  precision %.3f  category %.3f"
                    + "  subject present %d/%d  operation %d/%d", name, sentences, expected, recall(), precision(),
                    categoryAccuracy(), subjectPresent, matched, operationRight, operationNamed);
        }
    }

    private DevCorpus() {
    }

    /**
     * Batches nobody has tuned on (README, "Held out"): scored by {@code HoldoutTest} against the issue's bar for
     * unseen text, never part of the tuning corpus.
     */
    static final Path HOLDOUT = DIR.resolve("holdout");

    static List<Path> batches() throws IOException {
        return batches(DIR);
    }

    static List<Path> batches(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("batch-\\d+\\.tsv")).sorted().toList();
        }
    }

    /** Expected figures of one batch file, grouped by sentence in file order. */
    static Map<String, List<Expected>> read(Path file) throws IOException {
        Map<String, List<Expected>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            String where = file.getFileName() + ":" + (i + 1);
            if (f.length != 7) {
                throw new IllegalArgumentException(where + ": expected 7 tab-separated fields, got " + f.length);
            }
            if (!f[1].contains(f[2])) {
                throw new IllegalArgumentException(where + ": surface '" + f[2] + "' is not in the sentence");
            }
            out.computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new Expected(where, f[0], f[1], f[2], f[3], f[4], f[5], "-".equals(f[6]) ? null : f[6]));
        }
        return out;
    }

    static Score score(String name, Map<String, List<Expected>> sentences, FigureStage stage) {
        int mentions = 0;
        int matched = 0;
        int categoryRight = 0;
        int subjectPresent = 0;
        int operationNamed = 0;
        int operationRight = 0;
        int expected = 0;
        List<Result> results = new ArrayList<>();
        List<Mention> spurious = new ArrayList<>();
        for (Map.Entry<String, List<Expected>> e : sentences.entrySet()) {
            String text = e.getKey();
            ExtractedLine el = new ExtractedLine(new Line(1, 0, text),
                    Extractors.standard().extract(text, PUBLISHED), Sentences.split(text));
            List<Mention> got = stage.mentionsForLine("dev", null, el);
            mentions += got.size();
            boolean[] used = new boolean[got.size()];
            int cursor = 0;
            for (Expected x : e.getValue()) {
                expected++;
                int at = occurrence(text, x.surface(), cursor);
                if (at < 0) {
                    at = occurrence(text, x.surface(), 0);
                }
                cursor = at + 1;
                int start = text.codePointCount(0, at);
                int end = start + x.surface().codePointCount(0, x.surface().length());
                Mention m = null;
                for (int i = 0; i < got.size() && m == null; i++) {
                    Mention g = got.get(i);
                    if (!used[i] && g.charStart() < end && g.charEnd() > start) {
                        used[i] = true;
                        m = g;
                    }
                }
                results.add(new Result(x, m));
                if (m == null) {
                    continue;
                }
                matched++;
                if (m.category().code().equals(x.category())) {
                    categoryRight++;
                }
                if (m.subject() != null && !m.subject().isBlank() && !m.subject().startsWith("unknown (")) {
                    subjectPresent++;
                }
                if (x.operation() != null) {
                    operationNamed++;
                    if (x.operation().equals(m.operation())) {
                        operationRight++;
                    }
                }
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    spurious.add(got.get(i));
                }
            }
        }
        return new Score(name, sentences.size(), expected, mentions, matched, categoryRight, subjectPresent,
                operationNamed, operationRight, results, spurious);
    }

    /** First occurrence of {@code surface} at or after {@code from} that does not continue a number (131개 ≠ 31개). */
    static int occurrence(String text, String surface, int from) {
        int at = text.indexOf(surface, from);
        while (at > 0 && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == ',')) {
            at = text.indexOf(surface, at + 1);
        }
        return at;
    }

    /** Rows: expected category; columns: category produced (counts over matched figures). */
    static String confusion(List<Result> results) {
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        java.util.SortedSet<String> cols = new java.util.TreeSet<>();
        for (Result r : results) {
            if (r.got() != null) {
                String g = r.got().category().code();
                cols.add(g);
                table.computeIfAbsent(r.expected().category(), k -> new TreeMap<>()).merge(g, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder("| expected \\ got |");
        for (String c : cols) {
            sb.append(' ').append(c).append(" |");
        }
        sb.append("\n|---|").append("---|".repeat(cols.size())).append('\n');
        for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
            sb.append("| ").append(row.getKey()).append(" |");
            for (String c : cols) {
                Integer n = row.getValue().get(c);
                sb.append(' ').append(n == null ? "" : n).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Prints the scores of every batch, the misses and the confusion table: {@code DevCorpus [batch-NN]}. */
    public static void main(String[] args) throws IOException {
        FigureStage stage = new FigureStage(LineFixture.lexicon());
        List<Result> all = new ArrayList<>();
        for (Path b : batches()) {
            String name = b.getFileName().toString().replace(".tsv", "");
            if (args.length > 0 && !args[0].equals(name)) {
                continue;
            }
            Score s = score(name, read(b), stage);
            System.out.println(s.line());
            all.addAll(s.results());
            for (Result r : s.results()) {
                Mention m = r.got();
                Expected x = r.expected();
                if (m == null) {
                    System.out.println("  MISS  " + x.where() + " " + x.surface());
                } else if (!m.category().code().equals(x.category()) || m.subject().startsWith("unknown (")
                        || (x.operation() != null && !x.operation().equals(m.operation()))) {
                    System.out.println("  WRONG " + x.where() + " " + x.surface() + " want " + x.category() + " / "
                            + x.subject() + " got " + m.category().code() + " / " + m.subject() + " / "
                            + m.subjectKo() + " / " + m.operation());
                }
            }
            for (Mention m : s.spurious()) {
                System.out.println("  EXTRA " + name + " '" + m.surface() + "' in " + m.sentence());
            }
        }
        System.out.println(confusion(all));
    }
}
