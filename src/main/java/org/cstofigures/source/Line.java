package org.cstofigures.source;

/**
 * One line of a source: its 1-based number, the code-point offset of its first character from the start of the
 * file, and its text without the line terminator (\n, \r\n or a lone \r).
 */
public record Line(int number, int start, String text) {
}
