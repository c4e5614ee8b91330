package org.synmap.output.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatTest {

    /** Expected texts are Python 3's {@code repr} of the same double. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1 | 0.1",
        "0.5 | 0.5",
        "2.5 | 2.5",
        "0.125 | 0.125",
        "123.0 | 123.0",
        "-1.0 | -1.0",
        "0.0 | 0.0",
        "-0.0 | -0.0",
        "1.0 | 1.0",
        "100.123457 | 100.123457",
        "0.30000000000000004 | 0.30000000000000004",
        "0.46554560485504154 | 0.46554560485504154",
        "0.3333333333333333 | 0.3333333333333333",
        "1.0000000000000002 | 1.0000000000000002",
        "0.9999999999999999 | 0.9999999999999999",
        "123456789012.5 | 123456789012.5",
        // the fixed/exponent boundaries: 1e-4 <= |v| < 1e16 is fixed
        "1e-4 | 0.0001",
        "1.2e-4 | 0.00012",
        "9.999e-5 | 9.999e-05",
        "5e-5 | 5e-05",
        "1e-5 | 1e-05",
        "4.5e-7 | 4.5e-07",
        "1e15 | 1000000000000000.0",
        "9999999999999998.0 | 9999999999999998.0",
        "9007199254740993.0 | 9007199254740992.0",
        "1e16 | 1e+16",
        "1.5e16 | 1.5e+16",
        "1e22 | 1e+22",
        "12345678901234567890.0 | 1.2345678901234567e+19",
        "1e100 | 1e+100",
        "-2.5e-300 | -2.5e-300",
        // Java 17's Double.toString is not shortest here (9.999999999999999E22, 4.9E-324)
        "1e23 | 1e+23",
        "4.9e-324 | 5e-324",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "Infinity | inf",
        "-Infinity | -inf",
        "NaN | nan",
    })
    void pythonRepr(double value, String expected) {
        assertEquals(expected, PythonFloat.repr(value));
    }

    /**
     * Powers of two, where the rounding interval is twice as wide above as below: the nearest
     * 16-digit decimal does not read back but the one on the other side does. For 2^-24 and 2^-44
     * the exact value is a decimal tie (…0625 / …015) that half-even rounds the wrong way.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-24 | 5.960464477539063e-08",
        "-44 | 5.684341886080802e-14",
        "-77 | 6.617444900424222e-24",
        "-1017 | 7.120236347223045e-307",
        "89 | 6.189700196426902e+26",
        "182 | 6.129982163463556e+54",
    })
    void lopsidedIntervalsAtPowersOfTwo(int exponent, String expected) {
        assertEquals(expected, PythonFloat.repr(Math.scalb(1.0, exponent)));
    }

    /** Every x in ISF's golden .syn files was written by Python 3: re-formatting gives the same text. */
    @Test
    void reformatsEveryPositionInTheGoldenSynFiles() throws IOException {
        int checked = 0;
        for (String run : SharedData.GOLDEN_RUNS) {
            Path syn = SharedData.fileEndingWith(SharedData.goldenRun(run), ".syn");
            for (String line : Files.readAllLines(syn)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String x = line.split("\t")[2];
                assertEquals(x, PythonFloat.repr(Double.parseDouble(x)), syn + ": " + line);
                checked++;
            }
        }
        assertEquals(981 + 1004 + 957, checked);
    }
}
