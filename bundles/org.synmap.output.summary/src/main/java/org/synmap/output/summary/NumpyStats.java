package org.synmap.output.summary;

/**
 * numpy's {@code sum}, {@code mean} and {@code std} (ddof 0) on float64 arrays, bit for bit
 * (isf-spec §1.17). numpy does not add sequentially: it uses a pairwise summation with eight
 * accumulators, so a naive Java loop differs in the last bits, which ISF's 17-digit summary
 * text would show.
 */
public final class NumpyStats {

    /** numpy's {@code PW_BLOCKSIZE}: blocks up to this size use the eight-accumulator loop. */
    private static final int BLOCK_SIZE = 128;
    private static final int ACCUMULATORS = 8;

    private NumpyStats() {
    }

    /** {@code numpy.sum(a)}: the reduction starts at 0.0 and adds the pairwise sum of all elements. */
    public static double sum(double[] a) {
        return 0.0 + pairwise(a, 0, a.length);
    }

    /** {@code numpy.mean(a)}; NaN for an empty array (numpy warns and returns nan). */
    public static double mean(double[] a) {
        return sum(a) / a.length;
    }

    /** {@code numpy.std(a)} with ddof 0: {@code sqrt(sum((a - mean)^2) / n)}; NaN for an empty array. */
    public static double std(double[] a) {
        double m = mean(a);
        double[] squares = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - m;
            squares[i] = d * d;
        }
        return Math.sqrt(sum(squares) / a.length);
    }

    /** numpy's {@code pairwise_sum} over {@code a[from, from+n)}. */
    private static double pairwise(double[] a, int from, int n) {
        if (n < ACCUMULATORS) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK_SIZE) {
            double[] r = new double[ACCUMULATORS];
            System.arraycopy(a, from, r, 0, ACCUMULATORS);
            int i = ACCUMULATORS;
            for (; i < n - (n % ACCUMULATORS); i += ACCUMULATORS) {
                for (int j = 0; j < ACCUMULATORS; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int half = n / 2;
        half -= half % ACCUMULATORS;
        return pairwise(a, from, half) + pairwise(a, from + half, n - half);
    }
}
