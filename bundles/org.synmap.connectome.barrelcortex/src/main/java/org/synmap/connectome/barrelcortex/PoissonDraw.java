package org.synmap.connectome.barrelcortex;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact Poisson variates for any mean. Commons RNG's small-mean sampler caps its result at
 * {@code ceil(1000·mean)} (for means below 0.001 it never returns more than 1), and its large-mean
 * sampler uses the capped sampler for the fractional part, so neither is exact for the small
 * means that dominate here. This uses the multiplication method (as numpy's legacy sampler for
 * means below 10) on chunks of mean at most {@value #CHUNK}, summed: Poisson variates add.
 * Cost ~ mean + 1 uniforms, which is within the O(synapses) per-sample budget.
 */
final class PoissonDraw {
    /** Largest mean per multiplication run; keeps {@code exp(−mean)} far from underflow. */
    static final double CHUNK = 30.0;

    private PoissonDraw() {
    }

    static int sample(UniformRandomProvider rng, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean " + mean);
        }
        if (mean == 0.0) {
            return 0;
        }
        long chunks = (long) Math.ceil(mean / CHUNK);
        double limit = Math.exp(-(mean / chunks));
        long k = 0;
        for (long c = 0; c < chunks; c++) {
            double product = rng.nextDouble();
            while (product > limit) {
                k++;
                product *= rng.nextDouble();
            }
        }
        if (k > Integer.MAX_VALUE) {
            throw new ArithmeticException("Poisson variate exceeds int range for mean " + mean);
        }
        return (int) k;
    }
}
