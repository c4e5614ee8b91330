package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/** One voxel, one bouton value: λ by hand, and the Poisson law of the synapse count (§1.8, §1.10). */
class SingleVoxelTest {
    static final PstConstants EXC = new PstConstants(0, 1.68, 1.04, 0, 0, 0);
    static final PstConstants INH = new PstConstants(0, 0, 0, 0.03, 0.03, 0.03);
    private static final int CELLS = 5;
    private static final double BOUTONS = 0.01;
    private static final double NORM = 2.0;

    /** An apical section from x = 5 to 45 µm with a point every 5 µm, inside voxel [0,50]³. */
    private static final Morphology CELL = Shapes.cell(
            Shapes.alongX(0, Structure.APICAL_DENDRITE, -1, 25, 1, Shapes.range(5, 45, 5)));

    static PreparedEmbedding prepare(Morphology cell, TestModel model) throws IOException {
        return (PreparedEmbedding) new BarrelCortexModel().prepare(
                new EmbeddingRequest(cell, model, "P", BarrelCortexModel.parameters(Map.of()), 2), ProgressListener.NONE);
    }

    private static PreparedEmbedding embedding() throws IOException {
        Lattice excNorm = Shapes.constant(new int[] {4, 4, 4}, new double[] {-100, -100, -100}, NORM);
        Lattice inhNorm = Shapes.constant(new int[] {4, 4, 4}, new double[] {-100, -100, -100}, 1.0);
        // Only voxel (1,1,1) = [0,50]³ is non-zero; cropping leaves exactly that voxel.
        double[] v = new double[27];
        v[(1 * 3 + 1) * 3 + 1] = BOUTONS;
        Lattice boutons = Lattice.of(new int[] {3, 3, 3}, new double[] {-50, -50, -50}, new double[] {50, 50, 50}, v);
        TestModel model = new TestModel("P", EXC, INH, excNorm, inhNorm).area("C2").type("L5tt", CellClass.EXC)
                .population("C2", "L5tt", CELLS, boutons);
        return prepare(CELL, model);
    }

    @Test
    void lambdaIsBoutonsTimesCellPstOverNormPst() throws IOException {
        EmbeddingData data = embedding().data();
        assertEquals("1x1x1", CellGrid.dimsLabel(data.grid()));
        SparseDensity d = data.populations().get(0).densities().get(0);
        assertEquals(1, d.size());
        // cellPST = (0 + 1.68·40 µm) + 0·area, λ = (b · cellPST) / normPST.
        double lambda = (BOUTONS * ((0.0 + 1.68 * 40.0) + 0.0)) / NORM;
        assertEquals(lambda, d.lambda(0));
        assertEquals(0.336, d.lambda(0), 1e-15);
        assertEquals(CELLS * lambda, data.populations().get(0).expectedSynapses(), 1e-15);
    }

    @Test
    void synapseCountIsPoissonWithMeanCellsTimesLambda() throws IOException {
        PreparedEmbedding e = embedding();
        double mean = CELLS * e.data().populations().get(0).densities().get(0).lambda(0);
        int samples = 20_000;
        long sum = 0;
        int zero = 0;
        for (int s = 0; s < samples; s++) {
            Realization r = e.realize(11, s);
            sum += r.synapseCount();
            if (r.synapseCount() == 0) {
                zero++;
            }
        }
        double observed = (double) sum / samples;
        assertTrue(Math.abs(observed - mean) < 5 * Math.sqrt(mean / samples), "mean " + observed + " vs " + mean);
        double p0 = Math.exp(-mean);
        double observedP0 = (double) zero / samples;
        assertTrue(Math.abs(observedP0 - p0) < 5 * Math.sqrt(p0 * (1 - p0) / samples),
                "P(k=0) " + observedP0 + " vs " + p0);
    }
}
