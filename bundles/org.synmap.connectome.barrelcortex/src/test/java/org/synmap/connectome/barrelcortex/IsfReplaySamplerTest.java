package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;
import org.synmap.random.numpy.LegacyRandomState;

/**
 * The {@code isf-replay} sampler on a one-voxel model whose numpy call sequence can be written
 * down (isf-spec §1.10, §1.16), and its contract: one sequential stream, samples in order.
 */
class IsfReplaySamplerTest {
    private static final int CELLS = 6;
    /** Bouton value giving λ = 0.5 · (1.68 · 40) / 2 = 16.8 ≥ 10: numpy's PTRS branch, and k often > 9 (R4). */
    private static final double BOUTONS = 0.5;
    private static final double LAMBDA = 16.8;
    /** The apical section's points x = 5, 10, …, 45 all lie in voxel [0,50]³: 9 candidates, point n = candidate n. */
    private static final int CANDIDATES = 9;
    private static final Morphology CELL = Shapes.cell(
            Shapes.alongX(0, Structure.APICAL_DENDRITE, -1, 25, 1, Shapes.range(5, 45, 5)));

    /**
     * One population C2/L5tt of {@link #CELLS} cells choosing between two densities: index 0 the
     * one-voxel lattice, index 1 a lattice far from the cell (ISF's None: no draws).
     */
    private static PreparedEmbedding replay() throws IOException {
        int[] dims = {4, 4, 4};
        double[] corner = {-100, -100, -100};
        double[] v = new double[27];
        v[(1 * 3 + 1) * 3 + 1] = BOUTONS;
        Lattice boutons = Lattice.of(new int[] {3, 3, 3}, new double[] {-50, -50, -50}, new double[] {50, 50, 50}, v);
        Lattice farAway = Shapes.constant(new int[] {2, 2, 2}, new double[] {5000, 0, 0}, 1.0);
        TestModel model = new TestModel("P", SingleVoxelTest.EXC, SingleVoxelTest.INH,
                Shapes.constant(dims, corner, 2.0), Shapes.constant(dims, corner, 1.0))
                .area("C2").type("L5tt", CellClass.EXC).population("C2", "L5tt", CELLS, boutons, farAway);
        return (PreparedEmbedding) new BarrelCortexModel().prepare(new EmbeddingRequest(CELL, model, "P", BarrelCortexModel.parameters(Map.of(BarrelCortexModel.SAMPLER, IsfReplaySampler.NAME)), 1), ProgressListener.NONE);
    }

