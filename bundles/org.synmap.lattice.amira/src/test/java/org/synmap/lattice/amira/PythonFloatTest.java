package org.synmap.lattice.amira;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatTest {

    /** Inputs as exact hex doubles; expected text printed by CPython 3 {@code repr()}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x1.4f8b588e368f1p-17 | 1e-05",
        "0x1.1c37937e08000p+53 | 1e+16",
        "0x1.c6bf526340000p+49 | 1000000000000000.0",
        "0x1.a36e2eb1c432dp-14 | 0.0001",
        "0x1.a36e2eb1c432cp-14 | 9.999999999999999e-05",
        "0x1.52d02c7e14af6p+77 | 2e+23",
        "0x0.0000000000001p-1022 | 5e-324",
        "0x1.fffffffffffffp+1023 | 1.7976931348623157e+308",
        "0x1.3333333333334p-2 | 0.30000000000000004",
        "0x1.5555555555555p-2 | 0.3333333333333333",
        "0x1.9000000000000p+4 | 25.0",
        "-0x1.9000000000000p+4 | -25.0",
        "0x1.d6f3454000000p+26 | 123456789.0",
        "0x1.ae147ae147ae1p+0 | 1.68",
        "0x1.eb851eb851eb8p-6 | 0.03",
        "0x1.0f0cf064dd592p+73 | 1e+22",
        "0x1.e32f0ee144531p-22 | 4.5e-07",
        "0x1.0000000000000p+53 | 9007199254740992.0",
        "0x1.18b54f22aeb03p+50 | 1234567890123456.8",
        "0x1.5ee2a2eb5a5c4p+53 | 1.2345678901234568e+16",
        "0x1.9000000000000p+6 | 100.0",
        "0x1.249ad2594c37dp+332 | 1e+100",
        // Java 17's Double.toString prints more digits than needed for these three
        "0x1.f67ea69ed3795p+57 | 2.82879384806159e+17",
        "0x0.00000016e3600p-1022 | 1.18575755e-316",
        "0x1.0000000000000p+959 | 4.8726570057e+288",
        "0x1.0000000000000p-1022 | 2.2250738585072014e-308",
        "-0x1.56e1fc2f8f359p-997 | -1e-300",
        "0x1.1c37937e07fffp+53 | 9999999999999998.0",
        "0x1.02e4b6ce5dc68p-13 | 0.00012345",
        "0x0.0p+0 | 0.0",
        "-0x0.0p+0 | -0.0",
    })
    void matchesCPythonRepr(String hex, String expected) {
        assertEquals(expected, PythonFloat.repr(Double.parseDouble(hex)));
    }
}
