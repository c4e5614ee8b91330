package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Box;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** Cell grid, length/area clipping and candidate map on hand-computed cases (§1.5, §1.6, §1.9). */
class GeometryTest {
    /** 50 µm voxels with faces at multiples of 50 µm, from −100 to 300 µm on every axis. */
    private static final Lattice PST = Shapes.constant(new int[] {8, 8, 8}, new double[] {-100, -100, -100}, 1.0);

    @Test
    void gridIsTheSubGridOfVoxelsOverlappingTheCellBox() {
        Lattice grid = CellGrid.of(PST, new Box(10, 70, 25, 25, 25, 25));
        assertArrayEquals(new int[] {2, 1, 1}, new int[] {grid.nx(), grid.ny(), grid.nz()});
        assertEquals(0.0, grid.origin(0));
        assertEquals(100.0, grid.upperEdge(0));
        // Touching counts: a box ending on the face x = 50 still takes the voxel above it.
        assertEquals(2, CellGrid.of(PST, new Box(10, 50, 25, 25, 25, 25)).nx());
        // A box ending at the lattice's lower face keeps just the first voxel.
        assertEquals(1, CellGrid.of(PST, new Box(-150, -100, 25, 25, 25, 25)).nx());
        assertNull(CellGrid.of(PST, new Box(301, 400, 25, 25, 25, 25)));
    }

    @Test
    void segmentCrossingTwoVoxelsSplitsLengthAndAreaExactly() {
        // Diameters 2 and 5 are used as radii (likeAmira, Q1); at x = 50 the radius is 2 + (40/60)·3 = 4.
        Morphology cell = Shapes.cell(new Section(0, "dend", Structure.DENDRITE, -1,
                Double.NaN, new double[] {10, 25, 25, 70, 25, 25}, new double[] {2, 5}));
        Lattice grid = CellGrid.of(PST, cell.bounds());
        LengthAreaDensity la = LengthAreaDensity.compute(cell, cell.structureOrder(), grid);
        assertEquals(40.0, la.length()[0][0], 1e-12);
        assertEquals(20.0, la.length()[0][1], 1e-12);
        assertEquals(Math.PI * (2 + 4) * Math.sqrt(40 * 40 + 2 * 2), la.area()[0][0], 1e-9);
        assertEquals(Math.PI * (4 + 5) * Math.sqrt(20 * 20 + 1 * 1), la.area()[0][1], 1e-9);
        assertEquals(60.0, la.totalClipped(), 1e-12);
    }

    @Test
    void segmentEndingOnAFaceAddsExactlyZeroToTheNeighbour() {
        Morphology cell = Shapes.cell(Shapes.alongX(0, Structure.DENDRITE, -1, 25, 1, 10, 50));
        Lattice grid = CellGrid.of(PST, cell.bounds());
        assertEquals(2, grid.nx());
        LengthAreaDensity la = LengthAreaDensity.compute(cell, cell.structureOrder(), grid);
        assertEquals(40.0, la.length()[0][0]);
        assertEquals(0.0, la.length()[0][1]);
        assertEquals(0.0, la.area()[0][1]);
    }

    @Test
    void segmentInsideOneVoxelIsAddedWhole() {
        Morphology cell = Shapes.cell(Shapes.alongX(0, Structure.APICAL_DENDRITE, -1, 25, 3, 60, 63, 67));
        Lattice grid = CellGrid.of(PST, cell.bounds());
        LengthAreaDensity la = LengthAreaDensity.compute(cell, cell.structureOrder(), grid);
        assertEquals(7.0, la.length()[0][0]);
        // Constant radius 3 (the diameter): π·(3+3)·h per segment.
        assertEquals(Math.PI * 6 * 3 + Math.PI * 6 * 4, la.area()[0][0], 1e-12);
    }

    @Test
    void pointOnAFaceIsACandidateOfBothVoxels() {
        Morphology cell = Shapes.cell(Shapes.alongX(0, Structure.DENDRITE, -1, 25, 1, 10, 50, 70));
        List<Structure> order = cell.structureOrder();
        Lattice grid = CellGrid.of(PST, cell.bounds());
        CandidateMap map = CandidateMap.build(cell, order, grid);
        assertEquals(List.of("0:0", "0:1"), candidates(map, map.key(0, 0)));
        assertEquals(List.of("0:1", "0:2"), candidates(map, map.key(0, 1)));
        assertEquals(2, map.maxCount());
        assertEquals(2, map.voxelsWithPoints());
    }

    @Test
    void candidatesAreOrderedBySectionThenPointAndSplitByStructure() {
        Morphology cell = Shapes.cell(
                Shapes.alongX(0, Structure.SOMA, -1, 25, 4, 20, 30),
                Shapes.alongX(1, Structure.DENDRITE, 0, 25, 1, 30, 40, 45),
                Shapes.alongX(2, Structure.APICAL_DENDRITE, 0, 25, 1, 30, 60),
                Shapes.alongX(3, Structure.DENDRITE, 0, 25, 1, 30, 35));
        Lattice grid = CellGrid.of(PST, cell.bounds());
        CandidateMap map = CandidateMap.build(cell, cell.structureOrder(), grid);
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), cell.structureOrder());
        assertEquals(List.of("0:0", "0:1"), candidates(map, map.key(0, 0)));
        assertEquals(List.of("1:0", "1:1", "1:2", "3:0", "3:1"), candidates(map, map.key(1, 0)));
        assertEquals(List.of("2:0"), candidates(map, map.key(2, 0)));
        assertEquals(List.of("2:1"), candidates(map, map.key(2, 1)));
    }

    private static List<String> candidates(CandidateMap map, int key) {
        String[] out = new String[map.count(key)];
        for (int n = 0; n < out.length; n++) {
            out[n] = map.section(key, n) + ":" + map.point(key, n);
        }
        return List.of(out);
    }
}
