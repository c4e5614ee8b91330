package org.synmap.random.numpy;

import java.util.function.ToLongFunction;

/**
 * A manual throughput measurement (not a test; nothing is asserted). Run after building:
 * {@code java -cp target/classes:target/test-classes org.synmap.random.numpy.ThroughputBenchmark}
 */
public final class ThroughputBenchmark {

    private static final int CALLS = 20_000_000;
    private static final int ROUNDS = 5;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) {
        measure("nextDouble()", r -> Double.doubleToRawLongBits(r.nextDouble()));
        measure("poisson(0.01)", r -> r.poisson(0.01));
        measure("poisson(0.7)", r -> r.poisson(0.7));
        measure("poisson(40)", r -> r.poisson(40.0));
        measure("randint(0, 7)", r -> r.randint(0, 7));
    }

    /** Prints the best of several rounds in ns per call and million calls per second. */
    private static void measure(String label, ToLongFunction<LegacyRandomState> call) {
        LegacyRandomState random = new LegacyRandomState(1234);
        long checksum = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                checksum += call.applyAsLong(random);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        double nanosPerCall = (double) best / CALLS;
        System.out.printf("%-16s %6.2f ns/call  %7.1f M calls/s  (checksum %d)%n",
                label, nanosPerCall, 1e3 / nanosPerCall, checksum);
    }
}
