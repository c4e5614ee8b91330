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
 * positions are computed by hand; and a variant whose synapses lie between traced points, on a
 * dendrite with a repeated point (a segment of length 0), as models that place synapses by arc
 * length (rules) make them.
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

    /**
     * The cell of {@link #interior}: as {@link #morphology()}, but the basal dendrite repeats its
     * bend point, (0,5,0) → (0,20,0) → (0,20,0) → (30,60,0): segments of 15, 0 and 50 µm.
     */
    public static Morphology interiorMorphology() {
        return new Morphology("cell.hoc", List.of(
                new Section(0, "soma", Structure.SOMA, -1, Double.NaN, new double[] {0, -5, 0, 0, 5, 0},
                        new double[] {10, 10}),
                new Section(1, "dend_1", Structure.DENDRITE, 0, 1.0,
                        new double[] {0, 5, 0, 0, 20, 0, 0, 20, 0, 30, 60, 0}, new double[] {2, 2, 2, 1}),
                new Section(2, "apical_1", Structure.APICAL_DENDRITE, 0, 0.0, new double[] {0, -5, 0, 0, -105, 0},
                        new double[] {3, 2})));
    }

    /**
     * Six synapses at arc-length positions, with their points computed by hand (or NaN, unknown,
     * without {@code withPoints}, as in results read back from files):
     * <pre>
     * L5tt (5 cells, exc): dend_1 x=0.1 → (0, 11.5, 0) and x=0.5 → 17.5 µm into the 50 µm segment,
     *                      (10.5, 34, 0), both from cell 3; apical x=0.25 → (0, -30, 0) from cell 0
     * L1 (3 cells, inh):   soma x=0.5 → (0, 0, 0) and dend_1 x=15/65 → the repeated point (0, 20, 0),
     *                      both from cell 2; dend_1 x=0.9 → (26.1, 54.8, 0) from cell 0
     * </pre>
     * Presynaptic node order (L5tt cells 0–4, then L1 cells 5–7) sorts them: apical (node 0),
     * the two dend_1 synapses (node 3), dend_1 x=0.9 (node 5), soma and the repeated point (node 7).
     */
    public static EmbeddingResult interior(boolean withPoints) {
        Morphology m = interiorMorphology();
        List<Population> populations = List.of(new Population("L5tt", "C2", 5, true),
                new Population("L1", "C2", 3, false));
        Realization r = new Realization(0, List.of(
                new SynapseBlock("C2", "L5tt", List.of(
                        between(m, 1, 0.1, new double[] {0, 11.5, 0}, 0, 3, withPoints),
                        between(m, 1, 0.5, new double[] {10.5, 34, 0}, 0, 3, withPoints),
                        between(m, 2, 0.25, new double[] {0, -30, 0}, 1, 0, withPoints))),
                new SynapseBlock("C2", "L1", List.of(
                        between(m, 0, 0.5, new double[] {0, 0, 0}, 0, 2, withPoints),
                        between(m, 1, 15.0 / 65.0, new double[] {0, 20, 0}, 0, 2, withPoints),
                        between(m, 1, 0.9, new double[] {26.1, 54.8, 0}, 1, 0, withPoints)))));
        return new EmbeddingResult(m, "L5tt", "barrel-cortex", populations, r, List.of(), "20261203-0700_1",
                Map.of("seed", 7));
    }

    private static Synapse between(Morphology m, int section, double x, double[] p, int rank, int cell,
            boolean withPoints) {
        Section s = m.section(section);
        return withPoints ? new Synapse(section, -1, x, s.structure(), p[0], p[1], p[2], rank, cell)
                : new Synapse(section, -1, x, null, Double.NaN, Double.NaN, Double.NaN, rank, cell);
    }
}
