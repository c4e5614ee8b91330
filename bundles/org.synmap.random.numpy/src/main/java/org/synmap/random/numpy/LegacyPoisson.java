package org.synmap.random.numpy;

/**
 * numpy's Poisson sampler as used by the legacy {@code RandomState} (isf-spec.md §1.16):
 * Knuth's multiplication method below λ = 10, Hörmann's transformed rejection (PTRS, 1993)
 * from λ = 10 on, with numpy's own log-gamma. Every floating-point expression keeps numpy's
 * operand order, because a replay must reproduce each accept/reject decision.
 *
 * <p>{@code Math.exp}/{@code Math.log} stand in for C's {@code exp}/{@code log}: on the JDK
 * measured (HotSpot 17, x86-64) they agree with glibc's in more cases than the fdlibm-based
 * {@code StrictMath}. A last-ulp difference changes a draw only when a comparison falls within
 * that ulp (see README).
 */
final class LegacyPoisson {

    /** Smallest λ handled by transformed rejection instead of multiplication. */
    private static final double PTRS_THRESHOLD = 10.0;

    /** Coefficients of the Stirling series of log Γ (SPECFUN, Zhang and Jin 1996), lowest order first. */
    private static final double[] STIRLING = {
        8.333333333333333e-02, -2.777777777777778e-03,
        7.936507936507937e-04, -5.952380952380952e-04,
        8.417508417508418e-04, -1.917526917526918e-03,
        6.410256410256410e-03, -2.955065359477124e-02,
        1.796443723688307e-01, -1.39243221690590e+00,
    };
    /** The series is used from 7 upwards; smaller arguments are shifted up and corrected. */
    private static final double SERIES_START = 7.0;
    /** numpy evaluates 0.5 * log(2π) at run time; this is glibc's result (Java's agrees). */
    private static final double HALF_LOG_TWO_PI = 0.9189385332046727;

    private LegacyPoisson() {
    }

    /** One variate; λ is finite and ≥ 0 (checked by the caller). λ = 0 consumes nothing. */
    static long sample(Mt19937 bits, double lam) {
        if (lam >= PTRS_THRESHOLD) {
            return transformedRejection(bits, lam);
        }
        if (lam == 0) {
            return 0;
        }
        return multiplication(bits, lam);
    }

    /** Counts uniforms whose running product stays above e^-λ; uses k + 1 doubles. */
    private static long multiplication(Mt19937 bits, double lam) {
        double threshold = Math.exp(-lam);
        long count = 0;
        double product = 1.0;
        while (true) {
            product *= bits.nextDouble();
            if (product > threshold) {
                count++;
            } else {
                return count;
            }
        }
    }

    /** PTRS with numpy's constants; two doubles per attempt. */
    private static long transformedRejection(Mt19937 bits, double lam) {
        double sqrtLam = Math.sqrt(lam);
        double logLam = Math.log(lam);
        double b = 0.931 + 2.53 * sqrtLam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);

        while (true) {
            double u = bits.nextDouble() - 0.5;
            double v = bits.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = toInt64AsX86(Math.floor((2 * a / us + b) * u + lam + 0.43));
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
            double rhs = -lam + k * logLam - logGamma((double) (k + 1));
            if (lhs <= rhs) {
                return k;
            }
        }
    }

    /**
     * C's double-to-int64 conversion as x86-64 performs it: values outside the int64 range
     * become Long.MIN_VALUE. That happens for -∞ (a uniform of exactly 0) and for λ within a
     * few units of 2^63; Java's cast would saturate instead.
     */
    private static long toInt64AsX86(double value) {
        return Math.abs(value) < 0x1p63 ? (long) value : Long.MIN_VALUE;
    }

    /** numpy's {@code random_loggam}: log Γ(x) for x &gt; 0, exactly 0 at 1 and 2. */
    static double logGamma(double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        long shift = x <= SERIES_START ? (long) (SERIES_START - x) : 0;
        double x0 = x + shift;
        double inverseSquare = 1.0 / (x0 * x0);
        double series = STIRLING[STIRLING.length - 1];
        for (int k = STIRLING.length - 2; k >= 0; k--) {
            series *= inverseSquare;
            series += STIRLING[k];
        }
        double result = series / x0 + HALF_LOG_TWO_PI + (x0 - 0.5) * Math.log(x0) - x0;
        // Γ(x) = Γ(x + n) / (x (x+1) … (x+n-1)): subtract the logs from the top down.
        for (long k = 1; k <= shift; k++) {
            result -= Math.log(x0 - 1.0);
            x0 -= 1.0;
        }
        return result;
    }
}
