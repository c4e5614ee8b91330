package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.test.support.SharedData;

/** Grid, clipped lengths and areas of ISF's example cell 86_C2_center.hoc (§1.5, §1.6, §3.1, §6.1). */
class RealMorphologyTest {
    private static Morphology cell;

    /**
     * Before each test rather than all, so that without the shared data surefire counts each test
     * as skipped (not the class as no tests); the preparation itself runs once.
     */
    @BeforeEach
    void read() throws IOException {
        Path hoc = SharedData.require("isf-data/morphologies/86_C2_center.hoc");
        if (cell == null) {
            cell = new HocReader().read(hoc);
        }
    }

    /** A 50 µm PST lattice from {@code lower} to lower + 40 voxels on every axis. */
    private static Lattice pst(double lower) {
        return Shapes.constant(new int[] {40, 40, 40}, new double[] {lower - 1000, lower - 1000, lower - 1000}, 1.0);
    }

    @Test
    void gridOfTheExampleIs14By12By25OnALatticeAlignedTo50() {
        Lattice grid = CellGrid.of(pst(0), cell.bounds());
        assertEquals("14x12x25", CellGrid.dimsLabel(grid));
        assertEquals(4200, grid.size());
        assertEquals(-400.0, grid.origin(0));
        assertEquals(100.0, grid.origin(1));
        assertEquals(-550.0, grid.origin(2));
        // Offset by 25 µm, one more voxel on x and y (§1.5, inferred by geometry).
        assertEquals("15x13x25", CellGrid.dimsLabel(CellGrid.of(pst(25), cell.bounds())));
    }

    @Test
    void clippedLengthsAndAreasEqualTheMorphologysOwn() {
        Lattice grid = CellGrid.of(pst(0), cell.bounds());
        List<Structure> order = cell.structureOrder();
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), order);
        LengthAreaDensity la = LengthAreaDensity.compute(cell, order, grid);
        assertEquals(15290.386236, la.totalClipped(), 1e-6);
        assertEquals(22.16188, la.clippedLength()[0], 5e-6);
        assertEquals(6425.986823, la.clippedLength()[1], 1e-6);
        assertEquals(8842.237532, la.clippedLength()[2], 1e-6);
        for (int s = 0; s < 3; s++) {
            assertEquals(sum(la.length()[s]), la.clippedLength()[s], 1e-9);
        }
        // likeAmira areas (radius := diameter) of §3.1; frusta split additively under clipping.
        assertEquals(2195.55, sum(la.area()[0]), 0.005);
        assertEquals(22836.43, sum(la.area()[1]), 0.005);
        assertEquals(33712.97, sum(la.area()[2]), 0.005);
    }

    @Test
    void everyPointIsACandidateOfItsOwnVoxel() {
        Lattice grid = CellGrid.of(pst(0), cell.bounds());
        List<Structure> order = cell.structureOrder();
        CandidateMap map = CandidateMap.build(cell, order, grid);
        long entries = 0;
        for (int k = 0; k < order.size() * grid.size(); k++) {
            entries += map.count(k);
        }
        // Every point is listed at least once; points on faces more often.
        assertTrue(entries >= cell.pointCount(), entries + " < " + cell.pointCount());
        // The cell's points occupy 242 of the 4,200 voxels (reference/peers.md §0).
        assertEquals(242, map.voxelsWithPoints());
        for (Section sec : cell.sections()) {
            int s = order.indexOf(sec.structure());
            for (int m = 0; m < sec.pointCount(); m += 97) {
                int v = grid.index(grid.meshIndex(0, sec.x(m)), grid.meshIndex(1, sec.y(m)),
                        grid.meshIndex(2, sec.z(m)));
                int key = map.key(s, v);
                boolean found = false;
                for (int n = 0; n < map.count(key); n++) {
                    found |= map.section(key, n) == sec.id() && map.point(key, n) == m;
                }
                assertTrue(found, "point " + m + " of section " + sec.id());
            }
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
