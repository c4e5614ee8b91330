package org.synmap.lattice.amira;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python 3's {@code str(float)} / {@code repr(float)} (isf-spec §2.14): the shortest digit
 * string that reads back to the same double (nearest to the exact value when several are
 * equally short), in fixed notation when {@code 1e-4 <= |v| < 1e16} (always with a fractional
 * part, e.g. {@code 25.0}) and in exponent notation otherwise (e.g. {@code 1e-05}, {@code 1e+16}).
 *
 * <p>Java 17's {@code Double.toString} is not always shortest (fixed only in JDK 19), so the
 * digits are searched here with exact decimal arithmetic. Meant for header and table numbers,
 * not for bulk data.
 */
final class PythonFloat {

    private PythonFloat() {
    }

    /** The text Python 3 prints for {@code v}. */
    static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        if (v == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortestRoundTrip(Math.abs(v)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        // Python's decpt: the value is 0.d1d2... * 10^decpt.
        int decpt = digits.length() - shortest.scale();
        return sign + layout(digits, decpt);
    }

    /** The shortest decimal that parses back to {@code v} (v positive, finite). */
    private static BigDecimal shortestRoundTrip(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
            boolean downOk = Double.parseDouble(down.toString()) == v;
            boolean upOk = Double.parseDouble(up.toString()) == v;
            if (downOk && upOk) {
                // Both are shortest: Python takes the nearer one; on an exact tie the even one.
                return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            }
            if (downOk) {
                return down;
            }
            if (upOk) {
                return up;
            }
        }
        throw new AssertionError("17 significant digits always round-trip: " + v);
    }

    private static String layout(String digits, int decpt) {
        if (decpt <= -4 || decpt > 16) {
            StringBuilder sb = new StringBuilder(digits.length() + 6);
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exponent = decpt - 1;
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int absExp = Math.abs(exponent);
            if (absExp < 10) {
                sb.append('0');
            }
            return sb.append(absExp).toString();
        }
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt < digits.length()) {
            return digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        return digits + "0".repeat(decpt - digits.length()) + ".0";
    }
}
