package org.cstofigures.figures;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Category;
import org.cstofigures.model.Unit;

/**
 * The curated lexicon ({@code curated/lexicon/*.yaml}) compiled for matching: subject forms longest first,
 * category cues, operation names as generated patterns. Immutable; every rule comes from the files, none from
 * code, so an editor extends the lexicon without touching Java.
 */
public final class Lexicon {

    /** File names inside the lexicon directory. */
    public static final String CATEGORIES = "categories.yaml";
    public static final String SUBJECTS = "subjects.yaml";
    public static final String OPERATIONS = "operations.yaml";

    /** A counted thing as the lexicon knows it. */
    public record Subject(String en, Category category, boolean takesPredicates, boolean generic) {
    }

    /** One occurrence of a lexicon word in a text, char offsets, end exclusive. */
    public record Hit<T>(int start, int end, String text, T value) {
    }

    /** A verb's English participle and the categories whose subjects it qualifies. */
    public record Predicate(String en, List<Category> categories) {
    }

    /** A counter naming what it counts. */
    public record CounterSubject(String en, String ko, Category category, boolean takesPredicates) {
    }

    private final LexiconFiles.Weights weights;
    private final List<String> clauseBreaks;
    private final List<String> clauseEndings;
    private final List<String> fillers;
    private final List<String> partMarkers;
    private final List<String> foundingWords;
    private final List<String> particles;
    private final List<String> breakingParticles;
    private final Map<Category, Map<String, Integer>> cues;
    private final Map<Category, Map<Unit, Integer>> unitHints;
    private final List<Category> categoryOrder;
    private final Map<Character, List<Map.Entry<String, Subject>>> subjectForms;
    private final List<Map.Entry<String, Predicate>> predicateForms;
    private final Map<Unit, CounterSubject> counterSubjects;
    private final String unknownTemplate;
    private final List<LexiconFiles.Modifier> modifiers;
    private final List<OperationPattern> operationPatterns;

