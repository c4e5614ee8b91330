package org.synmap.density.synthetic;

import org.synmap.density.api.Lattice;

/**
 * The bouton density of one axon of a type, centred on ({@code centreX}, {@code centreY}),
 * with its laminar profile moved down by {@code depthShift}. Separable in x, y and z, so a
 * lattice costs three short factor vectors and one multiplication per voxel.
 *
 * @param boutons boutons of the untruncated density (the lattice holds ~95 % of them)
 */
record AxonProfile(PresynapticType type, double centreX, double centreY, double sigmaX, double sigmaY,
        double depthShift, double boutons) {

    /** Range of the soma (axon centre) offset from the column axis, per lateral axis (µm). */
    static final double MAX_OFFSET = 100.0;
    /** Relative spread of the lateral widths. */
    static final double WIDTH_SPREAD = 0.15;
    /** Range of the laminar shift (µm). */
    static final double MAX_DEPTH_SHIFT = 30.0;
    /** Relative spread of the bouton count. */
    static final double BOUTON_SPREAD = 0.3;

    /** The mean axon of {@code type} in {@code column}: the basis of the normalization PST. */
    static AxonProfile mean(PresynapticType type, Column column) {
        return new AxonProfile(type, column.x(), column.y(), type.sigmaAlongRow(), type.sigmaAcrossRow(), 0.0,
                type.boutonsPerAxon());
    }

    /**
     * One individual axon: the mean axon with its centre, widths, laminar position and bouton count
     * varied uniformly (each factor has mean 1, each offset mean 0). Draws in a fixed order.
     */
    static AxonProfile individual(PresynapticType type, Column column, SplitMix64 rng) {
        double dx = rng.uniform(-MAX_OFFSET, MAX_OFFSET);
        double dy = rng.uniform(-MAX_OFFSET, MAX_OFFSET);
        double wx = rng.uniform(1 - WIDTH_SPREAD, 1 + WIDTH_SPREAD);
        double wy = rng.uniform(1 - WIDTH_SPREAD, 1 + WIDTH_SPREAD);
        double shift = rng.uniform(-MAX_DEPTH_SHIFT, MAX_DEPTH_SHIFT);
        double amount = rng.uniform(1 - BOUTON_SPREAD, 1 + BOUTON_SPREAD);
        return new AxonProfile(type, column.x() + dx, column.y() + dy, type.sigmaAlongRow() * wx,
                type.sigmaAcrossRow() * wy, shift, type.boutonsPerAxon() * amount);
    }

    /** Density factor along x at the centres of all grid voxels (per µm), untruncated. */
    double[] xFactors(ModelGrid grid) {
        return lateral(grid, 0, centreX, sigmaX, 0, grid.dim(0));
    }

    /** Density factor along y at the centres of all grid voxels (per µm), untruncated. */
    double[] yFactors(ModelGrid grid) {
        return lateral(grid, 1, centreY, sigmaY, 0, grid.dim(1));
    }

    /** Laminar factor at the centres of all grid voxels along z (per µm), untruncated. */
    double[] zFactors(ModelGrid grid) {
        return laminar(grid, 0, grid.dim(2));
    }

    /**
     * This axon's bouton lattice (boutons per voxel = density at the voxel centre × voxel
     * volume), truncated to ±2.5 σ laterally and to the laminar support, clipped to the model box.
     * Every voxel of it is positive, so it is already cropped to its non-zero region. Values are
     * rounded to what ISF's lattice text reproduces exactly ({@link TextExactValues}).
     */
    Lattice render(ModelGrid grid) {
        double r = PresynapticType.TRUNCATION_SIGMAS;
        int i0 = grid.clampedIndex(0, centreX - r * sigmaX);
        int i1 = grid.clampedIndex(0, centreX + r * sigmaX);
        int j0 = grid.clampedIndex(1, centreY - r * sigmaY);
        int j1 = grid.clampedIndex(1, centreY + r * sigmaY);
        double top = Math.max(0.0, type.laminarTop(depthShift));
        double bottom = Math.min(Cortex.THICKNESS, type.laminarBottom(depthShift));
        int k0 = grid.clampedIndex(2, Cortex.z(bottom));
        int k1 = grid.clampedIndex(2, Cortex.z(top));
        int nx = i1 - i0 + 1;
        int ny = j1 - j0 + 1;
        int nz = k1 - k0 + 1;
        double[] fx = lateral(grid, 0, centreX, sigmaX, i0, nx);
        double[] fy = lateral(grid, 1, centreY, sigmaY, j0, ny);
        double[] fz = laminar(grid, k0, nz);
        double s = grid.spacing();
        double perVoxel = boutons * (s * s * s);
        double[] values = new double[nx * ny * nz];
        int n = 0;
        for (int i = 0; i < nx; i++) {
            double vx = perVoxel * fx[i];
            for (int j = 0; j < ny; j++) {
                double vxy = vx * fy[j];
                for (int k = 0; k < nz; k++) {
                    values[n++] = TextExactValues.round(vxy * fz[k]);
                }
            }
        }
        return grid.lattice(new int[] {i0, j0, k0}, new int[] {nx, ny, nz}, values);
    }

    private static double[] lateral(ModelGrid grid, int axis, double centre, double sigma, int first, int count) {
        double[] f = new double[count];
        for (int i = 0; i < count; i++) {
            f[i] = PresynapticType.gaussian(grid.centre(axis, first + i), centre, sigma);
        }
        return f;
    }

    private double[] laminar(ModelGrid grid, int first, int count) {
        double[] f = new double[count];
        for (int k = 0; k < count; k++) {
            double depth = Cortex.clampDepth(Cortex.depth(grid.centre(2, first + k)));
            f[k] = type.laminarDensity(depth, depthShift);
        }
        return f;
    }
}
