package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TextExactValuesTest {
    private static final MathContext SIXTEEN_DIGITS = new MathContext(16, RoundingMode.HALF_EVEN);

    /** C's {@code %.15e} digits of the exact binary value, as ISF writes lattices (isf-spec §2.14). */
    private static double throughText(double v) {
        return Double.parseDouble(new BigDecimal(v).round(SIXTEEN_DIGITS).toString());
    }

    @Test
    void roundedValuesSurviveSixteenDigitTextAndBarelyMove() {
        SplittableRandom random = new SplittableRandom(42);
        int alreadyExact = 0;
        for (int n = 0; n < 200_000; n++) {
            // 10^-12 … 10^6 covers the model with room; every 17th value is far outside (slow path)
            double exponent = n % 17 == 0 ? random.nextDouble(-300, 300) : random.nextDouble(-12, 6);
            double v = Math.pow(10, exponent) * (n % 2 == 0 ? 1 : -1);
            double r = TextExactValues.round(v);
            assertEquals(r, throughText(r), () -> v + " rounded to " + r);
            assertTrue(Math.abs(r - v) <= 1.3e-15 * Math.abs(v), () -> v + " moved to " + r);
            alreadyExact += throughText(v) == v ? 1 : 0;
        }
        // Without rounding, a sizeable share of arbitrary doubles would not survive the text.
        assertTrue(alreadyExact < 190_000, alreadyExact + " of 200000 survive unrounded");
    }

    @Test
    void keepsValuesTextAlreadyReproducesAndZero() {
        for (double v : new double[] {0.0553, 17, 1e-05, 2.5e-07, 123456789.0, 0.1, 9.99999999999999e22, 1e300, 4.9e-324}) {
            assertEquals(v, TextExactValues.round(v), Double.toString(v));
        }
        assertEquals(0.0, TextExactValues.round(0.0));
        // 0.1 + 0.2 needs 17 digits (0.30000000000000004); it becomes the double nearest 0.3
        assertEquals(0.3, TextExactValues.round(0.1 + 0.2));
    }
}
