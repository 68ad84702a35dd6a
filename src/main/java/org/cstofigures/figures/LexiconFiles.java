package org.cstofigures.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstofigures.model.Category;
import org.cstofigures.model.Unit;

/**
 * The three YAML files of {@code curated/lexicon/} exactly as an editor writes them, read strictly by
 * {@link org.cstofigures.config.YamlFiles}: an unknown key, a missing one or an unknown category or unit code
 * is an error naming the file and line. {@link Lexicon} compiles them for matching.
 */
public final class LexiconFiles {

    private LexiconFiles() {
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static void requireWords(String key, List<String> words) {
        for (String w : words) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException(key + " contains an empty word; remove it");
            }
        }
    }

    /** categories.yaml: evidence weights, clause and part-of markers, and the cue words of each category. */
    public record Categories(
            @JsonProperty(required = true) Weights weights,
            @JsonProperty(required = true) List<String> clauseBreaks,
            List<String> clauseEndings,
            List<String> fillers,
            List<String> particles,
            List<String> breakingParticles,
            List<String> partMarkers,
            List<String> foundingWords,
            @JsonProperty(required = true) List<CategoryRule> categories) {

        public Categories {
            clauseBreaks = list(clauseBreaks);
            clauseEndings = list(clauseEndings);
            fillers = list(fillers);
            particles = list(particles);
            breakingParticles = list(breakingParticles);
            partMarkers = list(partMarkers);
            foundingWords = list(foundingWords);
            categories = List.copyOf(categories);
            requireWords("clause_breaks", clauseBreaks);
            requireWords("clause_endings", clauseEndings);
            requireWords("fillers", fillers);
            requireWords("particles", particles);
            requireWords("breaking_particles", breakingParticles);
            requireWords("part_markers", partMarkers);
            requireWords("founding_words", foundingWords);
        }
    }

    /** How much a cue in the number's clause, a cue elsewhere in its sentence and its subject's hint count. */
    public record Weights(
            @JsonProperty(required = true) Integer clause,
            @JsonProperty(required = true) Integer sentence,
            @JsonProperty(required = true) Integer subject) {

        public Weights {
            if (clause < 0 || sentence < 0 || subject < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
        }
    }

    /** One category: cue words with their weights, and unit codes that point to it with a weight. */
    public record CategoryRule(
            @JsonProperty(required = true) String category,
            Map<String, Integer> cues,
            Map<String, Integer> units) {

        public CategoryRule {
            Category.fromCode(category);
            cues = ordered(cues);
            units = ordered(units);
            requireWords("cues", List.copyOf(cues.keySet()));
            for (String u : units.keySet()) {
                Unit.fromCode(u);
            }
        }
    }

    /** subjects.yaml: counted things, verbs that qualify them, counters that name them, the unknown text. */
    public record Subjects(
            @JsonProperty(required = true) List<SubjectEntry> subjects,
            List<PredicateEntry> predicates,
            List<CounterSubject> counterSubjects,
            List<Modifier> modifiers,
            @JsonProperty(required = true) String unknown) {

        public Subjects {
            subjects = List.copyOf(subjects);
            predicates = predicates == null ? List.of() : List.copyOf(predicates);
            counterSubjects = counterSubjects == null ? List.of() : List.copyOf(counterSubjects);
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
            Map<String, String> forms = new java.util.HashMap<>();
            for (SubjectEntry e : subjects) {
                for (String ko : e.ko()) {
                    String earlier = forms.putIfAbsent(ko.strip(), e.en());
                    if (earlier != null) {
                        throw new IllegalArgumentException("the Korean form '" + ko + "' is listed for subject '"
                                + earlier + "' and again for '" + e.en() + "'; keep it under one subject");
                    }
                }
            }
            if (!unknown.contains("{ko}")) {
                throw new IllegalArgumentException("unknown must contain {ko}, the place of the Korean noun phrase");
            }
        }
    }

    /**
     * A counted thing: English subject, its Korean surface forms, its usual category; {@code predicates} lets
     * verbs qualify it (criminal cases initiated); {@code generic} marks vague words (인원) that a more specific
     * subject on the other side of the number outranks.
     */
    public record SubjectEntry(
            @JsonProperty(required = true) String en,
            @JsonProperty(required = true) List<String> ko,
            @JsonProperty(required = true) String category,
            Boolean predicates,
            Boolean generic,
            Boolean topical,
            List<String> counters,
            Boolean dualUse) {

        public SubjectEntry {
            if (en.isBlank()) {
                throw new IllegalArgumentException("en is empty; give the English subject");
            }
            ko = List.copyOf(ko);
            if (ko.isEmpty()) {
                throw new IllegalArgumentException("ko of '" + en + "' is empty; give at least one Korean form");
            }
            requireWords("ko of '" + en + "'", ko);
            Category.fromCode(category);
            predicates = predicates != null && predicates;
            generic = generic != null && generic;
            topical = topical != null && topical;
            dualUse = dualUse != null && dualUse;
            counters = list(counters);
            requireWords("counters of '" + en + "'", counters);
        }
    }

    /** A verb (Korean stems) and the English participle it adds to subjects of the listed categories. */
    public record PredicateEntry(
            @JsonProperty(required = true) String en,
            @JsonProperty(required = true) List<String> ko,
            @JsonProperty(required = true) List<String> categories) {

        public PredicateEntry {
            ko = List.copyOf(ko);
            requireWords("ko of predicate '" + en + "'", ko);
            categories = List.copyOf(categories);
            for (String c : categories) {
                Category.fromCode(c);
            }
        }
    }

    /** A Korean prefix glued to a counted noun (불법정보자원) and the English adjective it adds (illegal). */
    public record Modifier(
            @JsonProperty(required = true) String ko,
            @JsonProperty(required = true) String en) {

        public Modifier {
            if (ko.isBlank() || en.isBlank()) {
                throw new IllegalArgumentException("a modifier needs both ko and en");
            }
        }
    }

    /** A counter that itself names what is counted (개국 → countries), by unit code. */
    public record CounterSubject(
            @JsonProperty(required = true) String unit,
            @JsonProperty(required = true) String en,
            @JsonProperty(required = true) String ko,
            @JsonProperty(required = true) String category,
            Boolean predicates) {

        public CounterSubject {
            predicates = predicates != null && predicates;
            Unit.fromCode(unit);
            Category.fromCode(category);
        }
    }

    /** operations.yaml: the operations and the words that, following a common word, make it a name. */
    public record Operations(
            List<String> nameFollowers,
            @JsonProperty(required = true) List<OperationEntry> operations) {

        public Operations {
            nameFollowers = list(nameFollowers);
            requireWords("name_followers", nameFollowers);
            operations = List.copyOf(operations);
            Map<String, String> names = new java.util.HashMap<>();
            for (OperationEntry o : operations) {
                List<String> all = new java.util.ArrayList<>(List.of(o.name()));
                all.addAll(o.aliases());
                all.addAll(o.nameOnly());
                for (String n : new java.util.LinkedHashSet<>(all)) {
                    String earlier = names.putIfAbsent(n.strip(), o.name());
                    if (earlier != null) {
                        throw new IllegalArgumentException(earlier.equals(o.name()) ? "operation '" + o.name()
                                + "' is listed twice; keep one entry" : "'" + n + "' names operation '" + earlier
                                + "' and also '" + o.name() + "'; keep it under one operation");
                    }
                }
            }
        }
    }

    /** One operation: its published name, names that always count, common words that count only as names. */
    public record OperationEntry(
            @JsonProperty(required = true) String name,
            List<String> aliases,
            List<String> nameOnly) {

        public OperationEntry {
            if (name.isBlank()) {
                throw new IllegalArgumentException("operation name is empty");
            }
            aliases = list(aliases);
            nameOnly = list(nameOnly);
            requireWords("aliases of '" + name + "'", aliases);
            requireWords("name_only of '" + name + "'", nameOnly);
        }
    }

    /**
     * frames.yaml: how the counted noun, the governing predicate and the counter of a number decide its category,
     * and the words that refine its subject (topics, roles of countries, English for unknown nouns by unit).
     */
    public record Frames(
            @JsonProperty(required = true) FrameWeights weights,
            @JsonProperty(required = true) List<FramePredicate> predicates,
            List<FrameCounter> counters,
            List<Topic> topics,
            List<Topic> countryRoles,
            Map<String, String> unitSubjects,
            List<String> measures,
            List<String> obliqueParticles,
            List<String> topicParticles,
            List<String> themeMarkers,
            PeriodWords periodWords,
            List<FrameCounter> civilContexts,
            Map<String, List<String>> excludedUnits,
            List<String> dosePhrases,
            List<String> activityNouns,
            List<String> changeWords,
            Map<String, List<String>> requiredContexts) {

        public Frames {
            requiredContexts = requiredContexts == null ? Map.of() : new java.util.LinkedHashMap<>(requiredContexts);
            for (Map.Entry<String, List<String>> e : requiredContexts.entrySet()) {
                Category.fromCode(e.getKey());
                requireWords("required_contexts." + e.getKey(), list(e.getValue()));
            }
            requiredContexts = java.util.Collections.unmodifiableMap(requiredContexts);
            activityNouns = list(activityNouns);
            requireWords("activity_nouns", activityNouns);
            changeWords = list(changeWords);
            requireWords("change_words", changeWords);
            dosePhrases = list(dosePhrases);
            requireWords("dose_phrases", dosePhrases);
            civilContexts = civilContexts == null ? List.of() : List.copyOf(civilContexts);
            excludedUnits = excludedUnits == null ? Map.of() : new java.util.LinkedHashMap<>(excludedUnits);
            for (Map.Entry<String, List<String>> e : excludedUnits.entrySet()) {
                Category.fromCode(e.getKey());
                for (String u : list(e.getValue())) {
                    Unit.fromCode(u);
                }
            }
            excludedUnits = java.util.Collections.unmodifiableMap(excludedUnits);
            predicates = List.copyOf(predicates);
            counters = counters == null ? List.of() : List.copyOf(counters);
            topics = topics == null ? List.of() : List.copyOf(topics);
            countryRoles = countryRoles == null ? List.of() : List.copyOf(countryRoles);
            unitSubjects = ordered(unitSubjects);
            for (String u : unitSubjects.keySet()) {
                Unit.fromCode(u);
            }
            obliqueParticles = list(obliqueParticles);
            topicParticles = list(topicParticles);
            themeMarkers = list(themeMarkers);
            periodWords = periodWords == null ? new PeriodWords(null, null) : periodWords;
            requireWords("theme_markers", themeMarkers);
            requireWords("topic_particles", topicParticles);
            requireWords("oblique_particles", obliqueParticles);
            measures = list(measures);
            for (String u : measures) {
                Unit.fromCode(u);
            }
        }
    }

    /** What the governing predicate and a telling counter add to their category's score. */
    public record FrameWeights(
            @JsonProperty(required = true) Integer predicate,
            @JsonProperty(required = true) Integer counter,
            @JsonProperty(required = true) Integer context) {

        public FrameWeights {
            if (predicate < 0 || counter < 0 || context < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
        }
    }

    /** A predicate family: stems, the category they point to (none for neutral ones), who a count of persons is. */
    public record FramePredicate(
            String category,
            @JsonProperty(required = true) List<String> ko,
            String persons,
            Boolean military) {

        public FramePredicate {
            military = military != null && military;
            if (category != null) {
                Category.fromCode(category);
            }
            ko = List.copyOf(ko);
            if (ko.isEmpty()) {
                throw new IllegalArgumentException("a predicate needs at least one Korean stem in ko");
            }
            requireWords("ko of a predicate", ko);
            if (persons != null && persons.isBlank()) {
                throw new IllegalArgumentException("persons is empty; remove it or give the English subject");
            }
        }
    }

    /** Counters (as written) that point to a category by themselves. */
    public record FrameCounter(
            @JsonProperty(required = true) String category,
            @JsonProperty(required = true) List<String> ko) {

        public FrameCounter {
            Category.fromCode(category);
            ko = List.copyOf(ko);
            requireWords("ko of a counter", ko);
        }
    }

    /** Korean words and the English they put on a subject. */
    public record Topic(
            @JsonProperty(required = true) String en,
            @JsonProperty(required = true) List<String> ko) {

        public Topic {
            if (en.isBlank()) {
                throw new IllegalArgumentException("en is empty");
            }
            ko = List.copyOf(ko);
            requireWords("ko of '" + en + "'", ko);
        }
    }

    /** Words of a total over an operation's life and of a state at the publication date. */
    public record PeriodWords(List<String> cumulative, List<String> current) {

        public PeriodWords {
            cumulative = list(cumulative);
            current = list(current);
            requireWords("period_words.cumulative", cumulative);
            requireWords("period_words.current", current);
        }
    }
}