    /** The synapses of sample after sample, as ISF's numpy calls produce them: (cell rank, point) pairs. */
    private static List<List<int[]>> byHand(long seed, int samples) {
        LegacyRandomState numpy = new LegacyRandomState(seed);
        List<List<int[]>> out = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            List<int[]> synapses = new ArrayList<>();
            long[] ids = numpy.randint(0, 2, CELLS);
            int rank = 0;
            for (long id : ids) {
                if (id == 1) {
                    continue;
                }
                long k = numpy.poisson(LAMBDA);
                if (k == 0) {
                    continue;
                }
                int[] perm = numpy.permutation(CANDIDATES);
                for (int n = 0; n < k; n++) {
                    synapses.add(new int[] {rank, n < CANDIDATES ? perm[n] : (int) numpy.randint(0, CANDIDATES)});
                }
                rank++;
            }
            out.add(synapses);
        }
        return out;
    }

    @Test
    void samplesFollowNumpysCallSequenceInOneStreamAcrossSamples() throws IOException {
        PreparedEmbedding e = replay();
        SparseDensity d = e.data().populations().get(0).densities().get(0);
        assertEquals(1, d.size());
        assertEquals(LAMBDA, d.lambda(0), 1e-12);
        assertEquals(CANDIDATES, e.data().candidates().count(d.key(0)));
        assertEquals(0, e.data().populations().get(0).densities().get(1).size());

        List<List<int[]>> expected = byHand(7, 3);
        for (int s = 0; s < 3; s++) {
            SynapseBlock block = e.realize(7, s).blocks().get(0);
            List<int[]> want = expected.get(s);
            assertEquals(want.size(), block.size(), "sample " + s);
            for (int i = 0; i < want.size(); i++) {
                Synapse syn = block.synapses().get(i);
                assertEquals(want.get(i)[0], syn.cellRank(), "sample " + s + " synapse " + i);
                assertEquals(0, syn.sectionId());
                assertEquals(want.get(i)[1], syn.pointIndex(), "sample " + s + " synapse " + i);
                assertEquals(want.get(i)[1] / 8.0, syn.x(), 1e-15);
                assertEquals(5.0 * (want.get(i)[1] + 1), syn.px());
                assertEquals(Structure.APICAL_DENDRITE, syn.structure());
            }
        }
        // The script exercises R4 (a cell with more synapses than candidates), and the stream
        // goes on across samples (sample 1 differs from sample 0).
        assertTrue(expected.stream().anyMatch(l -> maxPerCell(l) > CANDIDATES));
        assertNotEquals(text(expected.get(0)), text(expected.get(1)));
    }

    @Test
    void sampleZeroRestartsTheStream() throws IOException {
        PreparedEmbedding e = replay();
        Realization a0 = e.realize(11, 0);
        Realization a1 = e.realize(11, 1);
        assertEquals(a0, e.realize(11, 0));
        assertEquals(a1, e.realize(11, 1));
        Realization b0 = e.realize(12, 0);
        assertNotEquals(a0, b0);
        assertEquals(b0, replay().realize(12, 0));
    }

    @Test
    void samplesOutOfOrderAreRefused() throws IOException {
        PreparedEmbedding e = replay();
        assertFalse(e.independentSamples());
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> e.realize(7, 1));
        assertEquals("sampler isf-replay replays one sequential random stream: expected sample 0, got sample 1 "
                + "of seed 7", first.getMessage());
        e.realize(7, 0);
        IllegalStateException skip = assertThrows(IllegalStateException.class, () -> e.realize(7, 2));
        assertEquals("sampler isf-replay replays one sequential random stream: expected sample 1 of seed 7 "
                + "(or sample 0 to restart), got sample 2 of seed 7", skip.getMessage());
        assertThrows(IllegalStateException.class, () -> e.realize(8, 1));
        // A refused call draws nothing: sample 1 is still the one that follows sample 0.
        Realization one = e.realize(7, 1);
        PreparedEmbedding fresh = replay();
        fresh.realize(7, 0);
        assertEquals(one, fresh.realize(7, 1));
        assertThrows(IllegalStateException.class, () -> e.realize(7, 1));
    }

    @Test
    void seedsNumpyCannotTakeAreRefused() throws IOException {
        PreparedEmbedding e = replay();
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> e.realize(-1, 0));
        assertEquals("sampler isf-replay replays numpy.random.seed(-1), which needs a seed in [0, 4294967295]",
                negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.realize(1L << 32, 0));
        assertEquals(e.realize(0xFFFF_FFFFL, 0).sampleIndex(), 0);
    }

    @Test
    void theModelOffersTheSamplerByName() throws IOException {
        PreparedEmbedding e = replay();
        assertEquals("isf-replay", e.describe().get("sampler"));
        assertTrue(new BarrelCortexModel().parameters().get(0).description().contains("isf-replay"));
    }

    private static int maxPerCell(List<int[]> synapses) {
        Map<Integer, Integer> perCell = new HashMap<>();
        synapses.forEach(p -> perCell.merge(p[0], 1, Integer::sum));
        return perCell.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static String text(List<int[]> synapses) {
        StringBuilder b = new StringBuilder();
        synapses.forEach(p -> b.append(p[0]).append('/').append(p[1]).append(' '));
        return b.toString();
    }
}
