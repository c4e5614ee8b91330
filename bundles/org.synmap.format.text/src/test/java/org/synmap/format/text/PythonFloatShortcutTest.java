package org.synmap.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link PythonFloat#repr} tries 15, 16 and 17 digits only for normal doubles; here it is
 * compared with the plain search over every length (the definition: the shortest decimal that
 * reads back, the nearest of those, half-even) on two hundred thousand doubles of every kind.
 */
class PythonFloatShortcutTest {

    /** The definition, with nothing clever: lengths 1, 2, ... 17 in turn. */
    static String reference(double v) {
        double a = Math.abs(v);
        BigDecimal exact = new BigDecimal(a);
        BigDecimal found = null;
        for (int p = 1; p <= 17 && found == null; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(nearest.toString()) == a) {
                found = nearest;
            } else {
                RoundingMode other = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
                BigDecimal d = exact.round(new MathContext(p, other));
                if (Double.parseDouble(d.toString()) == a) {
                    found = d;
                }
            }
        }
        BigDecimal s = found.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        int decpt = digits.length() - s.scale();
        String text;
        if (decpt >= -3 && decpt <= 16) {
            text = decpt <= 0 ? "0." + "0".repeat(-decpt) + digits
                    : decpt >= digits.length() ? digits + "0".repeat(decpt - digits.length()) + ".0"
                            : digits.substring(0, decpt) + "." + digits.substring(decpt);
        } else {
            int exp = decpt - 1;
            text = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e"
                    + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return v < 0 ? "-" + text : text;
    }

    @Test
    void referenceAgreesWithCPythonOnKnownCases() {
        assertEquals("1e+23", reference(1e23));
        assertEquals("5e-324", reference(Double.MIN_VALUE));
        assertEquals("0.1", reference(0.1));
        assertEquals("1e-05", reference(1e-5));
        assertEquals("1.7976931348623157e+308", reference(Double.MAX_VALUE));
    }

    @Test
    void sameAsTryingEveryLength() {
        SplittableRandom r = new SplittableRandom(20261203);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 5) {
                case 0 -> r.nextDouble(); // section positions in [0, 1)
                case 1 -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL); // any finite
                case 2 -> Math.round(r.nextDouble() * 1e6) / 1e3; // short decimals: 123.456
                case 3 -> Double.longBitsToDouble(r.nextLong(1, 0x0010000000000000L)); // subnormals
                default -> { // powers of two (lopsided rounding intervals) and their neighbours
                    double p2 = Math.scalb(1.0, r.nextInt(-1022, 1024));
                    yield r.nextBoolean() ? p2 : Math.nextUp(p2);
                }
            };
            if (v != 0) {
                assertEquals(reference(v), PythonFloat.repr(v), Double.toHexString(v));
                assertEquals(reference(-v), PythonFloat.repr(-v), Double.toHexString(-v));
            }
        }
    }
}
