package org.synmap.format.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python 3's {@code repr(float)} (= {@code str(float)}, isf-spec §2.14), the text ISF writes for
 * every float in its headers, tables and {@code .syn} files.
 *
 * <p>Digits: the shortest decimal that reads back as the same double, and of those the one
 * nearest to it (an exact tie goes to the even digit). Java 17's {@code Double.toString} is not
 * always shortest (it prints {@code 9.999999999999999E22} for Python's {@code 1e+23} and
 * {@code 4.9E-324} for {@code 5e-324}; fixed only in JDK 19), so the digits are found here with
 * exact decimal arithmetic.
 *
 * <p>Layout: fixed notation for {@code 1e-4 <= |v| < 1e16}, always with a fractional part
 * ({@code 25.0}); otherwise {@code d.ddde±XX} with at least two exponent digits and no
 * {@code .0} after a single digit ({@code 1e-05}, {@code 1.5e+16}). Specials: {@code inf},
 * {@code -inf}, {@code nan}, {@code -0.0}.
 */
public final class PythonFloat {
    private static final int MAX_DIGITS = 17;
    /** DBL_DIG: decimals of this many significant digits survive a round trip through binary64. */
    private static final int MAX_UNIQUE_DIGITS = 15;
    /** Python switches to exponent notation outside {@code -4 < decpt <= 16}. */
    private static final int MIN_FIXED_DECPT = -3;
    private static final int MAX_FIXED_DECPT = 16;

    private PythonFloat() {
    }

    /** The text Python 3 prints for {@code repr(v)}. */
    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return Double.doubleToRawLongBits(v) == 0L ? "0.0" : "-0.0";
        }
        BigDecimal shortest = shortestDigits(Math.abs(v)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        // value = 0.<digits> × 10^decpt
        int decpt = digits.length() - shortest.scale();
        String text = decpt >= MIN_FIXED_DECPT && decpt <= MAX_FIXED_DECPT
                ? fixed(digits, decpt)
                : exponent(digits, decpt - 1);
        return v < 0 ? "-" + text : text;
    }

    /**
     * The shortest round-tripping decimal closest to {@code v > 0}. Whether some p-digit decimal
     * reads back as {@code v} is monotonic in p (a p-digit decimal is also a (p+1)-digit one), and
     * 17 digits always suffice. At most one decimal of 15 digits or fewer reads back as a given
     * double (15 digits survive a round trip through binary64 unchanged, so two such decimals
     * reading back as one double would be one decimal): if one exists it is the 15-digit rounding of
     * {@code v}, stripped of trailing zeros, and shorter lengths need not be tried. So only 15,
     * 16 and 17 digits are tried, in that order: the same answer as trying every length, for
     * the 16–17-digit coordinates that fill {@code .syn} files with two or three roundings instead
     * of a bisection's five or six. That uniqueness holds for normal doubles only: subnormals,
     * with fewer significant bits, are bisected over every length.
     */
    private static BigDecimal shortestDigits(double v) {
        BigDecimal exact = new BigDecimal(v);
        if (v < Double.MIN_NORMAL) {
            return bisected(exact, v);
        }
        for (int p = MAX_UNIQUE_DIGITS; p < MAX_DIGITS; p++) {
            BigDecimal d = roundTripping(exact, v, p);
            if (d != null) {
                return d;
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
    }

    /** The shortest length found by bisection over 1–16 digits (monotonic, see above); else 17 digits. */
    private static BigDecimal bisected(BigDecimal exact, double v) {
        BigDecimal best = exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
        int lo = 1;
        int hi = MAX_DIGITS - 1;
        while (lo <= hi) {
            int p = (lo + hi) >>> 1;
            BigDecimal d = roundTripping(exact, v, p);
            if (d != null) {
                best = d;
                hi = p - 1;
            } else {
                lo = p + 1;
            }
        }
        return best;
    }

    /**
     * The p-digit decimal that reads back as {@code v}, or null. The nearest one (half-even, as
     * Python's dtoa) is tried first; next to a power of two the rounding interval is lopsided, so
     * the neighbour on the other side may read back when the nearest does not.
     */
    private static BigDecimal roundTripping(BigDecimal exact, double v, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (readsBackAs(nearest, v)) {
            return nearest;
        }
        RoundingMode otherSide = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal other = exact.round(new MathContext(p, otherSide));
        return readsBackAs(other, v) ? other : null;
    }

    private static boolean readsBackAs(BigDecimal d, double v) {
        return Double.parseDouble(d.toString()) == v;
    }

    private static String fixed(String digits, int decpt) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** {@code d.ddd} then the exponent with a sign and at least two digits, as C's {@code %e}. */
    private static String exponent(String digits, int exp) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        return CFormat.appendExponent(sb, exp).toString();
    }
}
