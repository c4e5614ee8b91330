package org.synmap.density.synthetic;

import java.util.List;

import org.synmap.density.api.CellClass;

/**
 * A presynaptic cell type of the synthetic model and the mean shape of its single-axon bouton
 * density: a laminar profile (a sum of Gaussians in depth) times a Gaussian lateral profile
 * around the presynaptic column, wider along the rows (x) than across them (y) for types whose
 * axons cross columns. The density integrates to {@code boutonsPerAxon} over all space.
 *
 * @param name           ISF's type name
 * @param cellClass      ISF's EXC/INH class (isf-spec §1.1)
 * @param totalCells     cells of this type in all 24 columns (isf-spec §2.4)
 * @param peaks          laminar components
 * @param sigmaAlongRow  lateral standard deviation along x (µm)
 * @param sigmaAcrossRow lateral standard deviation along y (µm)
 * @param boutonsPerAxon boutons of one mean axon; calibrated (see {@link PresynapticTypes})
 */
record PresynapticType(String name, CellClass cellClass, int totalCells, List<LaminarPeak> peaks,
        double sigmaAlongRow, double sigmaAcrossRow, double boutonsPerAxon) {

    /** Axon lattices end where a component falls below exp(−2.5²/2) ≈ 4 % of its peak. */
    static final double TRUNCATION_SIGMAS = 2.5;

    private static final double SQRT_2PI = StrictMath.sqrt(2.0 * Math.PI);

    PresynapticType {
        peaks = List.copyOf(peaks);
    }

    /**
     * The laminar profile at a depth, per µm of depth (it integrates to 1 over all depths), with
     * every component moved down by {@code shift} µm.
     */
    double laminarDensity(double depth, double shift) {
        double sum = 0.0;
        double norm = 0.0;
        for (LaminarPeak p : peaks) {
            double u = (depth - p.depth() - shift) / p.sigma();
            sum += p.weight() * StrictMath.exp(-0.5 * u * u);
            norm += p.weight() * SQRT_2PI * p.sigma();
        }
        return sum / norm;
    }

    /** The shallowest depth of the truncated laminar profile, moved by {@code shift}. */
    double laminarTop(double shift) {
        double top = Double.POSITIVE_INFINITY;
        for (LaminarPeak p : peaks) {
            top = Math.min(top, p.depth() + shift - TRUNCATION_SIGMAS * p.sigma());
        }
        return top;
    }

    /** The deepest depth of the truncated laminar profile, moved by {@code shift}. */
    double laminarBottom(double shift) {
        double bottom = Double.NEGATIVE_INFINITY;
        for (LaminarPeak p : peaks) {
            bottom = Math.max(bottom, p.depth() + shift + TRUNCATION_SIGMAS * p.sigma());
        }
        return bottom;
    }

    /** The normal density with mean {@code centre} and standard deviation {@code sigma} at {@code x} (per µm). */
    static double gaussian(double x, double centre, double sigma) {
        double u = (x - centre) / sigma;
        return StrictMath.exp(-0.5 * u * u) / (SQRT_2PI * sigma);
    }
}
