package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Poisson and alias-table draws the fast sampler is built on. */
class DrawTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0004, 0.3, 7.5, 29.9, 95.0})
    void poissonMeanVarianceAndZeroProbability(double mean) {
        UniformRandomProvider rng = SampleStreams.forSample(17, (int) (mean * 1000));
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        int zero = 0;
        for (int i = 0; i < n; i++) {
            int k = PoissonDraw.sample(rng, mean);
            sum += k;
            sumSq += (double) k * k;
            zero += k == 0 ? 1 : 0;
        }
        double m = sum / n;
        double var = sumSq / n - m * m;
        assertTrue(Math.abs(m - mean) < 5 * Math.sqrt(mean / n), "mean " + m);
        // Var of the sample variance of a Poisson: (μ + 2μ²)/n, to leading order.
        assertTrue(Math.abs(var - mean) < 5 * Math.sqrt((mean + 2 * mean * mean) / n) + 1e-9, "variance " + var);
        double p0 = Math.exp(-mean);
        assertTrue(Math.abs((double) zero / n - p0) < 5 * Math.sqrt(p0 * (1 - p0) / n) + 1e-9, "P(0)");
    }

    @Test
    void poissonRejectsBadMeans() {
        UniformRandomProvider rng = SampleStreams.forSample(1, 1);
        assertEquals(0, PoissonDraw.sample(rng, 0.0));
        assertThrows(IllegalArgumentException.class, () -> PoissonDraw.sample(rng, -1e-9));
        assertThrows(IllegalArgumentException.class, () -> PoissonDraw.sample(rng, Double.NaN));
    }

    @Test
    void aliasTableDrawsInProportionToWeights() {
        double[] w = {0.5, 0.0, 3.0, 1.25, 0.25, 2.0};
        AliasTable table = new AliasTable(w);
        UniformRandomProvider rng = SampleStreams.forSample(8, 0);
        int n = 300_000;
        int[] counts = new int[w.length];
        for (int i = 0; i < n; i++) {
            counts[table.sample(rng)]++;
        }
        double total = 7.0;
        for (int i = 0; i < w.length; i++) {
            double p = w[i] / total;
            assertTrue(Math.abs((double) counts[i] / n - p) <= 5 * Math.sqrt(p * (1 - p) / n),
                    "index " + i + ": " + counts[i]);
        }
        assertEquals(0, counts[1]);
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {0, 0}));
    }
}
