package org.synmap.morphology.hoc;

import java.util.ArrayList;
import java.util.List;

/**
 * ISF's section labels, found by case-sensitive substrings of a {@code create} line
 * (isf-spec §2.1 rule 3). Each key is tested independently, so a line can match several.
 */
final class IsfLabels {
    /** The pseudo-label of an axon create line: the section is skipped. */
    static final String AXON = "axon";

    private IsfLabels() {
    }

    /**
     * The labels ISF gives a {@code create} line: {@code Soma}, {@code Dendrite},
     * {@code ApicalDendrite} and/or {@link #AXON}, in that order.
     */
    static List<String> of(String createLine) {
        List<String> labels = new ArrayList<>(1);
        if (createLine.contains("soma")) {
            labels.add("Soma");
        }
        if (createLine.contains("dend") || createLine.contains("BasalDendrite")) {
            labels.add("Dendrite");
        }
        if (createLine.contains("apical")) {
            labels.add("ApicalDendrite");
        }
        if (createLine.contains("axon")) {
            labels.add(AXON);
        }
        return labels;
    }
}
