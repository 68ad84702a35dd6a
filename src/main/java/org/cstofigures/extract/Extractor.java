package org.cstofigures.extract;

import java.time.LocalDate;

/**
 * Finds quantities and dates in Korean text. Implementations are immutable and thread-safe; they never throw
 * on any input string and every span they return lies inside the text (a rule that throws is a defect the fuzz
 * and property tests catch; it is never caught and turned into a silently missing mention).
 */
public interface Extractor {

    /**
     * @param text      any text, typically one line (paragraph) of a source
     * @param published the source's publication date, which anchors relative dates such as 올해; may be null
     */
    Extraction extract(String text, LocalDate published);
}
