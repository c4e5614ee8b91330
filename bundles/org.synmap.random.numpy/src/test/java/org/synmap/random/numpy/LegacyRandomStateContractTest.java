package org.synmap.random.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeding limits, argument checks, what each call consumes, the masked-rejection rule, the
 * 64-bit branch and numpy's log-gamma. Consumption is checked against a twin generator with
 * the same seed: after the call under test, both must continue with the same raw output.
 */
class LegacyRandomStateContractTest {

    @Test
    void seedMustFitInThirtyTwoBits() {
        assertThrows(IllegalArgumentException.class, () -> new LegacyRandomState(-1));
        assertThrows(IllegalArgumentException.class, () -> new LegacyRandomState(1L << 32));
        // numpy 2.4.6, numpy.random.seed(2**32 - 1); random_raw(3)
        LegacyRandomState largest = new LegacyRandomState(0xFFFF_FFFFL);
        assertEquals(419326371L, Integer.toUnsignedLong(largest.nextInt32()));
        assertEquals(479346978L, Integer.toUnsignedLong(largest.nextInt32()));
        assertEquals(3918654476L, Integer.toUnsignedLong(largest.nextInt32()));
    }

    @Test
    void tenThousandthOutputOfDefaultSeedIsTheStandardCheckValue() {
        // C++ [rand.predef]: the 10000th output of mt19937 seeded with 5489 is 4123659995.
        LegacyRandomState random = new LegacyRandomState(5489);
        for (int i = 1; i < 10000; i++) {
            random.nextInt32();
        }
        assertEquals(4123659995L, Integer.toUnsignedLong(random.nextInt32()));
    }

    @Test
    void outputsAcrossTheFirstStateRegeneration() {
        // numpy 2.4.6, numpy.random.seed(0); random_raw(630)[620:630]
        long[] expected = {3309619115L, 1308169859L, 631131020L, 3791854820L, 341544762L,
            1076416385L, 384842097L, 2909461632L, 2886423335L, 3480744984L};
        LegacyRandomState random = new LegacyRandomState(0);
        for (int i = 0; i < 620; i++) {
            random.nextInt32();
        }
        long[] actual = new long[expected.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = Integer.toUnsignedLong(random.nextInt32());
        }
        assertArrayEquals(expected, actual);
    }

