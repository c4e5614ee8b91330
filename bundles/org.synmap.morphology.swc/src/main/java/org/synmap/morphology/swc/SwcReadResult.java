package org.synmap.morphology.swc;

import java.util.List;

import org.synmap.morphology.api.Morphology;

/**
 * A morphology read from an SWC file together with the reader's warnings: what the file does not
 * say and the reader had to assume (soma layout, lost labels, placeholder radii). Each warning is
 * one line reading {@code file:line: text} or {@code file: text}.
 */
public record SwcReadResult(Morphology morphology, List<String> warnings) {

    public SwcReadResult {
        warnings = List.copyOf(warnings);
    }
}
