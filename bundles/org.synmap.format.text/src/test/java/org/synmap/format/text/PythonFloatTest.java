package org.synmap.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.test.support.SharedData;

class PythonFloatTest {
    /** ISF's golden runs, whose {@code .syn} files ISF wrote under Python 3. */
    private static final List<String> GOLDEN_RUNS = List.of("seed7-samples1", "seed7-samples4", "seed99-samples3");

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
        // 2^50 + 0.25 and + 0.75: both 17-digit neighbours read back; the exact tie goes to the even digit
        "0x1.0000000000001p+50 | 1125899906842624.2",
        "0x1.0000000000003p+50 | 1125899906842624.8",
    })
    void matchesCPythonReprOfExactDoubles(String hex, String expected) {
        assertEquals(expected, PythonFloat.repr(Double.parseDouble(hex)));
    }

    /** Inputs as decimal literals; expected texts are Python 3's {@code repr} of the same double. */
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
    void matchesCPythonReprOfDecimalLiterals(double value, String expected) {
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
        List<Path> synFiles = new ArrayList<>();
        for (String run : GOLDEN_RUNS) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(SharedData.goldenRun(run), "*.syn")) {
                files.forEach(synFiles::add);
            }
        }
        assertEquals(3, synFiles.size(), synFiles.toString());
        int checked = 0;
        for (Path syn : synFiles) {
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
