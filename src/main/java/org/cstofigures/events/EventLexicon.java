package org.cstofigures.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstofigures.config.CompiledYaml;

/**
 * {@code curated/lexicon/events.yaml}: the words that make a dated clause an event of a type, and the effect of
 * each type on membership. Read strictly (unknown keys are errors naming file and line). See
 * curated/lexicon/README.md, "events.yaml".
 */
public record EventLexicon(
        List<String> blockingWords,
        List<String> exclusionWords,
        List<String> observerWords,
        List<String> partnerWords,
        List<String> venueParticles,
        List<String> originWords,
        List<String> topicParticles,
        List<String> listSeparators,
        List<String> participleEndings,
        List<String> phraseEndParticles,
        List<String> genitiveMarkers,
        String genitiveType,
        List<String> topicMarkers,
        Integer topicWindow,
        List<String> clauseBreaks,
        List<String> monthWords,
        List<String> yearWords,
        @JsonProperty(required = true) Integer operationWindow,
        @JsonProperty(required = true) Integer headWindow,
        @JsonProperty(required = true) List<TypeEntry> types) {

    public static final String FILE = "events.yaml";

    /** The fallback type: used only when no other type matches. */
    public static final String OTHER = "other";

    public EventLexicon {
        blockingWords = words(blockingWords);
        exclusionWords = words(exclusionWords);
        observerWords = words(observerWords);
        partnerWords = words(partnerWords);
        venueParticles = words(venueParticles);
        originWords = words(originWords);
        topicParticles = words(topicParticles);
        listSeparators = words(listSeparators);
        participleEndings = words(participleEndings);
        phraseEndParticles = words(phraseEndParticles);
        genitiveMarkers = words(genitiveMarkers);
        if (genitiveType != null) {
            EventType.fromCode(genitiveType);
        }
        topicMarkers = words(topicMarkers);
        topicWindow = topicWindow == null ? 0 : topicWindow;
        clauseBreaks = words(clauseBreaks);
        monthWords = words(monthWords);
        yearWords = words(yearWords);
        types = List.copyOf(types);
        if (operationWindow < 0 || headWindow < 0 || topicWindow < 0) {
            throw new IllegalArgumentException("operation_window, head_window and topic_window must not be negative");
        }
        Set<String> seen = new HashSet<>();
        for (TypeEntry t : types) {
            if (!seen.add(t.type())) {
                throw new IllegalArgumentException("type '" + t.type() + "' is listed twice");
            }
        }
        for (String t : EventType.codes()) {
            if (!seen.contains(t)) {
                throw new IllegalArgumentException("type '" + t + "' is missing; list every event type");
            }
        }
    }

    /** How an event changes the membership of the countries it names. */
    public enum Effect { JOIN, LEAVE, SUSPEND, RENEW, NONE }

    /** One event type: its English label, cue words, companion words, subject heads and membership effect. */
    public record TypeEntry(
            @JsonProperty(required = true) String type,
            @JsonProperty(required = true) String en,
            @JsonProperty(required = true) List<String> cues,
            List<String> with,
            List<String> head,
            Boolean needsOperation,
            @JsonProperty(required = true) String membership,
            List<String> membershipWords) {

        public TypeEntry {
            EventType.fromCode(type);
            cues = words(cues);
            if (cues.isEmpty()) {
                throw new IllegalArgumentException("type " + type + ": cues is empty");
            }
            with = words(with);
            head = words(head);
            needsOperation = needsOperation != null && needsOperation;
            effectOf(membership);
            membershipWords = words(membershipWords);
        }

        public Effect effect() {
            return effectOf(membership);
        }
    }

    static Effect effectOf(String code) {
        for (Effect e : Effect.values()) {
            if (e.name().toLowerCase(java.util.Locale.ROOT).equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("membership '" + code + "' is not one of join, leave, suspend, renew, none");
    }

    public TypeEntry type(String code) {
        for (TypeEntry t : types) {
            if (t.type().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no event type " + code);
    }

    /**
     * Loads {@code dir}/events.yaml strictly; {@code shown} names the directory in messages. A file with the bytes
     * the build compiled is taken already read ({@link CompiledYaml}).
     */
    public static EventLexicon load(Path dir, String shown) {
        return CompiledYaml.bundled().read(dir.resolve(FILE), FILE, shown + "/" + FILE, EventLexicon.class);
    }

    private static List<String> words(List<String> l) {
        if (l == null) {
            return List.of();
        }
        for (String w : l) {
            if (w == null || w.isBlank()) {
                throw new IllegalArgumentException("a word list contains an empty word; remove it");
            }
        }
        return List.copyOf(l);
    }

}
