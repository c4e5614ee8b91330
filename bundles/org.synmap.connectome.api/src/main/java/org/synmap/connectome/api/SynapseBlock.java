package org.synmap.connectome.api;

import java.util.List;
import java.util.Objects;

/**
 * The synapses one presynaptic population (type, and area where the model has areas) makes in a
 * realization, in creation order: the index of a synapse in this list is its synapse id, and
 * presynaptic cell ranks run 0…K−1 without gaps in non-decreasing order (isf-spec §1.11). Where
 * presynaptic cells are known, one rank is one cell.
 *
 * @param area     the area, or empty for models without areas
 * @param type     the presynaptic type (the population's name)
 * @param synapses the synapses
 */
public record SynapseBlock(String area, String type, List<Synapse> synapses) {

    public SynapseBlock {
        Objects.requireNonNull(area);
        Objects.requireNonNull(type);
        synapses = List.copyOf(synapses);
        int lastRank = -1;
        int lastCell = -1;
        for (int i = 0; i < synapses.size(); i++) {
            Synapse s = synapses.get(i);
            int r = s.cellRank();
            if (r != lastRank && r != lastRank + 1) {
                throw new IllegalArgumentException(label(type, area) + ": synapse " + i + " has cell rank " + r
                        + " after " + lastRank + "; ranks must start at 0 and grow by 0 or 1");
            }
            int cell = s.presynapticCell();
            if (i > 0 && cell >= 0 && lastCell >= 0 && (r == lastRank) != (cell == lastCell)) {
                throw new IllegalArgumentException(label(type, area) + ": synapse " + i + " has cell rank " + r
                        + " and presynaptic cell " + cell + " after rank " + lastRank + " and cell " + lastCell
                        + "; one rank must be one presynaptic cell");
            }
            lastRank = r;
            lastCell = cell;
        }
    }

    /** ISF's synapse-type label {@code type_area}, e.g. {@code L5tt_C2}; the type alone without an area. */
    public String label() {
        return label(type, area);
    }

    static String label(String type, String area) {
        return area.isEmpty() ? type : type + "_" + area;
    }

    public int size() {
        return synapses.size();
    }

    /** Number of distinct connected presynaptic cells. */
    public int connectedCells() {
        return synapses.isEmpty() ? 0 : synapses.get(synapses.size() - 1).cellRank() + 1;
    }
}
