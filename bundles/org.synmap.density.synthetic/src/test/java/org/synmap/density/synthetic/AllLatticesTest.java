package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.test.support.Sources;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Box;

/** Every one of the 1,584 lattices of the default model. */
class AllLatticesTest {

    @Test
    void everyLatticeIsNonEmptyCroppedInsideTheModelAndOfRealisticMagnitude() throws Exception {
        AnatomicalModel model = Sources.generate(new SyntheticBarrelCortex(), Map.of());
        reportGenerationTime(model);
        Box box = model.normalizationPst(CellClass.EXC).box();
        long voxels = 0;
        int lattices = 0;
        Map<String, Double> peaks = new LinkedHashMap<>();
        for (String area : model.areas()) {
            for (String type : model.cellTypes()) {
                double meanBoutons = PresynapticTypes.byName(type).boutonsPerAxon();
                for (BoutonLattice handle : model.boutonLattices(area, type)) {
                    Lattice l = handle.load();
                    lattices++;
                    voxels += l.size();
                    Box b = l.box();
                    assertTrue(b.minX() >= box.minX() && b.maxX() <= box.maxX() && b.minY() >= box.minY()
                            && b.maxY() <= box.maxY() && b.minZ() >= box.minZ() && b.maxZ() <= box.maxZ(),
                            () -> handle + " " + b + " outside the model " + box);
                    double smallest = Double.POSITIVE_INFINITY;
                    double peak = 0;
                    double boutons = 0;
                    for (int v = 0; v < l.size(); v++) {
                        double x = l.get(v);
                        smallest = Math.min(smallest, x);
                        peak = Math.max(peak, x);
                        boutons += x;
                    }
                    // All values positive: the lattice is already cropped to its non-zero region.
                    assertTrue(smallest > 0 && peak < Double.POSITIVE_INFINITY, handle + " has values " + smallest + "…" + peak);
                    // The truncated axon holds 70–100 % of its bouton count, which varies by ±30 %.
                    double lo = 0.7 * (1 - AxonProfile.BOUTON_SPREAD) * meanBoutons;
                    double hi = (1 + AxonProfile.BOUTON_SPREAD) * meanBoutons;
                    assertTrue(boutons > lo && boutons < hi, handle + " holds " + boutons + " boutons");
                    peaks.merge(type, peak, Math::max);
                }
            }
        }
        System.out.printf("%d lattices, %,d voxels; largest boutons per voxel by type: %s%n", lattices, voxels, peaks);
        assertEquals(24 * 22 * 3, lattices);
        assertTrue(voxels > 20_000_000L && voxels < 60_000_000L, voxels + " voxels");
        // Realistic magnitude: single axons peak at a few boutons per 50 µm voxel, dense local ones at a few tens.
        for (var e : peaks.entrySet()) {
            assertTrue(e.getValue() > 0.3 && e.getValue() < 40, e.getKey() + " peaks at " + e.getValue());
        }
    }

    /** Prints how long generating all lattices takes (informational; not asserted). */
    private static void reportGenerationTime(AnatomicalModel model) throws Exception {
        long start = System.nanoTime();
        long voxels = 0;
        for (String area : model.areas()) {
            for (String type : model.cellTypes()) {
                for (BoutonLattice handle : model.boutonLattices(area, type)) {
                    voxels += handle.load().size();
                }
            }
        }
        System.out.printf("generated all bouton lattices (%,d voxels) in %.2f s on one thread%n", voxels,
                (System.nanoTime() - start) / 1e9);
    }
}
