package org.synmap.output.isf;

import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.format.text.PythonFloat;

/** The text of ISF's {@code .syn} (isf-spec §2.7) and {@code .con} (§2.8) files. */
final class SynapseFiles {

    private SynapseFiles() {
    }

    /**
     * {@code .syn}: header with the cell id, then one {@code T<TAB>section<TAB>x} line per synapse,
     * blocks in realization order; the line index within a block is the synapse id.
     */
    static String syn(String cellId, Realization realization) {
        StringBuilder sb = new StringBuilder(64 + realization.synapseCount() * 36);
        sb.append("# Synapse distribution file\n");
        sb.append("# corresponding to cell: ").append(cellId).append('\n');
        sb.append("# Type - section - section.x\n\n");
        for (SynapseBlock b : realization.blocks()) {
            String label = b.label();
            for (Synapse s : b.synapses()) {
                sb.append(label).append('\t').append(s.sectionId()).append('\t')
                        .append(PythonFloat.repr(clamp(s.x()))).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * {@code .con}: header quoting the {@code .syn} file name, then one
     * {@code T<TAB>cellRank<TAB>synapseId} line per synapse in the same order as the {@code .syn}.
     */
    static String con(String synFileName, Realization realization) {
        StringBuilder sb = new StringBuilder(128 + realization.synapseCount() * 20);
        sb.append("# Anatomical connectivity realization file; only valid with synapse realization:\n");
        sb.append("# ").append(synFileName).append('\n');
        sb.append("# Type - cell ID - synapse ID\n\n");
        for (SynapseBlock b : realization.blocks()) {
            String label = b.label();
            for (int i = 0; i < b.size(); i++) {
                sb.append(label).append('\t').append(b.synapses().get(i).cellRank()).append('\t').append(i).append('\n');
            }
        }
        return sb.toString();
    }

    /** ISF clamps x to [0, 1] with two comparisons (so -0.0 and NaN pass through unchanged). */
    private static double clamp(double x) {
        if (x > 1.0) {
            return 1.0;
        }
        if (x < 0.0) {
            return 0.0;
        }
        return x;
    }
}
