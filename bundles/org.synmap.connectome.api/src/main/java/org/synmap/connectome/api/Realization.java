package org.synmap.connectome.api;

import java.util.List;

/**
 * One anatomical realization: synapse blocks in output order (areas in model order, types
 * within an area in model order). Blocks may be empty.
 *
 * @param sampleIndex the sample this realization was drawn for
 * @param blocks      synapse blocks in output order
 */
public record Realization(int sampleIndex, List<SynapseBlock> blocks) {

    public Realization {
        blocks = List.copyOf(blocks);
    }

    /** Total synapses. */
    public int synapseCount() {
        int n = 0;
        for (SynapseBlock b : blocks) {
            n += b.size();
        }
        return n;
    }

    /** Total connected presynaptic cells. */
    public int connectedCells() {
        int n = 0;
        for (SynapseBlock b : blocks) {
            n += b.connectedCells();
        }
        return n;
    }

    /** The block of an (area, type), or null. */
    public SynapseBlock block(String area, String type) {
        for (SynapseBlock b : blocks) {
            if (b.area().equals(area) && b.type().equals(type)) {
                return b;
            }
        }
        return null;
    }
}
