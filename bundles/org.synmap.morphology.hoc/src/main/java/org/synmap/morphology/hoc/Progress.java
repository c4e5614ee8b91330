package org.synmap.morphology.hoc;

/**
 * How far a parser got into its file: the line it was reading, or one past the last line once
 * the whole file was read. When both rule sets fail, the one that got further explains the file better.
 */
final class Progress {
    private int line;

    void at(int line) {
        this.line = line;
    }

    int line() { return line; }
}
