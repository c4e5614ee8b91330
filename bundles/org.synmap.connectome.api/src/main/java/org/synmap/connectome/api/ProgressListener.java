package org.synmap.connectome.api;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives progress of long phases. Implementations must be thread-safe: {@link #advance}
 * may be called from several worker threads.
 */
@ConsumerType
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = notesTo(message -> {
    });

    /**
     * A listener that passes every note to {@code notes} and ignores progress: for logs, and for
     * collecting warnings. It is as thread-safe as {@code notes}.
     *
     * @since 2.1
     */
    static ProgressListener notesTo(Consumer<String> notes) {
        return new ProgressListener() {
            @Override
            public void start(String phase, long total) {
            }

            @Override
            public void advance(long done) {
            }

            @Override
            public void finish() {
            }

            @Override
            public void note(String message) {
                notes.accept(message);
            }
        };
    }

    /** A new phase starts, with {@code total} units of work (0 when unknown). */
    void start(String phase, long total);

    /** {@code done} more units of the current phase are finished. */
    void advance(long done);

    /** The current phase is finished. */
    void finish();

    /** A message worth showing the user (a warning, a decision). */
    default void note(String message) {
    }
}
