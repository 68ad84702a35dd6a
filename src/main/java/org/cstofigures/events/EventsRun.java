package org.cstofigures.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.config.YamlFiles;
import org.cstofigures.extract.ExtractedDocument;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.model.Figure;
import org.cstofigures.source.Document;
import org.cstofigures.validate.Corrections;
import org.cstofigures.validate.Corrections.Located;
import org.cstofigures.validate.CorrectionsFile;
import org.cstofigures.validate.Decision;
import org.cstofigures.validate.Finding;

/**
 * The events and members of one run, as the pipeline needs them: the events stage over the extracted
 * documents, the members derived from its events as of the latest publication date, their validation findings,
 * the editor's event decisions, and the two published tables.
 */
public record EventsRun(List<Event> events, List<Member> members, List<Finding> findings, List<Decision> decisions) {

    public EventsRun {
        events = List.copyOf(events);
        members = List.copyOf(members);
        findings = List.copyOf(findings);
        decisions = List.copyOf(decisions);
    }

    /**
     * @param curated        the curated directory (gazetteer.yaml, lexicon/events.yaml), named {@code curatedShown}
     * @param correctionsFile corrections.yaml (its {@code events:} list), named {@code correctionsShown}
     */
    public static EventsRun build(Path curated, String curatedShown, Path correctionsFile, String correctionsShown,
            List<ExtractedDocument> extracted, Lexicon operations, List<Document> docs, List<Figure> figures) {
        return build(curated, curatedShown, corrections(correctionsFile, correctionsShown), correctionsShown,
                extracted, operations, docs, figures);
    }

    /** As above, with the event corrections of corrections.yaml as {@link Corrections#load} read them. */
    public static EventsRun build(Path curated, String curatedShown, Corrections corrections,
            List<ExtractedDocument> extracted, Lexicon operations, List<Document> docs, List<Figure> figures) {
        return build(curated, curatedShown, corrections.events(), corrections.shown(), extracted, operations, docs,
                figures);
    }

    private static EventsRun build(Path curated, String curatedShown, List<Located<EventCorrection>> eventCorrections,
            String correctionsShown, List<ExtractedDocument> extracted, Lexicon operations, List<Document> docs,
            List<Figure> figures) {
        EventLexicon lex = EventLexicon.load(curated.resolve("lexicon"), curatedShown + "/lexicon");
        Gazetteer gaz = Gazetteer.load(curated, curatedShown);
        EventStage.Result r = new EventStage(lex, gaz, operations).run(extracted, eventCorrections, correctionsShown);
        LocalDate asOf = docs.stream().map(d -> d.source().published()).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(LocalDate.MAX);
        Members members = new Members(lex, gaz);
        List<Member> table = members.derive(r.events(), asOf);
        List<Finding> findings = new EventChecks(members).check(r.events(), table, figures, docs);
        return new EventsRun(r.events(), table, findings, r.decisions());
    }

    /** The {@code events:} entries of corrections.yaml with the line each starts on. */
    static List<Located<EventCorrection>> corrections(Path file, String shown) {
        CorrectionsFile typed = new YamlFiles().read(file, shown, CorrectionsFile.class);
        return Corrections.located(typed.events(), Corrections.entryLines(file, shown, "events"));
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::blocksRun);
    }
}
