package org.synmap.output.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class NumpyStatsTest {

    @Test
    void smallArraysAreSummedSequentially() {
        assertEquals(6.0, NumpyStats.sum(new double[] {1, 2, 3}));
        assertEquals(2.0, NumpyStats.mean(new double[] {1, 2, 3}));
        assertEquals(Math.sqrt(1.25), NumpyStats.std(new double[] {1, 2, 3, 4}));
        // Textbook example: mean 5, population SD exactly 2.
        assertEquals(5.0, NumpyStats.mean(new double[] {2, 4, 4, 4, 5, 5, 7, 9}));
        assertEquals(2.0, NumpyStats.std(new double[] {2, 4, 4, 4, 5, 5, 7, 9}));
        assertEquals(0.0, NumpyStats.std(new double[] {200.07828340622484}));
    }

    @Test
    void emptyArrays() {
        assertEquals(0.0, NumpyStats.sum(new double[0]));
        assertTrue(Double.isNaN(NumpyStats.mean(new double[0])));
        assertTrue(Double.isNaN(NumpyStats.std(new double[0])));
    }

    /**
     * n = 9: eight accumulators start at a[0..7]; they combine as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))
     * = ((1e16+1)+2)+4 = (1e16+2)+4 = 1e16+6 (1e16+1 rounds to even, 1e16), then the tail adds 1:
     * 1e16+7 lies between 1e16+6 and 1e16+8 and rounds to the even significand, 1e16+8. A naive
     * loop loses every single 1 against 1e16.
     */
    @Test
    void eightAccumulatorsDifferFromNaiveSummation() {
        double[] a = ones(9);
        a[0] = 1e16;
        assertEquals(1e16 + 8, NumpyStats.sum(a));
        assertEquals(1e16, naive(a));
    }

    /**
     * n = 136 > 128 splits at 64: left [1e16, 63 ones] → r0 = 1e16 (its 7 ones are lost), r1..r7 = 8
     * → ((1e16+8)+16)+(16+16) = 1e16+56; right: 72 ones = 72; total 1e16+128. One block of eight
     * accumulators over all 136 would give 1e16+118, a naive loop 1e16.
     */
    @Test
    void largeArraysAreSplitInHalves() {
        double[] a = ones(136);
        a[0] = 1e16;
        assertEquals(1e16 + 128, NumpyStats.sum(a));
        assertEquals(1e16, naive(a));
        assertEquals((1e16 + 128) / 136, NumpyStats.mean(a));
    }

    /**
     * Reference values printed by numpy 2.4 ({@code repr(float(a.sum()))} etc.) for
     * {@code a[i] = ((i*7919) % 1000)/7.0 + 0.1*i}; a naive loop gives different last digits.
     */
    @Test
    void matchesNumpyOnAnArithmeticSequence() {
        double[] a = new double[1000];
        for (int i = 0; i < a.length; i++) {
            a[i] = ((i * 7919) % 1000) / 7.0 + 0.1 * i;
        }
        assertEquals(121307.14285714284, NumpyStats.sum(a));
        assertEquals(121.30714285714284, NumpyStats.mean(a));
        assertEquals(50.3293829260233, NumpyStats.std(a));
        assertEquals(121307.14285714287, naive(a));

        double[] b = Arrays.copyOf(a, 100);
        assertEquals(7502.142857142859, NumpyStats.sum(b));
        assertEquals(75.02142857142859, NumpyStats.mean(b));
        assertEquals(41.65087952620116, NumpyStats.std(b));
        assertEquals(7502.142857142858, naive(b));
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        Arrays.fill(a, 1.0);
        return a;
    }

    private static double naive(double[] a) {
        double s = 0.0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
