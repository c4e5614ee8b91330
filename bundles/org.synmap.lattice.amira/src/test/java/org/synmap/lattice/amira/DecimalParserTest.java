package org.synmap.lattice.amira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    private static double parse(String token) throws DecimalParser.BadToken {
        byte[] b = token.getBytes(StandardCharsets.ISO_8859_1);
        return DecimalParser.parse(b, 0, b.length);
    }

    private static void assertSameAsJava(String token) throws DecimalParser.BadToken {
        double expected = Double.parseDouble(token);
        double actual = parse(token);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "+0", "0.0", "17", "-17", "0.0553", "1.", ".5", "-.5", "1e5", "1E+05",
        "2.5e-3", "9007199254740992", "9007199254740993", "18014398509481985", "0.1", "1e22", "1e23", "1e-22",
        "1e-23", "123456789012345678901234567890", "0.000000000000000000000000000001", "4.9e-324", "1e-400",
        "1.7976931348623157e308", "5.530000000000000e-02", "-8.551274266649145e+03", "00012", "3.14159265358979323846",
        // 16-digit significands above 2^53: even ones are exact doubles (fast path), odd ones are not
        "9.007199254740994e-01", "9.007199254740993e-01", "9.500000000000000e-02", "9999999999999998",
        "9.999999999999999e+05", "-9.876543210987654e-16", "9.876543210987654e+22", "9.876543210987654e-23"})
    void agreesWithParseDouble(String token) throws DecimalParser.BadToken {
        assertSameAsJava(token);
    }

    /**
     * The fast path and the fallback must agree with the JDK on every token shape ISF files
     * contain, scanned one after another from one buffer as the lattice reader does.
     */
    @Test
    void agreesWithParseDoubleOnRandomTokens() throws DecimalParser.BadToken {
        Random random = new Random(20260101);
        List<String> tokens = new ArrayList<>();
        while (tokens.size() < 300_000) {
            double v = switch (tokens.size() % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * 1000;
                case 2 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(12));
                default -> random.nextInt(2_000_000) - 1_000_000;
            };
            if (Double.isFinite(v)) {
                tokens.add(Double.toString(v));
                tokens.add(new BigDecimal(v).round(new MathContext(16)).toString()); // like %.15e
                tokens.add(new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).toPlainString());
            }
        }
        byte[] text = String.join(" \r\n\t", tokens).getBytes(StandardCharsets.ISO_8859_1);
        DecimalParser scanner = new DecimalParser();
        int pos = 0;
        for (String token : tokens) {
            pos = scanner.scan(text, pos, text.length);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(token)), Double.doubleToRawLongBits(scanner.value()),
                    token);
            pos += 4;
        }
        assertEquals(text.length + 4, pos);
    }

    @Test
    void keepsTheSignOfZero() throws DecimalParser.BadToken {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse("-0.000")));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(parse("0e10")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.5f", "1d", "0x10", "1,5", "1_000", "--1", "1..2", "abc"})
    void rejectsWhatPythonFloatRejects(String token) {
        DecimalParser.BadToken e = assertThrows(DecimalParser.BadToken.class, () -> parse(token));
        assertEquals("cannot parse '" + token + "' as a number", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nan", "NaN", "-nan", "inf", "-inf", "Infinity", "+infinity"})
    void rejectsNonFiniteWords(String token) {
        DecimalParser.BadToken e = assertThrows(DecimalParser.BadToken.class, () -> parse(token));
        assertEquals("value '" + token + "' is not finite; expected a finite number", e.getMessage());
    }

    /** Beyond the largest double: Python reads these as inf, which lattices must not contain. */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1.797693134862316e+308"})
    void rejectsOverflowToInfinity(String token) {
        DecimalParser.BadToken e = assertThrows(DecimalParser.BadToken.class, () -> parse(token));
        assertEquals("number '" + token + "' is too large for a double (overflows to infinity)", e.getMessage());
    }
}
