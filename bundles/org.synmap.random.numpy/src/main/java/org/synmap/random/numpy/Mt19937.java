package org.synmap.random.numpy;

/**
 * The MT19937 Mersenne Twister as numpy's legacy {@code RandomState} drives it: seeded by
 * Matsumoto and Nishimura's {@code init_genrand}, producing tempered 32-bit words, 64-bit
 * words (high word drawn first) and 53-bit doubles (isf-spec.md §1.16).
 */
final class Mt19937 {

    private static final int STATE_WORDS = 624;
    private static final int TWIST_OFFSET = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_BIT = 0x80000000;
    private static final int LOWER_BITS = 0x7fffffff;
    private static final int SEED_MULTIPLIER = 1812433253;

    /** 2^26: scales the 27 high bits of the first word above the 26 bits of the second. */
    private static final double HIGH_PART_SCALE = 67108864.0;
    /** 2^53: maps the 53-bit integer into [0, 1). */
    private static final double DOUBLE_SCALE = 9007199254740992.0;

    private final int[] state = new int[STATE_WORDS];
    private int position;

    /** {@code init_genrand(seed)}; the caller guarantees 0 ≤ seed < 2^32. */
    Mt19937(long seed) {
        state[0] = (int) seed;
        for (int i = 1; i < STATE_WORDS; i++) {
            int previous = state[i - 1];
            state[i] = SEED_MULTIPLIER * (previous ^ (previous >>> 30)) + i;
        }
        position = STATE_WORDS; // the first draw twists the whole state, as numpy does
    }

    /** The next tempered 32-bit output, as the bits of an {@code int}. */
    int next32() {
        if (position == STATE_WORDS) {
            twist();
        }
        int y = state[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** Two outputs joined, the first one as the high word (numpy's {@code next_uint64} for MT19937). */
    long next64() {
        long high = next32() & 0xFFFF_FFFFL;
        long low = next32() & 0xFFFF_FFFFL;
        return high << 32 | low;
    }

    /** numpy's {@code random_sample}: 27 bits of one output and 26 of the next, over 2^53. */
    double nextDouble() {
        int high27 = next32() >>> 5;
        int low26 = next32() >>> 6;
        return (high27 * HIGH_PART_SCALE + low26) / DOUBLE_SCALE;
    }

    /** Regenerates all 624 words in place; later words read already regenerated ones. */
    private void twist() {
        for (int i = 0; i < STATE_WORDS; i++) {
            int next = i + 1 == STATE_WORDS ? 0 : i + 1;
            int far = i + TWIST_OFFSET < STATE_WORDS ? i + TWIST_OFFSET : i + TWIST_OFFSET - STATE_WORDS;
            int y = (state[i] & UPPER_BIT) | (state[next] & LOWER_BITS);
            state[i] = state[far] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        position = 0;
    }
}
