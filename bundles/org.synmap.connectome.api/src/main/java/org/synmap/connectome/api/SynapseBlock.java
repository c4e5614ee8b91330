package org.synmap.connectome.api;

import java.util.List;
import java.util.Objects;

/**
 * The synapses one (area, presynaptic type) makes in a realization, in creation order: the
 * index of a synapse in this list is its synapse id, and presynaptic cell ranks run
 * 0…K−1 without gaps in non-decreasing order (isf-spec §1.11).
 */
public record SynapseBlock(String area, String type, List<Synapse> synapses) {

    public SynapseBlock {
        Objects.requireNonNull(area);
        Objects.requireNonNull(type);
        synapses = List.copyOf(synapses);
        int last = -1;
        for (int i = 0; i < synapses.size(); i++) {
            int r = synapses.get(i).cellRank();
            if (r != last && r != last + 1) {
                throw new IllegalArgumentException(type + "_" + area + ": synapse " + i + " has cell rank " + r
                        + " after " + last + "; ranks must start at 0 and grow by 0 or 1");
            }
            last = r;
        }
    }

    /** ISF's synapse-type label {@code type_area}, e.g. {@code L5tt_C2}. */
    public String label() {
        return type + "_" + area;
    }

    public int size() {
        return synapses.size();
    }

    /** Number of distinct connected presynaptic cells. */
    public int connectedCells() {
        return synapses.isEmpty() ? 0 : synapses.get(synapses.size() - 1).cellRank() + 1;
    }
}
