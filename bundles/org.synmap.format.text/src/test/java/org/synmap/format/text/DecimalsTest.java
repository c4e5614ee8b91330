package org.synmap.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    /** Text and the double it denotes, given as exact hexadecimal (assertEquals tells -0.0 from 0.0). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0x0.0p+0",
        "-0 | -0x0.0p+0",
        "+17 | 0x1.1p+4",
        "1. | 0x1.0p+0",
        ".5 | 0x1.0p-1",
        "-.25e1 | -0x1.4p+1",
        "0.0553 | 0x1.c504816f0068ep-5",
        "1E-5 | 0x1.4f8b588e368f1p-17",
        "1.7976931348623157e308 | 0x1.fffffffffffffp+1023",
        "4.9e-324 | 0x0.0000000000001p-1022",
        "1e-400 | 0x0.0p+0", // underflows to zero, as in Python: finite, so accepted
    })
    void parsesFiniteDecimals(String text, String hex) {
        assertEquals(Double.parseDouble(hex), Decimals.parseFinite(text, "x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "two", "NaN", "nan", "inf", "-Infinity", "0x1p3", "1.5d", "1f", "1_000", "1,5", "''", "+", ".", "e5", "1e",
        "1e+", "' 1'", "'1 '", "--1", "1.2.3",
    })
    void refusesWhatIsNotAPlainDecimal(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Decimals.parseFinite(text, "y"));
        assertEquals("expected a number for y, found '" + text + "'", e.getMessage());
        e = assertThrows(NumberFormatException.class, () -> Decimals.parseFiniteNonNegative(text, "the soma density"));
        assertEquals("expected a finite non-negative number for the soma density, found '" + text + "'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1e400", "-1E999", "1.8e308", "179769313486231581e291"})
    void refusesDecimalsBeyondTheDoubleRange(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class,
                () -> Decimals.parseFinite(text, "the parent position"));
        assertEquals("expected a finite number for the parent position, found '" + text + "' (beyond the double range)",
                e.getMessage());
    }

    /** -0 is not negative (it compares equal to zero) and keeps its sign, as Python's float() keeps it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | 0x0.0p+0",
        "-0 | -0x0.0p+0",
        "-0.0e7 | -0x0.0p+0",
        "2.5e-07 | 0x1.0c6f7a0b5ed8dp-22",
        "1e16 | 0x1.1c37937e08p+53",
    })
    void parsesNonNegativeDecimals(String text, String hex) {
        assertEquals(Double.parseDouble(hex), Decimals.parseFiniteNonNegative(text, "d"));
    }

    @ParameterizedTest
    @CsvSource({"-1", "-1e-300", "-.5"})
    void refusesNegativeDecimals(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class,
                () -> Decimals.parseFiniteNonNegative(text, "d"));
        assertEquals("expected a finite non-negative number for d, found '" + text + "'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1e400", "-1e400"})
    void saysWhyANonNegativeDecimalIsNotFinite(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class,
                () -> Decimals.parseFiniteNonNegative(text, "d"));
        assertEquals("expected a finite non-negative number for d, found '" + text + "' (beyond the double range)",
                e.getMessage());
    }
}