    /** Compiles the three parsed files. */
    public Lexicon(LexiconFiles.Categories categories, LexiconFiles.Subjects subjects,
            LexiconFiles.Operations operations) {
        this.weights = categories.weights();
        this.clauseBreaks = categories.clauseBreaks();
        this.clauseEndings = categories.clauseEndings();
        this.fillers = categories.fillers();
        this.partMarkers = categories.partMarkers();
        this.foundingWords = categories.foundingWords();
        List<String> parts = new ArrayList<>(categories.particles());
        parts.sort(Comparator.comparingInt(String::length).reversed());
        this.particles = List.copyOf(parts);
        this.breakingParticles = categories.breakingParticles();
        Map<Category, Map<String, Integer>> c = new LinkedHashMap<>();
        Map<Category, Map<Unit, Integer>> u = new LinkedHashMap<>();
        List<Category> order = new ArrayList<>();
        for (LexiconFiles.CategoryRule r : categories.categories()) {
            Category cat = Category.fromCode(r.category());
            if (c.containsKey(cat)) {
                throw PipelineException.config(CATEGORIES + ": category '" + r.category()
                        + "' is listed twice; merge its cues into one entry");
            }
            order.add(cat);
            c.put(cat, r.cues());
            Map<Unit, Integer> units = new LinkedHashMap<>();
            r.units().forEach((code, w) -> units.put(Unit.fromCode(code), w));
            u.put(cat, Map.copyOf(units));
        }
        this.cues = c;
        this.unitHints = u;
        this.categoryOrder = List.copyOf(order);
        List<Map.Entry<String, Subject>> forms = new ArrayList<>();
        for (LexiconFiles.SubjectEntry e : subjects.subjects()) {
            Subject s = new Subject(e.en(), Category.fromCode(e.category()), e.predicates(), e.generic());
            for (String ko : e.ko()) {
                forms.add(Map.entry(ko, s));
            }
        }
        forms.sort(Comparator.comparingInt((Map.Entry<String, Subject> e) -> -e.getKey().length()));
        Map<Character, List<Map.Entry<String, Subject>>> byFirst = new LinkedHashMap<>();
        for (Map.Entry<String, Subject> f : forms) {
            byFirst.computeIfAbsent(f.getKey().charAt(0), k -> new ArrayList<>()).add(f);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.subjectForms = Map.copyOf(byFirst);
        List<Map.Entry<String, Predicate>> preds = new ArrayList<>();
        for (LexiconFiles.PredicateEntry p : subjects.predicates()) {
            Predicate pr = new Predicate(p.en(), p.categories().stream().map(Category::fromCode).toList());
            for (String ko : p.ko()) {
                preds.add(Map.entry(ko, pr));
            }
        }
        this.predicateForms = List.copyOf(preds);
        Map<Unit, CounterSubject> counters = new LinkedHashMap<>();
        for (LexiconFiles.CounterSubject cs : subjects.counterSubjects()) {
            counters.put(Unit.fromCode(cs.unit()),
                    new CounterSubject(cs.en(), cs.ko(), Category.fromCode(cs.category()), cs.predicates()));
        }
        this.counterSubjects = Map.copyOf(counters);
        this.unknownTemplate = subjects.unknown();
        this.modifiers = subjects.modifiers();
        this.operationPatterns = compileOperations(operations);
    }

    /** Loads {@code dir}/categories.yaml, subjects.yaml and operations.yaml; {@code shown} prefixes messages. */
    public static Lexicon load(Path dir, String shown) {
        YamlFiles yaml = new YamlFiles();
        return new Lexicon(
                yaml.read(dir.resolve(CATEGORIES), shown + "/" + CATEGORIES, LexiconFiles.Categories.class),
                yaml.read(dir.resolve(SUBJECTS), shown + "/" + SUBJECTS, LexiconFiles.Subjects.class),
                yaml.read(dir.resolve(OPERATIONS), shown + "/" + OPERATIONS, LexiconFiles.Operations.class));
    }

    /** The lexicon bundled in the jar (or in target/classes) under {@code lexicon/}. */
    public static Lexicon bundled() {
        URL url = Lexicon.class.getClassLoader().getResource("lexicon/" + CATEGORIES);
        if (url == null) {
            throw PipelineException.config(
                    "lexicon/" + CATEGORIES + ": not bundled in the jar and no curated/lexicon here; rebuild the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(fs.getPath("/lexicon"), "jar:lexicon");
                } catch (FileSystemAlreadyExistsException e) {
                    return load(FileSystems.getFileSystem(uri).getPath("/lexicon"), "jar:lexicon");
                }
            }
            return load(Path.of(uri).getParent(), "lexicon");
        } catch (URISyntaxException | IOException e) {
            throw new PipelineException(ExitCode.IO, "lexicon: cannot open the bundled lexicon: " + e.getMessage(), e);
        }
    }

    /** One operation alias as a regex, with the lower-cased alias that must occur for it to match. */
    private record OperationPattern(Pattern pattern, String name, String needle) {
    }

