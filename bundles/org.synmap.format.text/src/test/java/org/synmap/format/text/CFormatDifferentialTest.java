package org.synmap.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleToIntFunction;

import org.junit.jupiter.api.Test;

/**
 * {@link CFormat}'s fast conversions against the exact BigDecimal ones of
 * {@link ReferenceCFormat}, on a few million doubles chosen where a fast path could go wrong:
 * every binary exponent (subnormals included), powers of ten, doubles next to decimal rounding
 * ties and exact ties. Fixed seeds, so a failure reproduces.
 */
class CFormatDifferentialTest {
    private static final long[] TEN_POW = new long[19];

    static {
        TEN_POW[0] = 1;
        for (int i = 1; i < TEN_POW.length; i++) {
            TEN_POW[i] = TEN_POW[i - 1] * 10;
        }
    }

    private final Mismatches e15 = new Mismatches("e15");
    private final Mismatches f6 = new Mismatches("f6");

    @Test
    void e15OnRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 1_000_000; i++) {
            checkE15(randomFiniteDouble(random));
        }
        e15.assertNone(1_000_000);
    }

    /** Powers of two, the largest significand and random ones for every exponent field value. */
    @Test
    void e15OnEveryBinaryExponent() {
        SplittableRandom random = new SplittableRandom(2);
        int checked = 0;
        for (long exponentField = 0; exponentField < 2047; exponentField++) {
            long base = exponentField << 52;
            long[] significands = {0, 1, 2, 3, (1L << 52) - 1, (1L << 52) - 2, 1L << 51, (1L << 51) + 1};
            for (long significand : significands) {
                checked += checkE15BothSigns(Double.longBitsToDouble(base | significand));
            }
            for (int i = 0; i < 200; i++) {
                checked += checkE15BothSigns(Double.longBitsToDouble(base | random.nextLong(1L << 52)));
            }
        }
        e15.assertNone(checked);
    }

    /** 10^n as read by Java (the nearest double) and four neighbours on each side. */
    @Test
    void e15OnPowersOfTen() {
        int checked = 0;
        for (int n = -323; n <= 308; n++) {
            checked += checkWithNeighbours(Double.parseDouble("1e" + n), 4, this::checkE15BothSigns);
        }
        e15.assertNone(checked);
    }

    /**
     * The double nearest to a 16-digit decimal plus half a unit in its last place, i.e. to a
     * rounding tie of {@code %.15e}, and its neighbours, over all decimal exponents.
     */
    @Test
    void e15NextToDecimalTies() {
        SplittableRandom random = new SplittableRandom(16);
        int checked = 0;
        for (int i = 0; i < 600_000; i++) {
            int exponent = random.nextInt(-339, 309);
            checked += checkWithNeighbours(nearestToTie(random, exponent), 1, this::checkE15BothSigns);
        }
        e15.assertNone(checked);
    }

    /** As {@link #e15NextToDecimalTies}, for magnitudes 1e−4 … 1e3 where lattice values lie. */
    @Test
    void e15NextToDecimalTiesOfTypicalValues() {
        SplittableRandom random = new SplittableRandom(17);
        int checked = 0;
        for (int i = 0; i < 400_000; i++) {
            int exponent = random.nextInt(-4, 3);
            checked += checkWithNeighbours(nearestToTie(random, exponent), 2, this::checkE15);
        }
        e15.assertNone(checked);
    }

    /**
     * Exact ties: c·2^−n with c odd has the decimal digits of c·5^n, which end in 5; when there
     * are 17 of them, {@code %.15e} must round half to even (e.g. 2^−24 = 5.9604644775390625e−08).
     */
    @Test
    void e15OnExactTies() {
        SplittableRandom random = new SplittableRandom(18);
        BigInteger seventeenDigits = BigInteger.TEN.pow(16);
        int checked = 0;
        for (int n = 1; n <= 24; n++) {
            BigInteger five = BigInteger.valueOf(5).pow(n);
            long low = seventeenDigits.add(five).subtract(BigInteger.ONE).divide(five).longValueExact();
            long high = Math.min(seventeenDigits.multiply(BigInteger.TEN).divide(five).longValueExact(), 1L << 53);
            for (int i = 0; i < 5_000 && low < high; i++) {
                long c = random.nextLong(low, high) | 1;
                double tie = Math.scalb((double) c, -n);
                assertEquals(17, new BigDecimal(tie).precision(), "not a 17-digit value: " + tie);
                checked += checkE15BothSigns(tie);
            }
        }
        e15.assertNone(checked);
        assertTrue(checked > 100_000, "too few exact ties constructed: " + checked);
    }

    /** Doubles nearest to 15–16-digit decimals, as the synthetic model's lattices hold. */
    @Test
    void e15OnShortDecimals() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 500_000; i++) {
            int exponent = random.nextInt(-12, 8);
            long digits = random.nextLong(TEN_POW[14], TEN_POW[16]);
            checkE15(Double.parseDouble(digits + "e" + (exponent - 15)));
        }
        e15.assertNone(500_000);
    }

    @Test
    void f6OnRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 300_000; i++) {
            checkF6(randomFiniteDouble(random));
        }
        f6.assertNone(300_000);
    }

    /** Every exponent that has a fraction at the 10^−6 scale or sits near the 2^43 fast-path limit. */
    @Test
    void f6OnEveryRelevantBinaryExponent() {
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        for (int exponent = -40; exponent <= 60; exponent++) {
            double power = Math.scalb(1.0, exponent);
            checked += checkWithNeighbours(power, 3, this::checkF6BothSigns);
            for (int i = 0; i < 2_000; i++) {
                checked += checkF6BothSigns(power * (1 + random.nextDouble()));
            }
        }
        f6.assertNone(checked);
    }

    /** Coordinates of micrometre-scale geometry, and the doubles next to a {@code %.6f} tie. */
    @Test
    void f6OnCoordinatesAndNextToTies() {
        SplittableRandom random = new SplittableRandom(8);
        int checked = 0;
        for (int i = 0; i < 400_000; i++) {
            checked += checkF6BothSigns(random.nextDouble(-1e5, 1e5));
            long micros = random.nextLong(0, TEN_POW[12]);
            double nearTie = Double.parseDouble(micros + "5e-7");
            checked += checkWithNeighbours(nearTie, 1, this::checkF6BothSigns);
        }
        f6.assertNone(checked);
    }

    /** Exact ties of {@code %.6f}: c/128 with c odd is (c·15625/2)·10^−6, a half-integer count. */
    @Test
    void f6OnExactTies() {
        SplittableRandom random = new SplittableRandom(9);
        int checked = 0;
        for (int i = 0; i < 200_000; i++) {
            long c = random.nextLong(1L << 50) | 1;
            checked += checkF6BothSigns(c / 128.0);
        }
        checked += checkWithNeighbours(5e-7, 3, this::checkF6BothSigns);
        checked += checkWithNeighbours(0x1p-1074, 3, this::checkF6BothSigns);
        f6.assertNone(checked);
    }

    private static double randomFiniteDouble(SplittableRandom random) {
        double v;
        do {
            v = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(v));
        return v;
    }

    /** The double nearest to (16 random digits + ½)·10^(exponent−15). */
    private static double nearestToTie(SplittableRandom random, int exponent) {
        long digits = random.nextLong(TEN_POW[15], TEN_POW[16]);
        return Double.parseDouble(digits + "5e" + (exponent - 16));
    }

    /** Checks {@code v} and {@code count} neighbours on each side; returns how many values. */
    private static int checkWithNeighbours(double v, int count, DoubleToIntFunction check) {
        int checked = check.applyAsInt(v);
        double up = v;
        double down = v;
        for (int i = 0; i < count; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            checked += check.applyAsInt(up) + check.applyAsInt(down);
        }
        return checked;
    }

    private int checkE15(double v) {
        if (Double.isFinite(v)) {
            e15.compare(v, ReferenceCFormat.e15(v), CFormat.e15(v));
        }
        return 1;
    }

    private int checkE15BothSigns(double v) {
        return checkE15(v) + checkE15(-v);
    }

    private int checkF6(double v) {
        if (Double.isFinite(v)) {
            f6.compare(v, ReferenceCFormat.f6(v), CFormat.f6(v));
        }
        return 1;
    }

    private int checkF6BothSigns(double v) {
        return checkF6(v) + checkF6(-v);
    }

    /** Counts differences and keeps the first few for the failure message. */
    private static final class Mismatches {
        private final String conversion;
        private final List<String> examples = new ArrayList<>();
        private int count;

        Mismatches(String conversion) {
            this.conversion = conversion;
        }

        void compare(double v, String expected, String actual) {
            if (!expected.equals(actual)) {
                count++;
                if (examples.size() < 10) {
                    examples.add(Double.toHexString(v) + ": expected " + expected + ", got " + actual);
                }
            }
        }

        void assertNone(int checked) {
            assertEquals(0, count, conversion + " differs on " + count + " of " + checked + " values: " + examples);
        }
    }
}
