package org.cstofigures.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cstofigures.extract.ExtractStage;
import org.cstofigures.extract.Extractors;
import org.cstofigures.figures.Lexicon;
import org.cstofigures.source.Line;

/** The project's own curated files, and a way to read one sentence into event mentions. */
final class Fixtures {

    static final Path CURATED = Path.of("curated");

    private Fixtures() {
    }

    static EventLexicon lexicon() {
        return EventLexicon.load(CURATED.resolve("lexicon"), "curated/lexicon");
    }

    static Gazetteer gazetteer() {
        return Gazetteer.load(CURATED, "curated");
    }

    static EventStage stage() {
        return new EventStage(lexicon(), gazetteer(), Lexicon.load(CURATED.resolve("lexicon"), "curated/lexicon"));
    }

    /** The event mentions of one sentence, read as line 1 of a source published on {@code published}. */
    static List<Event> read(EventStage stage, String sentence, LocalDate published) {
        Line line = new Line(1, 0, sentence);
        return stage.mentions("test", new ExtractStage(Extractors.standard()).extractLine(line, published));
    }
}
