package org.synmap.random.numpy;

/**
 * numpy's legacy {@code RandomState} after {@code numpy.random.seed(seed)}: the same MT19937
 * stream and the same algorithms, drawing the same number of outputs per call, so a sequence
 * of calls returns exactly what the same sequence of numpy calls returned (isf-spec.md §1.16;
 * ISF's call sequence is §1.10). Covers the calls ISF makes: {@code randint}, {@code poisson},
 * {@code permutation}, plus the raw words and doubles they are built from.
 *
 * <p>Not thread-safe: one instance is one stream, consumed in call order.
 */
public final class LegacyRandomState {

    /** numpy's {@code poisson} rejects larger λ ("lam value too large"): int64 max - 10·sqrt(int64 max). */
    public static final double POISSON_LAM_MAX = Long.MAX_VALUE - Math.sqrt(Long.MAX_VALUE) * 10;

    private static final long MAX_SEED = 0xFFFF_FFFFL;

    private final Mt19937 bits;

    /**
     * The state {@code numpy.random.seed(seed)} sets: MT19937 {@code init_genrand(seed)}.
     *
     * @param seed 0 ≤ seed &lt; 2^32, as numpy requires of an integer seed
     * @throws IllegalArgumentException if the seed is outside that range
     */
    public LegacyRandomState(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be in [0, 2^32): " + seed);
        }
        this.bits = new Mt19937(seed);
    }

    /**
     * The next raw MT19937 output. The 32 bits are returned as a Java {@code int}; read the
     * unsigned value numpy shows with {@link Integer#toUnsignedLong(int)}.
     */
    public int nextInt32() {
        return bits.next32();
    }

    /** {@code random_sample()}: a double in [0, 1) with 53 random bits, from two outputs. */
    public double nextDouble() {
        return bits.nextDouble();
    }

    /**
     * numpy's {@code random_interval(max)}: uniform in [0, max] by masked rejection. The mask is
     * max with every bit below its highest set bit set; outputs are masked and redrawn until
     * ≤ max. max &lt; 2^32 uses one 32-bit output per try, larger max one 64-bit word (two
     * outputs, high word first). max == 0 returns 0 and consumes nothing.
     *
     * @throws IllegalArgumentException if max &lt; 0
     */
    public long randomInterval(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0: " + max);
        }
        return maskedDraw(max);
    }

    /**
     * {@code randint(low, high)} with numpy's default int64 dtype: uniform in [low, high),
     * drawn as {@code low + randomInterval(high - 1 - low)} (the range taken as unsigned, so
     * any low &lt; high works). A single-value range consumes nothing.
     *
     * @throws IllegalArgumentException if low ≥ high (numpy: "low >= high")
     */
    public long randint(long low, long high) {
        return low + maskedDraw(rangeOf(low, high));
    }

    /**
     * {@code randint(low, high, size=size)}: {@code size} independent draws as by
     * {@link #randint(long, long)}, in order. size == 0 consumes nothing.
     *
     * @throws IllegalArgumentException if low ≥ high or size &lt; 0
     */
    public long[] randint(long low, long high, int size) {
        long range = rangeOf(low, high);
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            values[i] = low + maskedDraw(range);
        }
        return values;
    }

    /**
     * {@code permutation(n)}: 0 … n-1 shuffled by swapping position i with
     * {@code randomInterval(i)} for i = n-1 down to 1. {@code permutation(rows)} of an n-row
     * array makes the same draws and returns {@code rows[result[0]], rows[result[1]], …}.
     * n ≤ 1 consumes nothing.
     *
     * @throws IllegalArgumentException if n &lt; 0
     */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) maskedDraw(i);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return order;
    }

    /**
     * {@code poisson(lam)}: for λ &lt; 10 the multiplication method (k + 1 doubles for a result
     * of k), for λ ≥ 10 Hörmann's PTRS (two doubles per attempt). λ == 0 (also -0.0) returns 0
     * and consumes nothing.
     *
     * @throws IllegalArgumentException if λ is negative or NaN, or above {@link #POISSON_LAM_MAX}
     *         (numpy raises ValueError in the same cases)
     */
    public long poisson(double lam) {
        if (!(lam >= 0)) {
            throw new IllegalArgumentException("lam < 0 or lam is NaN: " + lam);
        }
        if (lam > POISSON_LAM_MAX) {
            throw new IllegalArgumentException("lam value too large: " + lam);
        }
        return LegacyPoisson.sample(bits, lam);
    }

    /** high - 1 - low, to be read as unsigned: 0 … 2^64-2 for every low &lt; high. */
    private static long rangeOf(long low, long high) {
        if (low >= high) {
            throw new IllegalArgumentException("low >= high: low=" + low + ", high=" + high);
        }
        return high - 1 - low;
    }

    /** Masked rejection in [0, range], range read as unsigned (isf-spec.md §1.16). */
    private long maskedDraw(long range) {
        if (range == 0) {
            return 0;
        }
        long mask = -1L >>> Long.numberOfLeadingZeros(range);
        long value;
        if (Long.compareUnsigned(range, 0xFFFF_FFFFL) <= 0) {
            do {
                value = bits.next32() & mask;
            } while (value > range);
        } else {
            do {
                value = bits.next64() & mask;
            } while (Long.compareUnsigned(value, range) > 0);
        }
        return value;
    }
}
