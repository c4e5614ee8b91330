package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** Where synapses go inside a voxel, and in which order they are listed (§1.10, §1.11). */
class PlacementTest {

    /**
     * One cell, one voxel with the two candidate points x = 10 and x = 20 and λ = 3.15: ISF takes
     * a random permutation of the two candidates and draws further ones with replacement.
     */
    @Test
    void groupsTakeDistinctCandidatesFirstThenDrawWithReplacement() throws IOException {
        Morphology cell = Shapes.cell(Shapes.alongX(0, Structure.APICAL_DENDRITE, -1, 20, 1, 10, 20));
        Lattice norm = Shapes.constant(new int[] {2, 2, 2}, new double[] {0, 0, 0}, 2.0);
        Lattice boutons = Shapes.constant(new int[] {2, 2, 2}, new double[] {0, 0, 0}, 0.375);
        TestModel model = new TestModel("P", SingleVoxelTest.EXC, SingleVoxelTest.INH, norm, norm).area("C2")
                .type("L5tt", CellClass.EXC).population("C2", "L5tt", 1, boutons);
        PreparedEmbedding e = SingleVoxelTest.prepare(cell, model);
        double lambda = (0.375 * (1.68 * 10.0)) / 2.0;
        assertEquals(lambda, e.data().populations().get(0).expectedSynapses(), 1e-15);
        Section section = cell.section(0);
        int samples = 20_000;
        int firstIsPoint0 = 0;
        int extra = 0;
        int extraPoint0 = 0;
        long total = 0;
        int zero = 0;
        for (int s = 0; s < samples; s++) {
            List<Synapse> syn = e.realize(3, s).blocks().get(0).synapses();
            total += syn.size();
            zero += syn.isEmpty() ? 1 : 0;
            for (int i = 0; i < syn.size(); i++) {
                Synapse x = syn.get(i);
                assertEquals(0, x.sectionId());
                assertEquals(section.relPt(x.pointIndex()), x.x());
                assertEquals(section.x(x.pointIndex()), x.px());
                assertEquals(20.0, x.py());
                assertEquals(Structure.APICAL_DENDRITE, x.structure());
                assertEquals(0, x.cellRank());
                if (i >= 2) {
                    extra++;
                    extraPoint0 += x.pointIndex() == 0 ? 1 : 0;
                }
            }
            if (syn.size() >= 2) {
                assertNotEquals(syn.get(0).pointIndex(), syn.get(1).pointIndex(), "first two picks must differ");
            }
            if (!syn.isEmpty()) {
                firstIsPoint0 += syn.get(0).pointIndex() == 0 ? 1 : 0;
            }
        }
        assertWithin(lambda, (double) total / samples, 5 * Math.sqrt(lambda / samples), "mean synapses");
        double p0 = Math.exp(-lambda);
        assertWithin(p0, (double) zero / samples, 5 * Math.sqrt(p0 * (1 - p0) / samples), "P(k=0)");
        int nonEmpty = samples - zero;
        assertWithin(0.5, (double) firstIsPoint0 / nonEmpty, 5 * Math.sqrt(0.25 / nonEmpty), "first pick");
        assertTrue(extra > 1000);
        assertWithin(0.5, (double) extraPoint0 / extra, 5 * Math.sqrt(0.25 / extra), "picks with replacement");
    }

    /** Within a block: ranks 0…K−1; per cell, structure order, then voxel order (faces may go either way). */
    @Test
    void synapsesAreOrderedByCellThenStructureThenVoxel() throws IOException {
        PreparedEmbedding e = SyntheticFixture.embedding();
        List<Structure> order = e.data().structures();
        int checkedGroups = 0;
        for (int s = 0; s < 300; s++) {
            Realization r = e.realize(99, s);
            for (SynapseBlock b : r.blocks()) {
                int rank = -1;
                int structure = -1;
                int voxel = -1;
                for (Synapse x : b.synapses()) {
                    if (x.cellRank() != rank) {
                        assertEquals(rank + 1, x.cellRank());
                        rank = x.cellRank();
                        structure = -1;
                        voxel = -1;
                        checkedGroups++;
                    }
                    int si = order.indexOf(x.structure());
                    assertTrue(si >= structure, "structure order");
                    if (si > structure) {
                        structure = si;
                        voxel = -1;
                    }
                    voxel = nextVoxel(x.px(), voxel);
                }
                assertEquals(rank + 1, b.connectedCells());
            }
        }
        assertTrue(checkedGroups > 1000);
    }

    /** The smallest x voxel holding {@code px} (closed) that is not below {@code current}. */
    private static int nextVoxel(double px, int current) {
        int floor = (int) Math.floor(px / 50);
        int lowest = px == 50.0 * floor ? floor - 1 : floor;
        int v = Math.max(lowest, current);
        assertTrue(v <= floor, "voxel order broken at x = " + px + " after voxel " + current);
        return v;
    }

    private static void assertWithin(double expected, double actual, double bound, String what) {
        assertTrue(Math.abs(actual - expected) <= bound, what + ": " + actual + " vs " + expected + " ± " + bound);
    }
}
