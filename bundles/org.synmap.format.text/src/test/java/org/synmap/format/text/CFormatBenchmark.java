package org.synmap.format.text;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;

/**
 * A manual measurement of {@link CFormat} against the BigDecimal conversions it replaced (not a
 * test; nothing is asserted). Run after building:
 * {@code java -cp target/classes:target/test-classes org.synmap.format.text.CFormatBenchmark}
 */
public final class CFormatBenchmark {
    private static final int VALUES = 2_000_000;
    private static final int ROUNDS = 7;

    private CFormatBenchmark() {
    }

    public static void main(String[] args) {
        double[] boutonValues = boutonValues(new SplittableRandom(1));
        double[] coordinates = new SplittableRandom(2).doubles(VALUES, -2000, 2000).toArray();
        measure("e15, bouton values (BigDecimal)", boutonValues, ReferenceCFormat::e15);
        measure("e15, bouton values", boutonValues, CFormat::e15);
        measure("f6, coordinates (BigDecimal)", coordinates, ReferenceCFormat::f6);
        measure("f6, coordinates", coordinates, CFormat::f6);
    }

    /**
     * Log-uniform in [0.001, 30], each the double nearest to a 15–16-digit decimal as the
     * synthetic model generates them ({@code m / 10^k} with {@code m < 2^53}, one IEEE division).
     */
    private static double[] boutonValues(SplittableRandom random) {
        double[] values = new double[VALUES];
        for (int i = 0; i < VALUES; i++) {
            double v = 0.001 * Math.pow(30_000, random.nextDouble());
            int k = (int) Math.floor((52 - Math.getExponent(v)) * Math.log10(2));
            double scale = Math.pow(10, k);
            values[i] = Math.rint(v * scale) / scale;
        }
        return values;
    }

    /** Prints the median and range over the rounds, in ns per value. */
    private static void measure(String label, double[] values, DoubleFunction<String> format) {
        long checksum = 0;
        double[] nanosPerValue = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (double v : values) {
                checksum += format.apply(v).length();
            }
            nanosPerValue[round] = (double) (System.nanoTime() - start) / values.length;
        }
        Arrays.sort(nanosPerValue);
        System.out.printf("%-34s median %7.1f ns/value  (min %.1f, max %.1f; checksum %d)%n", label,
                nanosPerValue[ROUNDS / 2], nanosPerValue[0], nanosPerValue[ROUNDS - 1], checksum);
    }
}
