package org.synmap.output.report.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** The depth profile on a case computed by hand. */
class DepthProfileTest {

    /**
     * A soma at z = 10 (its points at 0 and 20) and a straight dendrite from z = 10 up to z = 130,
     * traced at 10, 70, 130: relative to the soma its segments' midpoints lie at 30 (bin 0-50) and
     * 90 (bin 50-100), each 60 µm long; the soma's segment (midpoint 0) falls in bin 0-50 too.
     * Three synapses: at z 20 and 40 (bin 0-50), 110 (bin 100-150, no length there).
     */
    @Test
    void binsLengthAndSynapsesRelativeToTheSoma() {
        Section soma = new Section(0, "soma", Structure.SOMA, -1, Double.NaN, new double[] {0, 0, 0, 0, 0, 20},
                new double[] {10, 10});
        Section dend = new Section(1, "dend", Structure.DENDRITE, 0, 0.5, new double[] {0, 0, 10, 0, 0, 70, 0, 0, 130},
                new double[] {1, 1, 1});
        Morphology m = new Morphology("two", List.of(soma, dend));
        Realization r = new Realization(0, List.of(new SynapseBlock("C2", "L5tt", List.of(
                synapseAt(30), synapseAt(50), new Synapse(1, -1, 5 / 6.0, Structure.DENDRITE, Double.NaN, Double.NaN,
                        Double.NaN, 1, 1)))));
        DepthProfile p = DepthProfile.of(m, r);
        assertEquals(List.of(25.0, 75.0, 125.0), p.centreUm());
        assertEquals(List.of(2.0, 0.0, 1.0), p.synapses());
        // bin 0-50: the soma's 20 µm and the dendrite's first 60 µm; bin 50-100: the second 60 µm
        assertEquals(List.of(80.0, 60.0, 0.0), p.lengthUm());
        assertEquals(List.of(0.025, 0.0, 0.0), p.perUm());
    }

    /** A synapse with its point known (z given): on the dendrite at absolute z. */
    private static Synapse synapseAt(double z) {
        return new Synapse(1, -1, (z - 10) / 120, Structure.DENDRITE, 0, 0, z, 0, 0);
    }
}
