package org.synmap.connectome.barrelcortex;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Walker's alias table (Vose's construction) for drawing an index with probability proportional
 * to fixed non-negative weights in O(1): one uniform column and one uniform double. Immutable.
 */
final class AliasTable {
    private final double[] probability;
    private final int[] alias;

    /** @param weights non-negative weights with a positive sum */
    AliasTable(double[] weights) {
        int n = weights.length;
        double total = 0.0;
        for (double w : weights) {
            total += w;
        }
        if (n == 0 || !(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("alias table needs weights with a positive finite sum");
        }
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int nSmall = 0;
        int nLarge = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1.0) {
                small[nSmall++] = i;
            } else {
                large[nLarge++] = i;
            }
        }
        while (nSmall > 0 && nLarge > 0) {
            int s = small[--nSmall];
            int l = large[--nLarge];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1.0;
            if (scaled[l] < 1.0) {
                small[nSmall++] = l;
            } else {
                large[nLarge++] = l;
            }
        }
        // Whatever remains holds (up to rounding) exactly one column's worth.
        while (nLarge > 0) {
            int l = large[--nLarge];
            probability[l] = 1.0;
            alias[l] = l;
        }
        while (nSmall > 0) {
            int s = small[--nSmall];
            probability[s] = 1.0;
            alias[s] = s;
        }
    }

    int sample(UniformRandomProvider rng) {
        if (probability.length == 1) {
            return 0;
        }
        int column = rng.nextInt(probability.length);
        return rng.nextDouble() < probability[column] ? column : alias[column];
    }
}
