package org.synmap.engine.api;

/** A failure to report to the user as one line: bad input, a missing plugin, a plugin that failed. */
public class SynmapException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SynmapException(String message) {
        super(message);
    }

    public SynmapException(String message, Throwable cause) {
        super(message, cause);
    }
}
