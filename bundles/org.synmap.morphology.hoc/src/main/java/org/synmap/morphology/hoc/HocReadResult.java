package org.synmap.morphology.hoc;

import java.util.List;

import org.synmap.morphology.api.Morphology;

/**
 * A morphology read from a hoc file together with the reader's warnings: things the file says
 * that the chosen rules ignore, or choices the reader made. Each warning is one line reading
 * {@code file:line: text}.
 */
public record HocReadResult(Morphology morphology, List<String> warnings) {

    public HocReadResult {
        warnings = List.copyOf(warnings);
    }
}
