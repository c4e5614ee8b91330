package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.density.api.CellClass;
import org.synmap.morphology.api.Structure;

/**
 * The fast sampler against the analytic expectation of ISF's loop on {@link SyntheticFixture}:
 * per (area, type), {@code E[synapses] = Σ_d (N/nD) Σ_v λ_{d,v}} over voxels with traced points,
 * with bounds from the variance of the Poisson mixture. The bounds are checked to reject a
 * wrong expectation too, so the test has the power to catch a wrong sampler.
 */
class ExpectationTest {
    private static final int SAMPLES = 4000;
    private static final long SEED = 20240611L;
    private static PreparedEmbedding embedding;
    private static Realization[] realizations;

    @BeforeAll
    static void draw() throws IOException {
        embedding = SyntheticFixture.embedding();
        realizations = new Realization[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            realizations[s] = embedding.realize(SEED, s);
        }
    }

    @Test
    void precomputedExpectationMatchesTheHandComputation() {
        List<Population> pops = embedding.data().populations();
        assertEquals(SyntheticFixture.PAIRS.size(), pops.size());
        for (int p = 0; p < pops.size(); p++) {
            SyntheticFixture.Pair pair = SyntheticFixture.PAIRS.get(p);
            assertEquals(pair.area() + "/" + pair.type(), pops.get(p).area() + "/" + pops.get(p).type());
            assertEquals(expected(pair, false), pops.get(p).expectedSynapses(), 1e-12 * (1 + expected(pair, false)));
            for (int d = 0; d < pair.boutons().size(); d++) {
                assertEquals(SyntheticFixture.total(pair.cellClass(), pair.boutons().get(d), false),
                        pops.get(p).densities().get(d).total(), 1e-13);
            }
        }
    }

    @Test
    void meanSynapsesPerPopulationMatchesTheExpectation() {
        for (int p = 0; p < SyntheticFixture.PAIRS.size(); p++) {
            SyntheticFixture.Pair pair = SyntheticFixture.PAIRS.get(p);
            double mean = 0;
            for (Realization r : realizations) {
                mean += r.blocks().get(p).size();
            }
            mean /= SAMPLES;
            double expected = expected(pair, false);
            double bound = 5 * Math.sqrt(variance(pair) / SAMPLES);
            assertTrue(Math.abs(mean - expected) <= bound,
                    pair + ": mean " + mean + ", expected " + expected + " ± " + bound);
            if (expected > 0) {
                // The same bound rejects ISF-incompatible expectations: counting voxels without
                // traced points (Q4), or λ off by 10 %.
                if (pair.cellClass() == CellClass.EXC) {
                    assertTrue(Math.abs(mean - expected(pair, true)) > bound, pair + ": Q4 not detectable");
                }
                assertTrue(Math.abs(mean - 1.1 * expected) > bound, pair + ": 10 % error not detectable");
            }
        }
    }

    @Test
    void meanConnectedCellsMatchesTheExpectation() {
        for (int p = 0; p < SyntheticFixture.PAIRS.size(); p++) {
            SyntheticFixture.Pair pair = SyntheticFixture.PAIRS.get(p);
            double mean = 0;
            for (Realization r : realizations) {
                mean += r.blocks().get(p).connectedCells();
            }
            mean /= SAMPLES;
            double q = pConnected(pair);
            double expected = pair.cells() * q;
            assertEquals(expected, embedding.data().populations().get(p).expectedConnectedCells(), 1e-12);
            double bound = 5 * Math.sqrt(pair.cells() * q * (1 - q) / SAMPLES) + 1e-12;
            assertTrue(Math.abs(mean - expected) <= bound, pair + ": connected " + mean + " vs " + expected);
        }
    }

    @Test
    void probabilityOfNoSynapseInOneVoxelIsTheProductOverCells() {
        // Apical voxel 5 holds only the point x = 260, so its synapses are recognisable.
        SyntheticFixture.Pair pair = SyntheticFixture.PAIRS.get(2);
        double perCell = 0;
        for (IntUnaryOperator b : pair.boutons()) {
            perCell += Math.exp(-SyntheticFixture.lambda(pair.cellClass(), b, Structure.APICAL_DENDRITE, 5));
        }
        double p0 = Math.pow(perCell / pair.boutons().size(), pair.cells());
        int zero = 0;
        for (Realization r : realizations) {
            boolean any = false;
            for (Synapse s : r.blocks().get(2).synapses()) {
                any |= s.structure() == Structure.APICAL_DENDRITE && s.px() == 260.0;
            }
            zero += any ? 0 : 1;
        }
        double observed = (double) zero / SAMPLES;
        assertTrue(Math.abs(observed - p0) < 5 * Math.sqrt(p0 * (1 - p0) / SAMPLES), observed + " vs " + p0);
    }

    @Test
    void blocksFollowAreaThenTypeOrderIncludingEmptyOnes() {
        for (Realization r : realizations) {
            List<SynapseBlock> blocks = r.blocks();
            assertEquals(List.of("E_A", "I_A", "E_B", "I_B"), blocks.stream().map(SynapseBlock::label).toList());
            assertEquals(0, blocks.get(3).size());
        }
    }

    @Test
    void noSynapseLandsWhereThereIsNoDensity() {
        for (Realization r : realizations) {
            for (SynapseBlock b : r.blocks()) {
                for (Synapse s : b.synapses()) {
                    // EXC constants have no soma term; voxels 3 and 4 hold no traced point.
                    assertTrue(b.type().equals("I") || s.structure() != Structure.SOMA, "EXC synapse on soma");
                    assertTrue(s.px() <= 150 || s.px() == 260.0, "synapse at x = " + s.px());
                }
            }
        }
    }

    private static double expected(SyntheticFixture.Pair pair, boolean withLost) {
        double sum = 0;
        for (IntUnaryOperator b : pair.boutons()) {
            sum += SyntheticFixture.total(pair.cellClass(), b, withLost);
        }
        return pair.boutons().isEmpty() ? 0 : pair.cells() * sum / pair.boutons().size();
    }

    /** Var of a sum of N iid Poisson(Λ_d) mixtures: N·(E[Λ] + Var[Λ]). */
    private static double variance(SyntheticFixture.Pair pair) {
        int nD = pair.boutons().size();
        if (nD == 0) {
            return 0;
        }
        double m1 = 0;
        double m2 = 0;
        for (IntUnaryOperator b : pair.boutons()) {
            double t = SyntheticFixture.total(pair.cellClass(), b, false);
            m1 += t / nD;
            m2 += t * t / nD;
        }
        return pair.cells() * (m1 + m2 - m1 * m1);
    }

    private static double pConnected(SyntheticFixture.Pair pair) {
        int nD = pair.boutons().size();
        if (nD == 0) {
            return 0;
        }
        double unconnected = 0;
        for (IntUnaryOperator b : pair.boutons()) {
            unconnected += Math.exp(-SyntheticFixture.total(pair.cellClass(), b, false)) / nD;
        }
        return 1 - unconnected;
    }
}
