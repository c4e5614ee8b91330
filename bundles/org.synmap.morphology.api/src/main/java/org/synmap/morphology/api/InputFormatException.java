package org.synmap.morphology.api;

import java.io.IOException;

/** Malformed input in any synmap reader (morphologies, lattices, tables). The message reads {@code file:line: what was expected}. */
public class InputFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    /**
     * @param file   the file (or stream) name
     * @param line   1-based line number, or 0 when the problem concerns the whole file
     * @param detail what was wrong and what was expected
     */
    public InputFormatException(String file, int line, String detail) {
        super(line > 0 ? file + ":" + line + ": " + detail : file + ": " + detail);
        this.file = file;
        this.line = line;
    }

    public String file() { return file; }

    /** 1-based line number, 0 when not tied to a line. */
    public int line() { return line; }
}
