package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.test.support.Sources;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;

class NormalizationPstTest {

    private static AnatomicalModel open(Map<String, String> parameters) {
        return Sources.generate(new SyntheticBarrelCortex(), parameters);
    }

    @Test
    void coversTheWholeModelBoxOnMultiplesOfTheSpacing() {
        AnatomicalModel m = open(Map.of());
        for (CellClass c : CellClass.values()) {
            Lattice n = m.normalizationPst(c);
            // x: Beta at -870 and E4 at 1120, ±900 µm margin; y: row E at -450, row A at 1110;
            // z: white matter at 740 - 2000 = -1260 up to the pia at 740; all rounded out to 50 µm.
            assertArrayEquals(new int[] {77, 68, 41}, new int[] {n.nx(), n.ny(), n.nz()});
            assertArrayEquals(new double[] {-1800, -1350, -1300}, new double[] {n.origin(0), n.origin(1), n.origin(2)});
            assertArrayEquals(new double[] {2050, 2050, 750},
                    new double[] {n.upperEdge(0), n.upperEdge(1), n.upperEdge(2)});
            for (int v = 0; v < n.size(); v++) {
                assertTrue(n.get(v) > 0, c + " voxel " + v);
            }
        }
    }

    /** The normalization is the summed mean bouton density of a class over its synapses-per-target constant. */
    @Test
    void equalsTheSummedMeanBoutonsOverSynapsesPerTarget() {
        AnatomicalModel m = open(Map.of());
        CellCounts counts = CellCounts.full();
        double s = 50.0;
        for (CellClass c : CellClass.values()) {
            Lattice n = m.normalizationPst(c);
            for (int[] ijk : List.of(new int[] {34, 34, 8}, new int[] {10, 60, 40}, new int[] {50, 20, 25})) {
                double x = n.voxelCenter(0, ijk[0]);
                double y = n.voxelCenter(1, ijk[1]);
                double depth = Cortex.clampDepth(Cortex.PIA_Z - n.voxelCenter(2, ijk[2]));
                double boutons = 0;
                for (int t = 0; t < PresynapticTypes.ALL.size(); t++) {
                    PresynapticType type = PresynapticTypes.ALL.get(t);
                    if (type.cellClass() != c) {
                        continue;
                    }
                    for (int col = 0; col < BarrelField.columns().size(); col++) {
                        Column column = BarrelField.columns().get(col);
                        boutons += counts.count(col, t) * type.boutonsPerAxon() * s * s * s
                                * PresynapticType.gaussian(x, column.x(), type.sigmaAlongRow())
                                * PresynapticType.gaussian(y, column.y(), type.sigmaAcrossRow())
                                * type.laminarDensity(depth, 0);
                    }
                }
                double expected = boutons / (c == CellClass.EXC ? 1.05 : 1.27);
                assertEquals(expected, n.get(ijk[0], ijk[1], ijk[2]), 1e-12 * expected, c + " at " + List.of(x, y, depth));
            }
        }
    }

    @Test
    void doesNotDependOnSeedScaleOrDensities() {
        Lattice reference = open(Map.of()).normalizationPst(CellClass.INH);
        assertEquals(reference, open(Map.of("seed", "9", "scale", "0.01", "densities", "1")).normalizationPst(CellClass.INH));
    }

    /** Values are per voxel: a coarser lattice holds the same targets in fewer, larger voxels. */
    @Test
    void totalTargetsBarelyDependOnTheSpacing() {
        for (CellClass c : CellClass.values()) {
            double at50 = sum(open(Map.of()).normalizationPst(c));
            double at100 = sum(open(Map.of("spacing", "100")).normalizationPst(c));
            double at25 = sum(open(Map.of("spacing", "25")).normalizationPst(c));
            assertEquals(at50, at100, 0.03 * at50, c.toString());
            assertEquals(at50, at25, 0.03 * at50, c.toString());
        }
    }

    /** In C2's L5B the summed bouton density is realistic: a few tenths of a bouton per µm³. */
    @Test
    void boutonDensityIsRealistic() {
        AnatomicalModel m = open(Map.of());
        Lattice exc = m.normalizationPst(CellClass.EXC);
        Lattice inh = m.normalizationPst(CellClass.INH);
        Column c2 = BarrelField.column("C2");
        double z = Cortex.z(1200);
        double excPerUm3 = exc.valueAt(c2.x(), c2.y(), z) * 1.05 / (50.0 * 50 * 50);
        double inhPerUm3 = inh.valueAt(c2.x(), c2.y(), z) * 1.27 / (50.0 * 50 * 50);
        assertTrue(excPerUm3 > 0.3 && excPerUm3 < 1.0, "EXC boutons per µm³: " + excPerUm3);
        assertTrue(inhPerUm3 > 0.03 && inhPerUm3 < 0.2, "INH boutons per µm³: " + inhPerUm3);
    }

    private static double sum(Lattice l) {
        double s = 0;
        for (int v = 0; v < l.size(); v++) {
            s += l.get(v);
        }
        return s;
    }
}