    @Test
    void doubleIsBuiltFromTwoOutputs() {
        LegacyRandomState random = new LegacyRandomState(3);
        LegacyRandomState twin = new LegacyRandomState(3);
        long a = Integer.toUnsignedLong(twin.nextInt32()) >>> 5;
        long b = Integer.toUnsignedLong(twin.nextInt32()) >>> 6;
        assertEquals((a * 67108864.0 + b) / 9007199254740992.0, random.nextDouble());
        assertEquals(twin.nextInt32(), random.nextInt32());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 6, 7, 999, 65535, 65536, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFEL, 0xFFFF_FFFFL})
    void intervalBelowTwoToThe32IsMaskedRejectionOnSingleOutputs(long max) {
        long mask = Long.highestOneBit(max) * 2 - 1;
        LegacyRandomState random = new LegacyRandomState(11);
        LegacyRandomState twin = new LegacyRandomState(11);
        for (int draw = 0; draw < 200; draw++) {
            long expected;
            do {
                expected = Integer.toUnsignedLong(twin.nextInt32()) & mask;
            } while (expected > max);
            assertEquals(expected, random.randomInterval(max), "draw " + draw);
        }
        assertEquals(twin.nextInt32(), random.nextInt32());
    }

    @ParameterizedTest
    @ValueSource(longs = {0x1_0000_0000L, 0x1_0000_0001L, 0xFF_FFFF_FFFFL, Long.MAX_VALUE})
    void intervalFromTwoToThe32UsesHighWordFirstSixtyFourBitWords(long max) {
        long mask = max == Long.MAX_VALUE ? Long.MAX_VALUE : Long.highestOneBit(max) * 2 - 1;
        LegacyRandomState random = new LegacyRandomState(12);
        LegacyRandomState twin = new LegacyRandomState(12);
        for (int draw = 0; draw < 100; draw++) {
            long expected;
            do {
                long high = Integer.toUnsignedLong(twin.nextInt32());
                long low = Integer.toUnsignedLong(twin.nextInt32());
                expected = (high << 32 | low) & mask;
            } while (expected > max);
            assertEquals(expected, random.randomInterval(max), "draw " + draw);
        }
    }

    @Test
    void valuesNumpyPrintsForWideAndNegativeRanges() {
        // numpy 2.4.6 legacy RandomState (its streams are frozen; it reproduces every case of
        // numpy-reference.json), each line from numpy.random.seed(0)
        assertEquals(741280623151L, new LegacyRandomState(0).randint(0, 1L << 40));
        assertArrayEquals(new long[] {0, -5, -2, -2, 2}, new LegacyRandomState(0).randint(-5, 5, 5));
        assertArrayEquals(new long[] {900450186894289455L, 3969543146641149120L},
                new LegacyRandomState(0).randint(Long.MIN_VALUE, Long.MAX_VALUE, 2));
        assertArrayEquals(new long[] {4294967300L, 4294967296L, 4294967299L},
                new LegacyRandomState(0).randint(1L << 32, (1L << 32) + 5, 3));
    }

    @Test
    void emptyRangesConsumeNothing() {
        LegacyRandomState random = new LegacyRandomState(21);
        LegacyRandomState twin = new LegacyRandomState(21);
        assertEquals(0, random.randomInterval(0));
        assertEquals(7, random.randint(7, 8));
        assertArrayEquals(new long[] {-3, -3, -3, -3}, random.randint(-3, -2, 4));
        assertArrayEquals(new long[0], random.randint(0, 10, 0));
        assertArrayEquals(new int[0], random.permutation(0));
        assertArrayEquals(new int[] {0}, random.permutation(1));
        assertEquals(0, random.poisson(0.0));
        assertEquals(0, random.poisson(-0.0));
        assertEquals(twin.nextInt32(), random.nextInt32());
    }

    @Test
    void permutationSwapsFromTheTopDown() {
        LegacyRandomState random = new LegacyRandomState(31);
        LegacyRandomState twin = new LegacyRandomState(31);
        int[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = expected.length - 1; i >= 1; i--) {
            int j = (int) twin.randomInterval(i);
            int swapped = expected[i];
            expected[i] = expected[j];
            expected[j] = swapped;
        }
        assertArrayEquals(expected, random.permutation(10));
        assertEquals(twin.nextInt32(), random.nextInt32());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 0.01, 0.7, 3.0, 9.999})
    void multiplicationMethodUsesOneDoubleMoreThanItsResult(double lam) {
        LegacyRandomState random = new LegacyRandomState(41);
        LegacyRandomState twin = new LegacyRandomState(41);
        for (int draw = 0; draw < 50; draw++) {
            long k = random.poisson(lam);
            for (long used = 0; used < k + 1; used++) {
                twin.nextDouble();
            }
            assertEquals(twin.nextInt32(), random.nextInt32(), "after draw " + draw + " (k = " + k + ")");
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        LegacyRandomState random = new LegacyRandomState(0);
        assertThrows(IllegalArgumentException.class, () -> random.randomInterval(-1));
        assertThrows(IllegalArgumentException.class, () -> random.randint(5, 5));
        assertThrows(IllegalArgumentException.class, () -> random.randint(6, 5));
        assertThrows(IllegalArgumentException.class, () -> random.randint(0, 5, -1));
        assertThrows(IllegalArgumentException.class, () -> random.permutation(-1));
        assertThrows(IllegalArgumentException.class, () -> random.poisson(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> random.poisson(-Double.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> random.poisson(Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> random.poisson(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> random.poisson(Math.nextUp(LegacyRandomState.POISSON_LAM_MAX)));
    }

    @Test
    void poissonLimitIsNumpys() {
        // numpy: np.iinfo('l').max - np.sqrt(np.iinfo('l').max) * 10
        assertEquals(9.223372006484771e18, LegacyRandomState.POISSON_LAM_MAX);
    }

    @Test
    void logGammaIsBitIdenticalToNumpys() {
        // numpy 2.4.6's compiled random_loggam (numpy/random/lib/libnpyrandom.a, linked against
        // glibc 2.36), printed with %a. Equality also needs Math.log to round like glibc's log
        // for these arguments, which it does on HotSpot 17 / x86-64 (see README).
        double[][] argumentAndValue = {
            {1.0, 0.0}, {2.0, 0.0}, {3.0, 0x1.62e42fefa39f4p-1}, {5.0, 0x1.96ca77c922cfap+1},
            {10.0, 0x1.99a8921a7f7dp+3}, {11.0, 0x1.e357590954d16p+3}, {20.0, 0x1.3ab8153363985p+5},
            {50.0, 0x1.2121a930c6ec2p+7}, {100.0, 0x1.67225b4879463p+8}, {101.0, 0x1.6bbd47b7669b7p+8},
            {1000.0, 0x1.711386da7cab6p+12}, {2000.0, 0x1.9c776338bbc4fp+13},
            {0.0625, 0x1.5eac3fbdac561p+1}, {7.0, 0x1.a51273acf01cap+2},
        };
        for (double[] pair : argumentAndValue) {
            assertEquals(pair[1], LegacyPoisson.logGamma(pair[0]), "loggam(" + pair[0] + ")");
        }
        assertEquals(Math.log(2), LegacyPoisson.logGamma(3.0), 1e-15);
        assertEquals(359.13420536957540, LegacyPoisson.logGamma(100.0), 1e-12); // ln 99!
    }

    @Test
    void multiplicationStopsWhenTheProductEqualsTheThreshold() {
        // numpy 2.4.6: seed(0); poisson(0.5999965965916227) -> 0; randint(0, 1000) -> 629.
        // This λ makes exp(-λ) equal the first uniform, 0.5488135039273248, so only a strict
        // "product > exp(-λ)" test returns 0 (and uses exactly one double).
        double lam = 0.5999965965916227;
        assertEquals(0.5488135039273248, Math.exp(-lam), "precondition: exp(-lam) rounds as in glibc");
        LegacyRandomState random = new LegacyRandomState(0);
        assertEquals(0, random.poisson(lam));
        assertEquals(629, random.randint(0, 1000));
    }
}
