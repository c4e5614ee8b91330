package org.synmap.format.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C {@code printf} conversions as ISF's files use them (isf-spec §2.14): {@code %.15e} for
 * AmiraMesh lattice values and {@code %.6f} for landmark coordinates. C rounds the exact binary
 * value half-to-even; Java's {@code String.format} rounds half-up and so differs on exact decimal
 * ties (e.g. {@code 0.0078125} is {@code 0.007812} in C, {@code 0.007813} in Java). Both
 * conversions here round the exact value with {@link RoundingMode#HALF_EVEN}.
 */
public final class CFormat {
    private static final int E15_DIGITS = 16;
    private static final MathContext E15_CONTEXT = new MathContext(E15_DIGITS, RoundingMode.HALF_EVEN);
    private static final String ZERO_E15 = "0.000000000000000e+00";

    private CFormat() {
    }

    /**
     * {@code printf("%.15e", v)}: 16 significant digits, exponent of at least two digits.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite (ISF never writes those)
     */
    public static String e15(double v) {
        requireFinite(v);
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        if (v == 0) {
            return negative ? "-" + ZERO_E15 : ZERO_E15;
        }
        BigDecimal rounded = new BigDecimal(v).abs().round(E15_CONTEXT);
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        sb.append(digits.charAt(0)).append('.').append(digits, 1, digits.length());
        for (int pad = digits.length(); pad < E15_DIGITS; pad++) {
            sb.append('0');
        }
        return appendExponent(sb, exponent).toString();
    }

    /**
     * {@code printf("%.6f", v)}; negative values that round to zero keep their sign, as in C.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    public static String f6(double v) {
        requireFinite(v);
        BigDecimal rounded = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN);
        String text = rounded.toPlainString();
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        return negative && rounded.signum() == 0 ? "-" + text : text;
    }

    /** C's {@code %e} exponent: {@code e}, a sign, and at least two digits ({@code e-05}, {@code e+308}). */
    static StringBuilder appendExponent(StringBuilder sb, int exponent) {
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int absExp = Math.abs(exponent);
        if (absExp < 10) {
            sb.append('0');
        }
        return sb.append(absExp);
    }

    private static void requireFinite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot write non-finite value " + v);
        }
    }
}
