package org.synmap.connectome.barrelcortex;

import java.io.IOException;
import java.util.Arrays;

import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.Lattice;

/**
 * Turns one bouton lattice into a {@link SparseDensity} for one presynaptic class (isf-spec
 * §1.8): {@code λ = (b · cellPST_S) / normPST} at each grid voxel centre, where b and normPST
 * are ISF's {@code get_scalar} values (absent within 10⁻⁶ µm of a face or outside), and λ stays
 * 0 unless both are present and normPST > 0.
 *
 * <p>Only the voxel centres of the grid are ever sampled, so the kernel precomputes the
 * (structure, voxel) targets where λ can be non-zero — cellPST ≠ 0 and normPST present and
 * positive — with their cellPST and normPST. Per lattice, the bouton index of each grid centre
 * is found per axis (lookups are separable), which makes the cost O(grid dims + targets).
 * Immutable and thread-safe.
 */
final class DensityKernel {
    private final Lattice grid;
    private final int[] keys;
    private final int[] voxelI;
    private final int[] voxelJ;
    private final int[] voxelK;
    private final double[] cellPst;
    private final double[] normPst;
    private final boolean[] hasCandidates;

    /**
     * @param grid       the cell grid
     * @param cellPst    per structure, per voxel: the cell PST of this class (§1.7)
     * @param norm       the cropped normalization PST lattice of this class
     * @param candidates the candidate map, to tell kept voxels from lost ones (quirk Q4)
     */
    DensityKernel(Lattice grid, double[][] cellPst, Lattice norm, CandidateMap candidates) {
        this.grid = grid;
        int voxels = grid.size();
        int max = cellPst.length * voxels;
        int[] k = new int[max];
        int[] vi = new int[max];
        int[] vj = new int[max];
        int[] vk = new int[max];
        double[] pst = new double[max];
        double[] nrm = new double[max];
        boolean[] cand = new boolean[max];
        int n = 0;
        for (int s = 0; s < cellPst.length; s++) {
            for (int i = 0; i < grid.nx(); i++) {
                for (int j = 0; j < grid.ny(); j++) {
                    for (int z = 0; z < grid.nz(); z++) {
                        int v = grid.index(i, j, z);
                        double normValue = norm.valueAt(grid.voxelCenter(0, i), grid.voxelCenter(1, j),
                                grid.voxelCenter(2, z));
                        // NaN (absent) fails "> 0" as it should.
                        if (cellPst[s][v] == 0.0 || !(normValue > 0)) {
                            continue;
                        }
                        k[n] = candidates.key(s, v);
                        vi[n] = i;
                        vj[n] = j;
                        vk[n] = z;
                        pst[n] = cellPst[s][v];
                        nrm[n] = normValue;
                        cand[n] = candidates.count(k[n]) > 0;
                        n++;
                    }
                }
            }
        }
        this.keys = Arrays.copyOf(k, n);
        this.voxelI = Arrays.copyOf(vi, n);
        this.voxelJ = Arrays.copyOf(vj, n);
        this.voxelK = Arrays.copyOf(vk, n);
        this.cellPst = Arrays.copyOf(pst, n);
        this.normPst = Arrays.copyOf(nrm, n);
        this.hasCandidates = Arrays.copyOf(cand, n);
    }

    /**
     * The density of one bouton lattice: loads it, crops it to its non-zero region (ISF's
     * {@code resize_mesh}), tests its box against the grid's, samples the grid centres, and keeps
     * only the sparse result; the lattice itself is dropped on return.
     *
     * @param origin the lattice's (area, type) as {@code area/type}: its name is unique only there
     * @throws IllegalArgumentException when a density value is negative or not finite
     */
    SparseDensity apply(BoutonLattice handle, String origin) throws IOException {
        Lattice cropped = handle.load().cropToNonZero();
        if (cropped == null) {
            return SparseDensity.empty(handle.name(), SparseDensity.Kind.ALL_ZERO);
        }
        if (!cropped.overlaps(grid)) {
            return SparseDensity.empty(handle.name(), SparseDensity.Kind.NO_OVERLAP);
        }
        int[][] index = new int[3][];
        for (int a = 0; a < 3; a++) {
            index[a] = axisIndex(cropped, a);
        }
        int[] outKeys = new int[keys.length];
        double[] outLambda = new double[keys.length];
        int n = 0;
        double lost = 0.0;
        for (int t = 0; t < keys.length; t++) {
            int bi = index[0][voxelI[t]];
            int bj = index[1][voxelJ[t]];
            int bk = index[2][voxelK[t]];
            if (bi < 0 || bj < 0 || bk < 0) {
                continue;
            }
            double lambda = (cropped.get(bi, bj, bk) * cellPst[t]) / normPst[t];
            if (lambda == 0.0) {
                continue;
            }
            if (!(lambda > 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("bouton lattice " + origin + "/" + handle.name() + " gives synapse density "
                        + lambda + " at grid voxel (" + voxelI[t] + "," + voxelJ[t] + "," + voxelK[t]
                        + "); bouton values must be finite and non-negative");
            }
            if (hasCandidates[t]) {
                outKeys[n] = keys[t];
                outLambda[n] = lambda;
                n++;
            } else {
                lost += lambda;
            }
        }
        return new SparseDensity(handle.name(), SparseDensity.Kind.OVERLAPPING, Arrays.copyOf(outKeys, n),
                Arrays.copyOf(outLambda, n), lost);
    }

    /**
     * For each grid index on {@code axis}, the bouton lattice's index of the grid's voxel centre,
     * or -1 where {@code get_scalar} would find nothing: the same per-axis tests as
     * {@link Lattice#valueAt}.
     */
    private int[] axisIndex(Lattice bouton, int axis) {
        int[] out = new int[grid.dim(axis)];
        for (int g = 0; g < out.length; g++) {
            double c = grid.voxelCenter(axis, g);
            int i = bouton.insideWithMargin(axis, c) ? bouton.meshIndex(axis, c) : -1;
            out[g] = i >= 0 && i < bouton.dim(axis) ? i : -1;
        }
        return out;
    }
}
