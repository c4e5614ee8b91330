package org.synmap.format.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The BigDecimal conversions that {@link CFormat} used before its fast paths, kept verbatim as
 * the reference for {@link CFormatDifferentialTest}: round the exact binary value half to even,
 * which is what C's printf does (checked once against Python on ~200 000 values).
 */
final class ReferenceCFormat {
    private static final MathContext E15_CONTEXT = new MathContext(16, RoundingMode.HALF_EVEN);
    private static final String ZERO_E15 = "0.000000000000000e+00";

    private ReferenceCFormat() {
    }

    static String e15(double v) {
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
        for (int pad = digits.length(); pad < 16; pad++) {
            sb.append('0');
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int absExp = Math.abs(exponent);
        if (absExp < 10) {
            sb.append('0');
        }
        return sb.append(absExp).toString();
    }

    static String f6(double v) {
        BigDecimal rounded = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN);
        String text = rounded.toPlainString();
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        return negative && rounded.signum() == 0 ? "-" + text : text;
    }
}
