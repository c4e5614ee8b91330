package org.synmap.output.summary;

import java.util.Arrays;

import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/**
 * Counts and path lengths of one (area, type), or of one type summed over areas
 * (isf-spec §1.12). Structures are indexed by {@link Structure#ordinal()}.
 */
final class Tally {
    private static final int STRUCTURES = Structure.values().length;

    private int synapses;
    private int connected;
    private int presynapticCells;
    private final int[] structureSynapses = new int[STRUCTURES];
    private final int[] structureConnected = new int[STRUCTURES];
    private final PathList all = new PathList();
    private final PathList apical = new PathList();
    private final PathList basal = new PathList();

    /** An empty tally (no synapses) of a pair with {@code presynapticCells} presynaptic cells. */
    Tally(int presynapticCells) {
        this.presynapticCells = presynapticCells;
    }

    /**
     * The tally of one block. A presynaptic cell counts as connected to a structure when at least
     * one of its synapses lies on it (§1.11); cell ranks never decrease within a block, so
     * comparing with the last rank counted per structure finds the distinct cells.
     */
    static Tally of(SynapseBlock block, Morphology morphology, int presynapticCells) {
        Tally t = new Tally(presynapticCells);
        int[] lastRank = new int[STRUCTURES];
        Arrays.fill(lastRank, -1);
        for (int i = 0; i < block.size(); i++) {
            Synapse s = block.synapses().get(i);
            if (s.sectionId() < 0 || s.sectionId() >= morphology.sections().size()) {
                throw new IllegalArgumentException(block.label() + ": synapse " + i + " lies on section "
                        + s.sectionId() + ", but " + morphology.name() + " has sections 0.."
                        + (morphology.sections().size() - 1));
            }
            Structure structure = s.structure() != null ? s.structure()
                    : morphology.section(s.sectionId()).structure();
            double path = morphology.pathLengthToSoma(s.sectionId(), s.x());
            int k = structure.ordinal();
            t.structureSynapses[k]++;
            if (s.cellRank() != lastRank[k]) {
                t.structureConnected[k]++;
                lastRank[k] = s.cellRank();
            }
            t.all.add(path);
            if (structure == Structure.APICAL_DENDRITE) {
                t.apical.add(path);
            } else if (structure == Structure.DENDRITE) {
                t.basal.add(path);
            }
        }
        t.synapses = block.size();
        t.connected = block.connectedCells();
        if (t.synapses > 0 && presynapticCells <= 0) {
            throw new IllegalArgumentException(block.label() + ": " + t.synapses
                    + " synapses but " + presynapticCells + " presynaptic cells");
        }
        return t;
    }

    /** Adds another tally: sums of counts, path lists concatenated after this one's. */
    void add(Tally o) {
        synapses += o.synapses;
        connected += o.connected;
        presynapticCells += o.presynapticCells;
        for (int k = 0; k < STRUCTURES; k++) {
            structureSynapses[k] += o.structureSynapses[k];
            structureConnected[k] += o.structureConnected[k];
        }
        all.addAll(o.all);
        apical.addAll(o.apical);
        basal.addAll(o.basal);
    }

    /** The summary row; {@code column} is null for a per-type row. */
    SummaryRow toRow(String column, String type) {
        int a = Structure.APICAL_DENDRITE.ordinal();
        int b = Structure.DENDRITE.ordinal();
        int s = Structure.SOMA.ordinal();
        return new SummaryRow(column, type,
                synapses, all.mean(), all.std(), connected, presynapticCells, convergence(connected),
                structureSynapses[a], apical.mean(), apical.std(), structureConnected[a],
                convergence(structureConnected[a]),
                structureSynapses[b], basal.mean(), basal.std(), structureConnected[b],
                convergence(structureConnected[b]),
                structureSynapses[s], structureConnected[s], convergence(structureConnected[s]));
    }

    /**
     * connected / nPre. A pair without synapses gets ISF's placeholder 0.0 without dividing, so
     * a model may have pairs with no presynaptic cells (ISF would divide by zero only when summing
     * a type with none at all).
     */
    private double convergence(int connectedCells) {
        return synapses == 0 ? 0.0 : (double) connectedCells / presynapticCells;
    }
}
