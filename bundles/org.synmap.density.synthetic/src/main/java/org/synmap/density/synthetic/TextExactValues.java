package org.synmap.density.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounds generated values to doubles that ISF's lattice text reproduces exactly, so that a
 * model exported with {@code synmap:export-isf} and read back is the same model bit for bit.
 *
 * <p>ISF writes lattice values as C {@code %.15e}, 16 significant digits (isf-spec §2.3,
 * §2.14); most results of arithmetic need 17 to round-trip. Each value here becomes the
 * double nearest to a decimal {@code m·10^−k} with an integer {@code m ≤ 2^53} of 15 or 16
 * digits. Such a double is the correctly rounded reading of a ≤ 16-digit decimal, so its
 * {@code %.15e} text reads back to it. The value changes by at most about 1e−15 of itself.
 *
 * <p>For values from ~5·10^−7 to 2^53, {@code m} and {@code 10^k} are exact doubles and
 * {@code 0 ≤ k ≤ 22}, so one IEEE division gives the correctly rounded decimal (Clinger's fast
 * path): a few nanoseconds per value. That covers all but ~700 of the default model's 29 M
 * values (smallest bouton value 2·10^−7, smallest INH normalization value 1.5·10^−8); the
 * others are rounded to 16 digits in exact decimal arithmetic, then read back.
 */
final class TextExactValues {
    private static final double LOG10_2 = 0.30102999566398120;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int e = 0; e < POWERS_OF_TEN.length; e++) {
            POWERS_OF_TEN[e] = p; // exact up to 10^22
            p *= 10;
        }
    }

    private TextExactValues() {
    }

    /** {@code v} rounded to a double whose {@code %.15e} text reads back to it; 0 stays 0. */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        // v < 2^(e+1) and 10^k ≤ 2^(52−e), so |v|·10^k < 2^53: m fits the fast path.
        int e = Math.getExponent(v);
        int k = (int) Math.floor((52 - e) * LOG10_2);
        if (k >= 0 && k < POWERS_OF_TEN.length && e >= Double.MIN_EXPONENT) {
            return Math.rint(v * POWERS_OF_TEN[k]) / POWERS_OF_TEN[k];
        }
        BigDecimal decimal = new BigDecimal(v).round(new MathContext(16, RoundingMode.HALF_EVEN));
        return Double.parseDouble(decimal.toString());
    }
}
