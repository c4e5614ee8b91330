package org.synmap.density.synthetic;

import java.util.List;

import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;

/**
 * The normalization PST lattices: per class, the postsynaptic-target density of all cells in
 * each voxel (the denominator of isf-spec §1.8).
 *
 * <p>The synthetic model is made self-consistent: a voxel's targets are its mean boutons of that
 * class (all columns and types, full cell counts, mean axons, untruncated so that every voxel of
 * the model box is positive) divided by {@link #synapsesPerTarget}. A postsynaptic cell then
 * receives on average {@code synapsesPerTarget × cellPST} synapses of a class wherever it is,
 * split over the types in proportion to their local bouton shares. The two constants are the
 * ratios in ISF's example embedding of {@code 86_C2_center.hoc} (isf-spec §3.1–§3.2, §2.5):
 * 22,550 EXC synapses over 21,538 EXC targets (1.68 / µm apical, 1.04 / µm basal) and 2,230
 * INH synapses over 1,762 INH targets (0.03 / µm² of ISF-convention area).
 *
 * <p>The lattices do not depend on the seed, the scale or the number of lattices per pair.
 */
final class NormalizationPst {

    private NormalizationPst() {
    }

    /** Synapses per postsynaptic target of a class (see the class comment). */
    static double synapsesPerTarget(CellClass cellClass) {
        return cellClass == CellClass.EXC ? 1.05 : 1.27;
    }

    /** The normalization PST of {@code cellClass} on the whole model grid, from full cell counts. */
    static Lattice build(ModelGrid grid, CellClass cellClass, CellCounts fullCounts) {
        int nx = grid.dim(0);
        int ny = grid.dim(1);
        int nz = grid.dim(2);
        double volume = grid.spacing() * grid.spacing() * grid.spacing();
        double[] values = new double[nx * ny * nz];
        List<Column> columns = BarrelField.columns();
        List<PresynapticType> types = PresynapticTypes.ALL;
        for (int t = 0; t < types.size(); t++) {
            PresynapticType type = types.get(t);
            if (type.cellClass() != cellClass) {
                continue;
            }
            // Separable per axon: sum the lateral (x, y) part over columns first, then spread it over z.
            double[] lateral = new double[nx * ny];
            double[] fz = null;
            for (int c = 0; c < columns.size(); c++) {
                AxonProfile axon = AxonProfile.mean(type, columns.get(c));
                double[] fx = axon.xFactors(grid);
                double[] fy = axon.yFactors(grid);
                fz = axon.zFactors(grid);
                double boutons = fullCounts.count(c, t) * axon.boutons() * volume;
                for (int i = 0; i < nx; i++) {
                    double bx = boutons * fx[i];
                    for (int j = 0; j < ny; j++) {
                        lateral[i * ny + j] += bx * fy[j];
                    }
                }
            }
            for (int ij = 0; ij < nx * ny; ij++) {
                int base = ij * nz;
                for (int k = 0; k < nz; k++) {
                    values[base + k] += lateral[ij] * fz[k];
                }
            }
        }
        double perTarget = synapsesPerTarget(cellClass);
        for (int v = 0; v < values.length; v++) {
            values[v] = TextExactValues.round(values[v] / perTarget);
        }
        return grid.lattice(new int[] {0, 0, 0}, new int[] {nx, ny, nz}, values);
    }
}
