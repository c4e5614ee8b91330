package org.synmap.density.synthetic;

import org.synmap.density.api.Lattice;

/**
 * The common lattice of the synthetic model: cubic voxels of edge {@code spacing} whose faces
 * lie on integer multiples of the spacing, over a box holding the whole cortex below the barrel
 * field plus a lateral margin. Every lattice of the model is a sub-box of it, so voxel centres
 * coincide across lattices.
 */
final class ModelGrid {
    /** Lateral margin around the outermost column axes (µm): wide axons reach this far. */
    static final double LATERAL_MARGIN = 900.0;

    private final double spacing;
    private final long[] firstFace = new long[3]; // origin = firstFace · spacing
    private final int[] dims = new int[3];

    ModelGrid(double spacing) {
        this.spacing = spacing;
        double[] lo = {BarrelField.minX() - LATERAL_MARGIN, BarrelField.minY() - LATERAL_MARGIN,
            Cortex.PIA_Z - Cortex.THICKNESS};
        double[] hi = {BarrelField.maxX() + LATERAL_MARGIN, BarrelField.maxY() + LATERAL_MARGIN, Cortex.PIA_Z};
        for (int a = 0; a < 3; a++) {
            firstFace[a] = (long) Math.floor(lo[a] / spacing);
            long lastFace = (long) Math.ceil(hi[a] / spacing);
            dims[a] = Math.toIntExact(lastFace - firstFace[a]);
        }
    }

    double spacing() {
        return spacing;
    }

    /** Voxels along {@code axis}. */
    int dim(int axis) {
        return dims[axis];
    }

    /** The lower corner of voxel 0 on {@code axis}. */
    double origin(int axis) {
        return firstFace[axis] * spacing;
    }

    /** Centre of voxel {@code i} on {@code axis}, with the same expression as {@link Lattice#voxelCenter}. */
    double centre(int axis, int i) {
        return origin(axis) + (i + 0.5) * spacing;
    }

    /**
     * The voxel index of coordinate {@code c} on {@code axis}, clamped into the grid, so that an
     * interval [lo, hi] maps to the voxels {@code index(lo) … index(hi)} that it touches inside.
     */
    int clampedIndex(int axis, double c) {
        long i = (long) Math.floor((c - origin(axis)) / spacing);
        return (int) Math.max(0, Math.min(dims[axis] - 1, i));
    }

    /**
     * A lattice on the voxels {@code first[a] … first[a]+size[a]−1} of this grid. Its faces are
     * computed as (integer) · spacing, so sub-lattices nest exactly inside the model box.
     */
    Lattice lattice(int[] first, int[] size, double[] values) {
        double[] origin = new double[3];
        double[] upper = new double[3];
        double[] spacings = {spacing, spacing, spacing};
        for (int a = 0; a < 3; a++) {
            origin[a] = (firstFace[a] + first[a]) * spacing;
            upper[a] = (firstFace[a] + first[a] + size[a]) * spacing;
        }
        return new Lattice(size, origin, spacings, origin, upper, values);
    }
}
