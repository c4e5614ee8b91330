package org.synmap.morphology.hoc;

import java.util.List;

/** One statement of a NEURON-style hoc file, comments removed, with the line it starts on. */
sealed interface HocStatement {

    int line();

    /** Text up to the next line end, {@code ;}, or brace. */
    record Simple(String text, int line) implements HocStatement {
    }

    /**
     * A brace block: {@code head} is the text before the {@code '{'} (a section, {@code proc f()},
     * {@code for i = 0, 3} ...), empty for a bare block.
     */
    record Block(String head, int line, List<HocStatement> body) implements HocStatement {
    }
}
