package org.synmap.test.support;

import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;

/**
 * A hand-made embedding: a soma, a bent basal dendrite and an apical dendrite; two populations
 * (L5tt of C2: 5 cells, excitatory; L1 of C2: 3 cells, inhibitory) and six synapses whose
 * positions are computed by hand.
 */
public final class SmallEmbedding {
    private SmallEmbedding() {
    }

    public static Morphology morphology() {
        return new Morphology("cell.hoc", List.of(
                new Section(0, "soma", Structure.SOMA, -1, Double.NaN, new double[] {0, -5, 0, 0, 5, 0},
                        new double[] {10, 10}),
                // 0→(0,20,0) is 15, then →(30,60,0) is 50: length 65
                new Section(1, "dend_1", Structure.DENDRITE, 0, 1.0, new double[] {0, 5, 0, 0, 20, 0, 30, 60, 0},
                        new double[] {2, 2, 1}),
                new Section(2, "apical_1", Structure.APICAL_DENDRITE, 0, 0.0, new double[] {0, -5, 0, 0, -105, 0},
                        new double[] {3, 2})));
    }

    private static Synapse at(Morphology m, int section, int point, int rank, int cell) {
        Section s = m.section(section);
        return new Synapse(section, point, s.relPt(point), s.structure(), s.x(point), s.y(point), s.z(point), rank, cell);
    }

    public static EmbeddingResult result() {
        Morphology m = morphology();
        List<Population> populations = List.of(new Population("L5tt", "C2", 5, true),
                new Population("L1", "C2", 3, false));
        Realization r = new Realization(0, List.of(
                new SynapseBlock("C2", "L5tt", List.of(at(m, 1, 2, 0, 4), at(m, 1, 1, 1, 2), at(m, 2, 1, 1, 2),
                        at(m, 0, 0, 2, 0))),
                new SynapseBlock("C2", "L1", List.of(at(m, 2, 0, 0, 1), at(m, 1, 0, 0, 1)))));
        return new EmbeddingResult(m, "L5tt", "barrel-cortex", populations, r, List.of(), "20261203-0700_1",
                Map.of("seed", 7));
    }
}
