package org.synmap.density.synthetic;

/**
 * The SplitMix64 generator (Steele, Lea, Flood 2014), written out here so that generated models
 * are bit-identical on every JVM: {@link java.util.SplittableRandom} does not promise its
 * algorithm across releases.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** A seed derived from several keys, so that each (seed, column, type, lattice) gets its own stream. */
    static long seedOf(long... keys) {
        long h = 0x243F6A8885A308D3L;
        for (long k : keys) {
            h = mix(h ^ mix(k + GOLDEN_GAMMA));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1), 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** A standard normal deviate (Box–Muller with StrictMath, so it is reproducible everywhere). */
    double gaussian() {
        double u = 1.0 - nextDouble(); // in (0, 1], keeps log finite
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
    }
}
