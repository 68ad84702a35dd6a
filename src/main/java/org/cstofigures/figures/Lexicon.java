package org.cstofigures.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstofigures.config.CompiledYaml;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.error.ExitCode;
import org.cstofigures.error.PipelineException;
import org.cstofigures.model.Category;
import org.cstofigures.model.PeriodKind;
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
    public static final String FRAMES = "frames.yaml";

    /**
     * A counted thing as the lexicon knows it; {@code counters} (empty: any) are the counters it is counted with,
     * {@code topical} lets a topic word of the sentence qualify it (drug-related criminal cases).
     */
    public record Subject(String en, Category category, boolean takesPredicates, boolean generic, boolean topical,
            List<String> counters, boolean dualUse) {

        /** True if this thing can be what a number with the counter {@code counter} (as written) counts. */
        public boolean countedWith(String counter) {
            return counters.isEmpty() || counter == null || counter.isBlank() || counters.contains(counter.strip());
        }
    }

    /** A predicate family of frames.yaml: its category (null: neutral) and who a count of persons is (or null). */
    public record FramePredicate(Category category, String persons, boolean military) {
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
    private final Set<String> fillerSet;
    private final Set<String> particleSet;
    /** Per category (in {@link #categoryOrder}) and unit ordinal: the unit's weight, and whether it is excluded. */
    private final int[][] unitWeight;
    private final boolean[][] unitExcluded;
    private final Map<Category, Map<Unit, Integer>> unitHints;
    private final List<Category> categoryOrder;
    private final FormTrie<Subject> subjectForms;
    private final List<Map.Entry<String, Predicate>> predicateForms;
    private final Map<Unit, CounterSubject> counterSubjects;
    private final String unknownTemplate;
    private final List<LexiconFiles.Modifier> modifiers;
    private final List<OperationPattern> operationPatterns;
    /** A Latin name right before a name follower (CATalyst 작전) or in brackets at one (단속작전(Pangea)). */
    private final Pattern latinOperation;
    private final List<String> nameFollowers;
    /** The distinct lower-case aliases of {@link #operationPatterns}, in a trie; the needle of each pattern. */
    private final List<String> needles;
    private final FormTrie<String> needleTrie;
    private final int[] needleIndex;
    private final LexiconFiles.FrameWeights frameWeights;
    private final FormTrie<FramePredicate> framePredicates;
    private final Map<String, Category> counterCategories;
    private final List<Map.Entry<String, String>> topics;
    private final List<Map.Entry<String, String>> countryRoles;
    private final Map<Unit, String> unitSubjects;
    private final List<Unit> measures;
    private final List<String> obliqueParticles;
    private final List<String> topicParticles;
    private final List<String> themeMarkers;
    private final LexiconFiles.PeriodWords periodWords;
    private final List<Map.Entry<String, Category>> civilContexts;
    private final Map<Category, List<Unit>> excludedUnits;
    private final List<String> dosePhrases;
    private final List<String> activityNouns;
    private final List<String> changeWords;
    private final Map<Category, List<String>> requiredContexts;
    private final List<String> cueWords;
    /** The cue words, each node's index its id in {@link #cueWords}. */
    private final FormTrie<String> cueTrie;
    private final int[][] cueIndex;
    private final int[][] cueWeight;

    /** Compiles the four parsed files. */
    public Lexicon(LexiconFiles.Categories categories, LexiconFiles.Subjects subjects,
            LexiconFiles.Operations operations, LexiconFiles.Frames frames) {
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
        this.fillerSet = Set.copyOf(fillers);
        this.particleSet = Set.copyOf(particles);
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
        this.unitHints = u;
        this.categoryOrder = List.copyOf(order);
        Map<String, Integer> cueIds = new LinkedHashMap<>();
        this.cueIndex = new int[order.size()][];
        this.cueWeight = new int[order.size()][];
        for (int k = 0; k < order.size(); k++) {
            Map<String, Integer> catCues = c.get(order.get(k));
            cueIndex[k] = new int[catCues.size()];
            cueWeight[k] = new int[catCues.size()];
            int j = 0;
            for (Map.Entry<String, Integer> cue : catCues.entrySet()) {
                cueIndex[k][j] = cueIds.computeIfAbsent(cue.getKey(), w -> cueIds.size());
                cueWeight[k][j] = cue.getValue();
                j++;
            }
        }
        this.cueWords = List.copyOf(cueIds.keySet());
        List<Map.Entry<String, String>> cueForms = new ArrayList<>();
        for (String w : cueWords) {
            cueForms.add(Map.entry(w, w));
        }
        this.cueTrie = FormTrie.of(cueForms);
        List<Map.Entry<String, Subject>> forms = new ArrayList<>();
        for (LexiconFiles.SubjectEntry e : subjects.subjects()) {
            Subject s = new Subject(e.en(), Category.fromCode(e.category()), e.predicates(), e.generic(), e.topical(),
                    e.counters(), e.dualUse());
            for (String ko : e.ko()) {
                forms.add(Map.entry(ko, s));
            }
        }
        forms.sort(Comparator.comparingInt((Map.Entry<String, Subject> e) -> -e.getKey().length()));
        this.subjectForms = FormTrie.of(forms);
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
        this.latinOperation = latinOperation(operations);
        this.nameFollowers = List.copyOf(operations.nameFollowers());
        Map<String, Integer> needleIds = new LinkedHashMap<>();
        this.needleIndex = new int[operationPatterns.size()];
        for (int k = 0; k < operationPatterns.size(); k++) {
            needleIndex[k] = needleIds.computeIfAbsent(operationPatterns.get(k).needle(), n -> needleIds.size());
        }
        this.needles = List.copyOf(needleIds.keySet());
        List<Map.Entry<String, String>> needleForms = new ArrayList<>();
        for (String n : needles) {
            needleForms.add(Map.entry(n, n));
        }
        this.needleTrie = FormTrie.of(needleForms);
        this.frameWeights = frames.weights();
        List<Map.Entry<String, FramePredicate>> fp = new ArrayList<>();
        for (LexiconFiles.FramePredicate p : frames.predicates()) {
            FramePredicate v = new FramePredicate(p.category() == null ? null : Category.fromCode(p.category()),
                    p.persons(), p.military());
            for (String ko : p.ko()) {
                fp.add(Map.entry(ko, v));
            }
        }
        fp.sort(Comparator.comparingInt((Map.Entry<String, FramePredicate> e) -> -e.getKey().length()));
        this.framePredicates = FormTrie.of(fp);
        Map<String, Category> cc = new LinkedHashMap<>();
        for (LexiconFiles.FrameCounter fc : frames.counters()) {
            for (String ko : fc.ko()) {
                cc.put(ko, Category.fromCode(fc.category()));
            }
        }
        this.counterCategories = Map.copyOf(cc);
        this.topics = words(frames.topics());
        this.countryRoles = words(frames.countryRoles());
        Map<Unit, String> us = new LinkedHashMap<>();
        frames.unitSubjects().forEach((code, en) -> us.put(Unit.fromCode(code), en));
        this.unitSubjects = Map.copyOf(us);
        this.measures = frames.measures().stream().map(Unit::fromCode).toList();
        this.obliqueParticles = frames.obliqueParticles();
        this.topicParticles = frames.topicParticles();
        this.themeMarkers = frames.themeMarkers();
        this.periodWords = frames.periodWords();
        List<Map.Entry<String, Category>> civil = new ArrayList<>();
        for (LexiconFiles.FrameCounter fc : frames.civilContexts()) {
            for (String ko : fc.ko()) {
                civil.add(Map.entry(ko, Category.fromCode(fc.category())));
            }
        }
        this.civilContexts = List.copyOf(civil);
        Map<Category, List<Unit>> ex = new LinkedHashMap<>();
        frames.excludedUnits().forEach((cat, units) -> ex.put(Category.fromCode(cat),
                units == null ? List.of() : units.stream().map(Unit::fromCode).toList()));
        this.excludedUnits = Map.copyOf(ex);
        this.dosePhrases = frames.dosePhrases();
        this.activityNouns = frames.activityNouns();
        this.changeWords = frames.changeWords();
        Map<Category, List<String>> rc = new LinkedHashMap<>();
        frames.requiredContexts().forEach((cat, words) -> rc.put(Category.fromCode(cat), List.copyOf(words)));
        this.requiredContexts = Map.copyOf(rc);
        Unit[] units = Unit.values();
        this.unitWeight = new int[categoryOrder.size()][units.length];
        this.unitExcluded = new boolean[categoryOrder.size()][units.length];
        for (int k = 0; k < categoryOrder.size(); k++) {
            Category cat = categoryOrder.get(k);
            for (Unit unit : units) {
                unitWeight[k][unit.ordinal()] = unitHints.get(cat).getOrDefault(unit, 0);
                unitExcluded[k][unit.ordinal()] = excludedUnits.getOrDefault(cat, List.of()).contains(unit);
            }
        }
    }

    /** True if {@code word} is a filler word of categories.yaml. */
    public boolean isFiller(String word) {
        return fillerSet.contains(word);
    }

    /** True if {@code word} is a case particle of categories.yaml. */
    public boolean isParticle(String word) {
        return particleSet.contains(word);
    }

    /** True if {@code clause} names an activity whose length a duration may state (단속, 작전, 파병 …). */
    public boolean namesActivity(String clause) {
        for (String a : activityNouns) {
            for (int at = clause.indexOf(a); at >= 0; at = clause.indexOf(a, at + 1)) {
                int after = at + a.length();
                // a noun, not a verb made of it (파견된 병력, 단속했다: the verb's duration is no activity's length)
                if (after >= clause.length() || VERB_SUFFIXES.indexOf(clause.charAt(after)) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Syllables that turn an activity noun into a verb (파견된, 단속한, 수사하여, 작전했다). */
    private static final String VERB_SUFFIXES = "된되돼한하해했";

    /**
     * True if {@code category} needs a context word (frames.yaml {@code required_contexts}) and {@code sentence}
     * holds none: 30여개 국가 출신 마약사범 counts nationalities, not member states.
     */
    public boolean lacksContext(Category category, String sentence) {
        List<String> words = requiredContexts.get(category);
        if (words == null) {
            return false;
        }
        for (String w : words) {
            if (sentence.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words of change between a rate and the amount it changes (16.4% 늘어난 5조원), frames.yaml. */
    public List<String> changeWords() {
        return changeWords;
    }

    /**
     * True if {@code after}, the text right after a count of persons, makes it a quantity of a substance (약 300만
     * 명이 동시에 투약할 수 있는 양: doses), frames.yaml {@code dose_phrases}.
     */
    public boolean dose(String after) {
        // at its start or after a space (which "이 " + phrase ends with too), without joining strings per call
        for (String p : dosePhrases) {
            for (int at = after.indexOf(p); at >= 0; at = after.indexOf(p, at + 1)) {
                if (at == 0 || after.charAt(at - 1) == ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True if a civil word of {@code text} denies {@code category} to a dual-use or unknown counted thing
     * (frames.yaml {@code civil_contexts}: the helicopters and personnel of a fire service are not a force).
     */
    public boolean civilDenies(String text, Category category) {
        for (Map.Entry<String, Category> c : civilContexts) {
            if (c.getValue() == category && text.contains(c.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link PeriodKind#CUMULATIVE} if {@code clause} holds a word of a total over an operation's life or up to now
     * (frames.yaml {@code period_words.cumulative}), {@link PeriodKind#STATE} if it holds a word of a state at
     * publication ({@code period_words.current}), else null.
     */
    public PeriodKind periodKind(String clause) {
        for (String w : periodWords.cumulative()) {
            if (clause.contains(w)) {
                return PeriodKind.CUMULATIVE;
            }
        }
        for (String w : periodWords.current()) {
            if (clause.contains(w)) {
                return PeriodKind.STATE;
            }
        }
        return null;
    }

    /** Words after an oblique particle that make the phrase the predicate's theme (에 대해). */
    public List<String> themeMarkers() {
        return themeMarkers;
    }

    /** Particles that leave a noun right before a number as what it counts (은, 는, 이, 가, 도). */
    public List<String> topicParticles() {
        return topicParticles;
    }

    /** Particles that make a noun phrase oblique (에, 에서, 으로부터 …): the clause's predicate does not govern it. */
    public List<String> obliqueParticles() {
        return obliqueParticles;
    }

    /** True for units that measure another figure (배, %): they take the category of what they measure. */
    public boolean measures(Unit unit) {
        return measures.contains(unit);
    }

    private static List<Map.Entry<String, String>> words(List<LexiconFiles.Topic> list) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (LexiconFiles.Topic t : list) {
            for (String ko : t.ko()) {
                out.add(Map.entry(ko, t.en()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Loads {@code dir}/categories.yaml, subjects.yaml, operations.yaml and frames.yaml; {@code shown} prefixes
     * messages. A file whose bytes are those the build compiled is taken already read ({@link CompiledYaml}).
     */
    public static Lexicon load(Path dir, String shown) {
        CompiledYaml compiled = CompiledYaml.bundled();
        return load((file, type) -> compiled.read(dir.resolve(file), file, shown + "/" + file,
                type.asSubclass(Record.class)));
    }

    /**
     * The lexicon bundled in the jar (or in target/classes) under {@code lexicon/}: as the build compiled it
     * ({@link CompiledYaml}), else its YAML read as class-path resources.
     */
    public static Lexicon bundled() {
        CompiledYaml compiled = CompiledYaml.bundled();
        // the YAML reader only for a file not compiled from these bytes (a build stopped before process-classes
        // leaves an older compiled.bin): setting it up was a tenth of extract's start-up
        return load((file, type) -> {
            byte[] yaml = resource(file);
            Object read = compiled.get(file, yaml, type.asSubclass(Record.class));
            return read != null ? read : new YamlFiles().parse(yaml, "jar:lexicon/" + file, type);
        });
    }

    /** The four files' names and the types they are read as. */
    public static final Map<String, Class<? extends Record>> FILES = Map.of(CATEGORIES,
            LexiconFiles.Categories.class, SUBJECTS, LexiconFiles.Subjects.class, OPERATIONS,
            LexiconFiles.Operations.class, FRAMES, LexiconFiles.Frames.class);

    private static byte[] resource(String file) {
        try (java.io.InputStream in = Lexicon.class.getClassLoader().getResourceAsStream("lexicon/" + file)) {
            if (in == null) {
                throw PipelineException.config("lexicon/" + file
                        + ": not bundled in the jar and no curated/lexicon here; rebuild the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PipelineException(ExitCode.IO, "lexicon: cannot open the bundled lexicon: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the four files, subjects.yaml (the largest, two thirds of the reading) on a second thread meanwhile
     * the others are read; an error is the one a reading in the files' order would meet first.
     */
    private static Lexicon load(java.util.function.BiFunction<String, Class<?>, Object> read) {
        java.util.concurrent.FutureTask<Object> subjects = new java.util.concurrent.FutureTask<>(
                () -> read.apply(SUBJECTS, LexiconFiles.Subjects.class));
        Thread second = new Thread(subjects, "lexicon-subjects");
        second.setDaemon(true);
        second.start();
        Object categories = attempt(() -> read.apply(CATEGORIES, LexiconFiles.Categories.class));
        Object operations = attempt(() -> read.apply(OPERATIONS, LexiconFiles.Operations.class));
        Object frames = attempt(() -> read.apply(FRAMES, LexiconFiles.Frames.class));
        Object subjectsRead;
        try {
            subjectsRead = subjects.get();
        } catch (java.util.concurrent.ExecutionException e) {
            subjectsRead = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException(ExitCode.IO, "lexicon: interrupted while reading " + SUBJECTS, e);
        }
        return new Lexicon(value(categories, LexiconFiles.Categories.class),
                value(subjectsRead, LexiconFiles.Subjects.class), value(operations, LexiconFiles.Operations.class),
                value(frames, LexiconFiles.Frames.class));
    }

    /** What {@code read} returns, or what it throws. */
    private static Object attempt(java.util.function.Supplier<Object> read) {
        try {
            return read.get();
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    /** A file read as {@code type}, or the exception its reading threw, thrown again. */
    private static <T> T value(Object read, Class<T> type) {
        if (read instanceof RuntimeException e) {
            throw e;
        }
        if (read instanceof Error e) {
            throw e;
        }
        return type.cast(read);
    }

    /** One operation alias as a regex, with the lower-cased alias that must occur for it to match. */
    private record OperationPattern(Pattern pattern, String name, String needle) {
    }

    private static List<OperationPattern> compileOperations(LexiconFiles.Operations ops) {
        String quoteOpen = "[\"“”'‘’«「『]";
        String quoteClose = "[\"“”'’‘»」』]";
        // a year or a hyphenated suffix of up to four words inside the quotes ("채널-서부 드비나")
        String year = "(?:\\s*[-–]\\s*[\\p{L}\\p{N}]+(?:\\s[\\p{L}\\p{N}]+){0,3}|\\s*\\d{2,4})?";
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

    /**
     * An operation the list does not name, written in Latin letters at a name follower: 'Pangea' 작전, CATalyst
     * operation, 단속작전(Pangea), 판게아(Pangea) 작전. The name as written is the operation.
     */
    private static Pattern latinOperation(LexiconFiles.Operations ops) {
        StringBuilder followers = new StringBuilder();
        for (String f : ops.nameFollowers()) {
            followers.append(followers.length() == 0 ? "" : "|").append(Pattern.quote(f));
        }
        if (followers.length() == 0) {
            return null;
        }
        String name = "(?<name>\\p{IsLatin}[\\p{IsLatin}\\p{N}]*(?:[ -][\\p{IsLatin}\\p{N}]+){0,3})";
        String before = "(?<![\\p{IsLatin}\\p{N}-])" + name + "[\"“”'‘’»)）]{0,2}\\s*(?=(?:" + followers + "))";
        String after = "(?<=(?:" + followers + ")\\s?[(（])" + name + "(?=[)）])";
        return Pattern.compile(before + "|" + after.replace("<name>", "<name2>"));
    }

    private static boolean isHangul(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** Which of {@link #needles} occur in {@code lower}. */
    private boolean[] occurring(String lower) {
        boolean[] occurs = new boolean[needles.size()];
        for (int k = 0; k < occurs.length; k++) {
            occurs[k] = needles.get(k).isEmpty();
        }
        for (int i = 0; i < lower.length(); i++) {
            FormTrie.Node<String> node = needleTrie.first(lower.charAt(i));
            for (int j = i + 1; node != null; j++) {
                if (node.index() >= 0) {
                    occurs[node.index()] = true;
                }
                if (j >= lower.length()) {
                    break;
                }
                node = node.child(lower.charAt(j));
            }
        }
        return occurs;
    }

    /** Every operation name in {@code text}, in order of position (char offsets). */
    public List<Hit<String>> operations(String text) {
        List<Hit<String>> hits = new ArrayList<>();
        // cheap prefilter: the alias itself must occur (in lower case) before its regex can match; the aliases
        // that occur are found in one pass over the text
        boolean[] occurs = occurring(lowerCase(text));
        for (int k = 0; k < operationPatterns.size(); k++) {
            OperationPattern op = operationPatterns.get(k);
            if (!occurs[needleIndex[k]]) {
                continue;
            }
            Matcher m = op.pattern().matcher(text);
            while (m.find()) {
                hits.add(new Hit<>(m.start(), m.end(), m.group(), op.name()));
            }
        }
        // both alternatives of the pattern need a name follower: a text without one has no match
        if (latinOperation != null && hasLatin(text) && holdsAny(text, nameFollowers)) {
            Matcher m = latinOperation.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int next = findLatin(m, text, 0); next >= 0; next = findLatin(m, text, next)) {
                String g = m.group("name") != null ? "name" : "name2";
                String name = m.group(g);
                int st = m.start(g);
                int en = m.end(g);
                boolean listed = false;
                for (Hit<String> h : hits) {
                    listed |= h.start() < en && h.end() > st || h.text().equalsIgnoreCase(name);
                }
                // an acronym of four capitals or fewer is an organisation (CSTO 작전, UN 작전), not an operation
                if (!listed && !(name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT)))) {
                    hits.add(new Hit<>(st, en, name, name));
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit<String> h) -> h.start()).thenComparing(Hit::value));
        return hits;
    }

    /**
     * {@link Matcher#find()} for {@link #latinOperation}, which tries only where a match can begin: both of its
     * alternatives begin with a Latin letter, so the positions of other chars (nearly all of a Korean text) are
     * skipped without running the pattern's look-behinds there. Finds the same matches as {@code find()} from
     * {@code from}; returns the end of the match, or -1.
     */
    private static int findLatin(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLatinScript(cp)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return m.end();
                }
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** True if {@code text} holds one of {@code words}. */
    private static boolean holdsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinScript(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z';
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** True if {@code text} holds an ASCII letter. */
    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' ? c <= 'z' : c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT)}, without its per-char case look-up for Hangul syllables and ASCII
     * non-capitals (nearly all of a Korean text), which are their own lower case.
     */
    private static String lowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z'
                    : (c < 0xAC00 || c > 0xD7A3) && (Character.isSurrogate(c) || Character.toLowerCase(c) != c)) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }

    /** Subject forms in {@code text} between {@code from} and {@code to}: longest match first, no overlaps. */
    public List<Hit<Subject>> subjects(String text, int from, int to) {
        List<Hit<Subject>> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            FormTrie.Node<Subject> f = subjectForms.longest(text, i, to);
            if (f != null) {
                hits.add(new Hit<>(i, i + f.form().length(), f.form(), f.value()));
                i += f.form().length();
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
     * The predicate that governs a number at {@code [qStart, qEnd)}: the first predicate form of frames.yaml after
     * it in {@code [from, to)} (its clause), else the last one before it there; null if the clause has none. With
     * {@code after} false (the number's noun phrase is oblique) only a predicate before it counts.
     */
    public Hit<FramePredicate> governingPredicate(String text, int from, int to, int qStart, int qEnd,
            boolean after) {
        Hit<FramePredicate> before = null;
        for (int i = from; i < to; i++) {
            if (i >= qStart && i < qEnd) {
                continue;
            }
            FormTrie.Node<FramePredicate> found = framePredicates.longest(text, i, to);
            if (found == null) {
                continue;
            }
            Hit<FramePredicate> h = new Hit<>(i, i + found.form().length(), found.form(), found.value());
            if (i >= qEnd) {
                return after ? h : before;
            }
            before = h;
            i = h.end() - 1;
        }
        return before;
    }

    /** The category a counter as written points to by itself (문 → force_size), or null. */
    public Category counterCategory(String counter) {
        return counter == null ? null : counterCategories.get(counter.strip());
    }

    /** English of the topic word nearest before {@code to} in {@code [from, to)}, or null. */
    public String topic(String text, int from, int to) {
        return nearestBefore(topics, text, from, to);
    }

    /** English of a role that changes what a count of countries is (옵저버 → observer countries), or null. */
    public String countryRole(String text, int from, int to) {
        return nearestBefore(countryRoles, text, from, to < from ? from : to);
    }

    private static String nearestBefore(List<Map.Entry<String, String>> words, String text, int from, int to) {
        String best = null;
        int bestAt = -1;
        for (Map.Entry<String, String> w : words) {
            int at = text.lastIndexOf(w.getKey(), to - w.getKey().length());
            if (at >= from && at > bestAt) {
                best = w.getValue();
                bestAt = at;
            }
        }
        return best;
    }

    /** English for an unknown counted thing of this unit (persons, cases …), or null. */
    public String unitSubject(Unit unit) {
        return unitSubjects.get(unit);
    }

    /**
     * Scores each category for a number from its frame first: the governing predicate's family and a telling
     * counter (frames.yaml weights) and the counted noun's class (categories.yaml {@code subject} weight) or, when
     * the text's own noun is not in the lexicon, the class of the nearest lexicon noun of the clause, then
     * the cue words of its clause and sentence, its unit. Returns the best category, ties to the one listed first,
     * {@code other} without evidence.
     */
    public Category categorize(String clause, String sentence, Unit unit, Category subjectHint,
            Category predicate, Category counter, Category context) {
        return categorize(cues(clause), cues(sentence), unit, subjectHint, predicate, counter, context);
    }

    /** Which category cues a text holds: found in one pass, so a clause shared by several numbers is read once. */
    public static final class Cues {
        private final boolean[] present;

        private Cues(boolean[] present) {
            this.present = present;
        }
    }

    /** The category cues that occur in {@code text}. */
    public Cues cues(String text) {
        boolean[] present = new boolean[cueWords.size()];
        for (int k = 0; k < present.length; k++) {
            present[k] = cueWords.get(k).isEmpty();
        }
        for (int i = 0; i < text.length(); i++) {
            // every cue word at i: the forms along the trie path from it
            FormTrie.Node<String> node = cueTrie.first(text.charAt(i));
            for (int j = i + 1; node != null; j++) {
                if (node.index() >= 0) {
                    present[node.index()] = true;
                }
                if (j >= text.length()) {
                    break;
                }
                node = node.child(text.charAt(j));
            }
        }
        return new Cues(present);
    }

    /** {@link #categorize(String, String, Unit, Category, Category, Category, Category)} on cues found before. */
    public Category categorize(Cues clause, Cues sentence, Unit unit, Category subjectHint,
            Category predicate, Category counter, Category context) {
        return categorize(clause, sentence, unit, subjectHint, predicate, counter, context, null, false);
    }

    /**
     * As above; {@code denied} (or null) gets no score (a civil owner's personnel are no force), and with
     * {@code activity} a duration is scored without its unit's weight (62일간 단속: the length of a crackdown takes
     * the crackdown's category, frames.yaml {@code activity_nouns}).
     */
    public Category categorize(Cues clause, Cues sentence, Unit unit, Category subjectHint,
            Category predicate, Category counter, Category context, Category denied, boolean activity) {
        Category best = Category.OTHER;
        int bestScore = 0;
        for (int k = 0; k < categoryOrder.size(); k++) {
            Category cat = categoryOrder.get(k);
            if (cat == denied || (unit != null ? unitExcluded[k][unit.ordinal()]
                    : excludedUnits.getOrDefault(cat, List.of()).contains(unit))) {
                continue; // persons are never seized, a tonnage is never a force (frames.yaml excluded_units)
            }
            int score = 0;
            if (cat == context) {
                score += frameWeights.context();
            }
            if (cat == predicate) {
                score += frameWeights.predicate();
            }
            if (cat == counter) {
                score += frameWeights.counter();
            }
            int[] ids = cueIndex[k];
            for (int j = 0; j < ids.length; j++) {
                if (clause.present[ids[j]]) {
                    score += cueWeight[k][j] * weights.clause();
                } else if (sentence.present[ids[j]]) {
                    score += cueWeight[k][j] * weights.sentence();
                }
            }
            if (!(activity && unit != null && unit.kind() == Unit.Kind.DURATION)) {
                score += unit != null ? unitWeight[k][unit.ordinal()] : unitHints.get(cat).getOrDefault(unit, 0);
            }
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
