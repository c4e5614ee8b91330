package org.synmap.connectome.barrelcortex;

import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Box;

/**
 * The cell grid (isf-spec §1.5): the sub-grid of the cropped EXC PST lattice made of the voxels
 * whose closed box overlaps the cell's bounding box.
 */
final class CellGrid {

    private CellGrid() {
    }

    /**
     * ISF loops over every PST voxel and keeps the index range of those that overlap the cell
     * box. Overlap of boxes is a per-axis condition, so the kept set is a product of per-axis
     * index ranges; this finds each range with the same voxel-face expressions
     * ({@code o+i·s}, {@code o+(i+1)·s}) and the same closed test.
     *
     * @return the grid, all values zero, or null when no voxel overlaps the cell box
     */
    static Lattice of(Lattice excPst, Box cell) {
        int[] min = new int[3];
        int[] max = new int[3];
        for (int a = 0; a < 3; a++) {
            min[a] = -1;
            max[a] = -1;
            for (int i = 0; i < excPst.dim(a); i++) {
                double lo = excPst.voxelLower(a, i);
                double hi = excPst.voxelUpper(a, i);
                if (Math.max(lo, cell.min(a)) <= Math.min(hi, cell.max(a))) {
                    if (min[a] < 0) {
                        min[a] = i;
                    }
                    max[a] = i;
                }
            }
            if (min[a] < 0) {
                return null;
            }
        }
        // subLattice gives ISF's geometry: origin o + min·s, upper edge o + (max+1)·s.
        Lattice sub = excPst.subLattice(min, max);
        return sub.withValues(new double[sub.size()]);
    }

    /** Whether {@code inner} lies inside {@code outer} (closed). */
    static boolean contains(Box outer, Box inner) {
        for (int a = 0; a < 3; a++) {
            if (inner.min(a) < outer.min(a) || inner.max(a) > outer.max(a)) {
                return false;
            }
        }
        return true;
    }

    /** Voxel count label {@code nx x ny x nz}. */
    static String dimsLabel(Lattice grid) {
        return grid.nx() + "x" + grid.ny() + "x" + grid.nz();
    }
}
