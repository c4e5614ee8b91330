package org.synmap.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CFormatTest {

    /** Expected text printed by C/Python {@code '%.15e' % v} (glibc printf for the later rows). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x0.0p+0 | 0.000000000000000e+00",
        "-0x0.0p+0 | -0.000000000000000e+00",
        "0x1.0p+2 | 4.000000000000000e+00",
        "0x1.6p+3 | 1.100000000000000e+01",
        "0x1.c504816f0068ep-5 | 5.530000000000000e-02",
        "0x1.3333333333334p-2 | 3.000000000000000e-01",
        "0x1.5555555555555p-2 | 3.333333333333333e-01",
        "-0x1.0b3a31b2b683bp+13 | -8.551274266649145e+03",
        // exact tie at the 16th digit: C rounds half to even, Java's %.15e would give ...001e+15
        "0x1.c6bf526340004p+49 | 1.000000000000000e+15", // 1000000000000000.5
        "0x1.c6bf52634000cp+49 | 1.000000000000002e+15", // 1000000000000001.5
        "0x1.c6bf526340014p+49 | 1.000000000000002e+15", // 1000000000000002.5
        "0x1.fffffffffffffp+1023 | 1.797693134862316e+308",
        "0x0.0000000000001p-1022 | 4.940656458412465e-324",
        "0x1.1c37937e07fffp+53 | 9.999999999999998e+15",
        "0x1.fffffffffffffp+6 | 1.280000000000000e+02",
        // 2^-24 = 5.9604644775390625e-08 exactly, a tie at the 16th digit: half to even
        "0x1.0p-24 | 5.960464477539062e-08",
        // the double 1e-305 lies just below 10^-305 and rounds up to it
        "0x1.c16c5c5253575p-1014 | 1.000000000000000e-305",
        "0x1.52d02c7e14af6p+76 | 9.999999999999999e+22",
        "0x0.fffffffffffffp-1022 | 2.225073858507201e-308",
    })
    void e15MatchesCPrintf(String hex, String expected) {
        assertEquals(expected, CFormat.e15(Double.parseDouble(hex)));
    }

    /** Expected text printed by C/Python {@code '%.6f' % v} (glibc printf for the later rows). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.0 | 1.000000",
        "2.5 | 2.500000",
        "-3.25 | -3.250000",
        "100.1234567 | 100.123457",
        "0.0 | 0.000000",
        "-0.0 | -0.000000",
        "-1e-9 | -0.000000",
        // 2^-7 = 0.0078125 is an exact tie: half to even gives ...812 (Java's %.6f gives ...813)
        "0.0078125 | 0.007812",
        "-0.0078125 | -0.007812",
        "0.0234375 | 0.023438",
        "1e20 | 100000000000000000000.000000",
        "0x1.0p43 | 8796093022208.000000",
        "-0x1.fffffffffffffp42 | -8796093022207.999023",
        "0x0.0000000000001p-1022 | 0.000000",
        // the doubles either side of 5e-7
        "0x1.0c6f7a0b5ed8dp-21 | 0.000000",
        "0x1.0c6f7a0b5ed8ep-21 | 0.000001",
    })
    void f6MatchesCPrintf(double value, String expected) {
        assertEquals(expected, CFormat.f6(value));
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> CFormat.e15(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CFormat.f6(Double.POSITIVE_INFINITY));
    }
}
