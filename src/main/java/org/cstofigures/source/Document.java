package org.cstofigures.source;

import java.util.List;
import java.util.Objects;
import org.cstofigures.model.Source;

/** A verified source and its decoded text, split into lines. */
public record Document(Source source, String text, List<Line> lines) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        lines = List.copyOf(lines);
    }

    /** The text between two code-point offsets of the whole file. */
    public String slice(int cpStart, int cpEnd) {
        int from = text.offsetByCodePoints(0, cpStart);
        int to = text.offsetByCodePoints(from, cpEnd - cpStart);
        return text.substring(from, to);
    }

    /** A slicer of spans on this document's lines, for checking many spans (one per check, not shared). */
    public Slicer slicer() {
        return new Slicer();
    }

    /**
     * Slices spans counted in code points of the whole file from the start of the line they are on. It keeps the
     * code-point table of the last line it sliced, so that checking the spans of a line costs the length of the
     * line once, not once per span, however long the line (a PDF dump with no line breaks).
     */
    public final class Slicer {
        private int lineNumber;
        private int[] charAt;

        private Slicer() {
        }

        /**
         * The text between two code-point offsets of the file, counted from the start of line {@code line}
         * (1-based) when the span lies on it; a span that is not on that line is sliced from the start of the file.
         */
        public String slice(int line, int cpStart, int cpEnd) {
            int[] at = table(line);
            if (at != null) {
                Line l = lines.get(line - 1);
                int from = cpStart - l.start();
                int to = cpEnd - l.start();
                if (from >= 0 && to >= from && to < at.length) {
                    return l.text().substring(at[from], at[to]);
                }
            }
            return Document.this.slice(cpStart, cpEnd);
        }

        /** The length of line {@code line} (1-based) in code points, or -1 if there is no such line. */
        public int length(int line) {
            int[] at = table(line);
            return at == null ? -1 : at.length - 1;
        }

        /** The char index of each code point of the line and of its end, or null if there is no such line. */
        private int[] table(int line) {
            if (line < 1 || line > lines.size()) {
                return null;
            }
            if (line != lineNumber) {
                String t = lines.get(line - 1).text();
                int[] at = new int[t.codePointCount(0, t.length()) + 1];
                int ch = 0;
                for (int cp = 0; cp < at.length - 1; cp++) {
                    at[cp] = ch;
                    ch += Character.charCount(t.codePointAt(ch));
                }
                at[at.length - 1] = t.length();
                charAt = at;
                lineNumber = line;
            }
            return charAt;
        }
    }
}