    private static List<OperationPattern> compileOperations(LexiconFiles.Operations ops) {
        String quoteOpen = "[\"“”'‘’«「『]";
        String quoteClose = "[\"“”'’‘»」』]";
        String year = "(?:\\s*[-–]\\s*[\\p{L}\\p{N}]+|\\s*\\d{2,4})?";
        StringBuilder followers = new StringBuilder();
        for (String f : ops.nameFollowers()) {
            followers.append(followers.length() == 0 ? "" : "|").append(Pattern.quote(f));
        }
        List<OperationPattern> out = new ArrayList<>();
        for (LexiconFiles.OperationEntry op : ops.operations()) {
            for (String a : op.aliases()) {
                String q = Pattern.quote(a);
                String regex = isHangul(a) ? q
                        : "(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{N}])" + q + "(?![\\p{IsLatin}\\p{IsCyrillic}])";
                out.add(new OperationPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        op.name(), a.toLowerCase(Locale.ROOT)));
            }
            for (String a : op.nameOnly()) {
                String q = Pattern.quote(a);
                String quoted = "(?<=" + quoteOpen + "\\s{0,1})" + q + "(?=" + year + "\\s*" + quoteClose + ")";
                String followed = followers.length() == 0 ? null
                        : q + "(?=\\s*[\"”’»]?\\s*(?:" + followers + "))";
                String regex = followed == null ? quoted : quoted + "|" + followed;
                out.add(new OperationPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        op.name(), a.toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(out);
    }

    private static boolean isHangul(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** Every operation name in {@code text}, in order of position (char offsets). */
    public List<Hit<String>> operations(String text) {
        List<Hit<String>> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (OperationPattern op : operationPatterns) {
            if (!lower.contains(op.needle())) {
                continue; // cheap prefilter: the alias itself must occur before the regex can match
            }
            Matcher m = op.pattern().matcher(text);
            while (m.find()) {
                hits.add(new Hit<>(m.start(), m.end(), m.group(), op.name()));
            }
        }
        hits.sort(Comparator.comparingInt((Hit<String> h) -> h.start()).thenComparing(Hit::value));
        return hits;
    }

    /** Subject forms in {@code text} between {@code from} and {@code to}: longest match first, no overlaps. */
    public List<Hit<Subject>> subjects(String text, int from, int to) {
        List<Hit<Subject>> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            Hit<Subject> found = null;
            for (Map.Entry<String, Subject> f : subjectForms.getOrDefault(text.charAt(i), List.of())) {
                String form = f.getKey();
                if (i + form.length() <= to && text.startsWith(form, i)) {
                    found = new Hit<>(i, i + form.length(), form, f.getValue());
                    break;
                }
            }
            if (found != null) {
                hits.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The first predicate form in {@code text[from, to)}, or null. */
    public Hit<Predicate> firstPredicate(String text, int from, int to) {
        Hit<Predicate> best = null;
        String span = text.substring(from, to);
        for (Map.Entry<String, Predicate> p : predicateForms) {
            int at = span.indexOf(p.getKey());
            if (at >= 0 && (best == null || from + at < best.start())) {
                best = new Hit<>(from + at, from + at + p.getKey().length(), p.getKey(), p.getValue());
            }
        }
        return best;
    }

    /**
     * Scores each category for a number: its cues in the clause and in the rest of the sentence, its unit, its
     * subject's hint. Returns the best category, ties to the one listed first, {@code other} without evidence.
     */
    public Category categorize(String clause, String sentence, Unit unit, Category subjectHint) {
        Category best = Category.OTHER;
        int bestScore = 0;
        for (Category cat : categoryOrder) {
            int score = 0;
            for (Map.Entry<String, Integer> cue : cues.get(cat).entrySet()) {
                if (clause.contains(cue.getKey())) {
                    score += cue.getValue() * weights.clause();
                } else if (sentence.contains(cue.getKey())) {
                    score += cue.getValue() * weights.sentence();
                }
            }
            score += unitHints.get(cat).getOrDefault(unit, 0);
            if (cat == subjectHint) {
                score += weights.subject();
            }
            if (score > bestScore) {
                best = cat;
                bestScore = score;
            }
        }
        return best;
    }

    public List<String> clauseBreaks() {
        return clauseBreaks;
    }

    public List<String> clauseEndings() {
        return clauseEndings;
    }

    public List<String> fillers() {
        return fillers;
    }

    /** Case particles, longest first, stripped from the end of a word (헤로인이 → 헤로인). */
    public List<String> particles() {
        return particles;
    }

    /** Case particles that close a noun phrase (명단을): a counted noun is not looked for beyond them. */
    public List<String> breakingParticles() {
        return breakingParticles;
    }

    /** Words that, right after a date, make it the founding date of something (2005년 설립), not a period. */
    public List<String> foundingWords() {
        return foundingWords;
    }

    public List<String> partMarkers() {
        return partMarkers;
    }

    /** The subject a counter of this unit names (개국 → countries), or null. */
    public CounterSubject counterSubject(Unit unit) {
        return counterSubjects.get(unit);
    }

    /** {@code en} with the English of each known modifier in {@code prefix} in front (불법 + … → illegal …). */
    public String modified(String prefix, String en) {
        StringBuilder out = new StringBuilder();
        for (LexiconFiles.Modifier m : modifiers) {
            if (prefix.contains(m.ko())) {
                out.append(m.en()).append(' ');
            }
        }
        return out + en;
    }

    /** English text for an unknown counted thing whose Korean noun phrase is {@code ko}. */
    public String unknown(String ko) {
        return unknownTemplate.replace("{ko}", Objects.requireNonNull(ko, "ko"));
    }
}
