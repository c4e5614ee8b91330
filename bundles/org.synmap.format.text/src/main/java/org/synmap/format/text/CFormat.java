package org.synmap.format.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * C {@code printf} conversions as ISF's files use them (isf-spec §2.14): {@code %.15e} for
 * AmiraMesh lattice values and {@code %.6f} for landmark coordinates. C rounds the exact binary
 * value half-to-even; Java's {@code String.format} rounds half-up and so differs on exact decimal
 * ties (e.g. {@code 0.0078125} is {@code 0.007812} in C, {@code 0.007813} in Java). Both
 * conversions here round the exact value half-to-even.
 *
 * <p>A full model export formats ~29 M lattice values, so both conversions avoid
 * {@link BigDecimal} on their common path: {@code %.6f} multiplies by 10^6 exactly in 128-bit
 * integer arithmetic; {@code %.15e} scales by a 128-bit approximation of a power of ten and
 * falls back to exact decimal arithmetic only in the rare case that the approximation cannot
 * tell on which side of a rounding tie the value lies (exact ties included).
 */
public final class CFormat {
    private static final int E15_DIGITS = 16;
    private static final MathContext E15_CONTEXT = new MathContext(E15_DIGITS, RoundingMode.HALF_EVEN);
    private static final String ZERO_E15 = "0.000000000000000e+00";
    private static final long TEN_POW_8 = 100_000_000L;
    private static final long TEN_POW_16 = 10_000_000_000_000_000L;
    private static final long MICROS = 1_000_000L;
    /** Below this magnitude {@code |v|·10^6} fits in a signed long and {@code f6} needs no BigDecimal. */
    private static final double F6_FAST_LIMIT = 0x1p43;

    /** Marks a result of {@link #roundedDigits} that needs exact arithmetic to decide. */
    private static final long NOT_DECIDED = -1;
    /**
     * Half-width of the band around a rounding tie, in units of 2^−64 of the scaled value, in
     * which {@link #roundedDigits} defers to exact arithmetic. Its error is below 2 units (see
     * there); the band is far wider so that no subtlety in that bound can matter, and it still
     * catches a non-tie value only with probability ~2^−31.
     */
    private static final long TIE_BAND = 1L << 32;

    /**
     * Scales q = 15 − k that {@link #e15} uses: k from floor(log10(2^−1074)) = −324 to
     * floor(log10(Double.MAX_VALUE)) = 308.
     */
    private static final int POW10_MIN_Q = 15 - 308;
    private static final int POW10_MAX_Q = 15 + 324;
    /** 10^q ≈ (high·2^64 + low)·2^exponent, the 128-bit mantissa rounded down, top bit set. */
    private static final long[] POW10_HIGH = new long[POW10_MAX_Q - POW10_MIN_Q + 1];
    private static final long[] POW10_LOW = new long[POW10_HIGH.length];
    private static final int[] POW10_EXPONENT = new int[POW10_HIGH.length];

    /** The tens and the ones digit of 0…99, for writing digits in pairs. */
    private static final byte[] DIGIT_TENS = new byte[100];
    private static final byte[] DIGIT_ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_TENS[i] = (byte) ('0' + i / 10);
            DIGIT_ONES[i] = (byte) ('0' + i % 10);
        }
        fillPowersOfTen();
    }

    private CFormat() {
    }

    /**
     * {@code printf("%.15e", v)}: 16 significant digits, exponent of at least two digits.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite (ISF never writes those)
     */
    public static String e15(double v) {
        requireFinite(v);
        long bits = Double.doubleToRawLongBits(v);
        boolean negative = bits < 0;
        if (v == 0) {
            return negative ? "-" + ZERO_E15 : ZERO_E15;
        }
        // v = m·2^e with the significand shifted so that its top bit is bit 63
        long significand = significand(bits);
        int shift = Long.numberOfLeadingZeros(significand);
        long m = significand << shift;
        int e = binaryExponent(bits) - shift;
        // 10^k <= 2^(e+63) <= |v| < 2^(e+64) < 2·10^(k+1), so the decimal exponent is k or k+1
        int k = floorLog10Pow2(e + Long.SIZE - 1);
        long digits = roundedDigits(m, e, E15_DIGITS - 1 - k);
        if (digits == NOT_DECIDED) {
            return e15Exact(v);
        }
        if (digits >= TEN_POW_16) {
            // |v| >= 10^(k+1), or it rounds up to that (the double 1e-305 is 9.99999999999999996e-306)
            k++;
            digits = roundedDigits(m, e, E15_DIGITS - 1 - k);
            if (digits == NOT_DECIDED) {
                return e15Exact(v);
            }
        }
        return e15Text(negative, digits, k);
    }

    /**
     * {@code printf("%.6f", v)}; negative values that round to zero keep their sign, as in C.
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    public static String f6(double v) {
        requireFinite(v);
        long bits = Double.doubleToRawLongBits(v);
        if (Math.abs(v) >= F6_FAST_LIMIT) {
            return f6Exact(v);
        }
        long micros = v == 0 ? 0 : roundedMicros(significand(bits), binaryExponent(bits));
        return f6Text(bits < 0, micros);
    }

    /** C's {@code %e} exponent: {@code e}, a sign, and at least two digits ({@code e-05}, {@code e+308}). */
    static StringBuilder appendExponent(StringBuilder sb, int exponent) {
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int absExp = Math.abs(exponent);
        if (absExp < 10) {
            sb.append('0');
        }
        return sb.append(absExp);
    }

    // ---- %.15e ----------------------------------------------------------------------------

    /**
     * {@code round(m·2^e·10^q)}, half to even, for a value whose scaled result lies in
     * [10^15, 2·10^16); or {@link #NOT_DECIDED} when it lies too close to a tie.
     *
     * <p>With 10^q ≈ P·2^b (P the 128-bit {@link #POW10_HIGH}/{@link #POW10_LOW} entry, rounded
     * down), the product m·P is formed exactly in 192 bits and shifted right by −(e+b). The
     * scaled value then has at most 55 integer bits, so the shift is 136…142, i.e. 8…14 bits
     * into the top word. Keeping 64 fraction bits loses less than 2^−64, rounding P down less
     * than m·2^(e+b) < 2^55 / 2^127; both only ever make the result smaller. The returned digits
     * are therefore exact unless the fraction is within 2^−63 below ½ (or is ½, a tie).
     */
    private static long roundedDigits(long m, int e, int q) {
        int index = q - POW10_MIN_Q;
        long pHigh = POW10_HIGH[index];
        long pLow = POW10_LOW[index];
        long middle = m * pHigh;
        long top = unsignedMultiplyHigh(m, pHigh);
        long mid = middle + unsignedMultiplyHigh(m, pLow);
        if (Long.compareUnsigned(mid, middle) < 0) {
            top++;
        }
        int bitsIntoTop = -(e + POW10_EXPONENT[index]) - 2 * Long.SIZE;
        long integer = top >>> bitsIntoTop;
        long fraction = (top << (Long.SIZE - bitsIntoTop)) | (mid >>> bitsIntoTop);
        long fromHalf = fraction ^ Long.MIN_VALUE; // fraction − ½, as a signed 2^−64 count
        if (fromHalf > TIE_BAND) {
            return integer + 1;
        }
        if (fromHalf < -TIE_BAND) {
            return integer;
        }
        return NOT_DECIDED;
    }

    private static String e15Text(boolean negative, long digits, int exponent) {
        byte[] text = new byte[24];
        int pos = negative ? 1 : 0;
        text[0] = '-';
        // all 16 digits from pos + 1 on, then the leading one moved in front of the point
        int high = (int) (digits / TEN_POW_8);
        writeEightDigits(text, pos + 1, high);
        writeEightDigits(text, pos + 9, (int) (digits - high * TEN_POW_8));
        text[pos] = text[pos + 1];
        text[pos + 1] = '.';
        pos += 17;
        text[pos++] = 'e';
        text[pos++] = (byte) (exponent < 0 ? '-' : '+');
        int absExp = Math.abs(exponent);
        if (absExp >= 100) {
            text[pos++] = (byte) ('0' + absExp / 100);
            absExp %= 100;
        }
        writeTwoDigits(text, pos, absExp);
        return new String(text, 0, pos + 2, StandardCharsets.ISO_8859_1);
    }

    /** The reference conversion: the exact binary value rounded in decimal. */
    private static String e15Exact(double v) {
        BigDecimal rounded = new BigDecimal(v).abs().round(E15_CONTEXT);
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0)).append('.').append(digits, 1, digits.length());
        for (int pad = digits.length(); pad < E15_DIGITS; pad++) {
            sb.append('0');
        }
        return appendExponent(sb, exponent).toString();
    }

    /** {@code floor(log10(2^e))} for |e| <= 1650 (78913 / 2^18 is log10(2) to 6 digits, rounded down). */
    private static int floorLog10Pow2(int e) {
        return (e * 78913) >> 18;
    }

    // ---- %.6f -----------------------------------------------------------------------------

    /**
     * {@code round(m·2^e·10^6)}, half to even, exactly: m·10^6 < 2^73 is formed in 128 bits and
     * shifted right. Requires {@code m·2^e < 2^43} so that the result fits in a long.
     */
    private static long roundedMicros(long m, int e) {
        if (e >= 0) {
            return (m << e) * MICROS;
        }
        long low = m * MICROS;
        long high = Math.multiplyHigh(m, MICROS);
        // keep one bit below the units (the half) and note whether any bit below that is set
        int shift = -e - 1;
        long withHalf = shift >= 2 * Long.SIZE ? 0
                : shift >= Long.SIZE ? high >>> (shift - Long.SIZE)
                : shift == 0 ? low
                : (high << (Long.SIZE - shift)) | (low >>> shift);
        int trailingZeros = low != 0 ? Long.numberOfTrailingZeros(low)
                : Long.SIZE + Long.numberOfTrailingZeros(high);
        boolean belowHalf = trailingZeros < shift;
        long micros = withHalf >>> 1;
        boolean half = (withHalf & 1) != 0;
        return half && (belowHalf || (micros & 1) != 0) ? micros + 1 : micros;
    }

    private static String f6Text(boolean negative, long micros) {
        byte[] text = new byte[22];
        long units = micros / MICROS;
        int fraction = (int) (micros - units * MICROS);
        int pos = text.length - 7;
        text[pos] = '.';
        writeTwoDigits(text, pos + 1, fraction / 10_000);
        writeTwoDigits(text, pos + 3, fraction / 100 % 100);
        writeTwoDigits(text, pos + 5, fraction % 100);
        do {
            text[--pos] = (byte) ('0' + units % 10);
            units /= 10;
        } while (units != 0);
        if (negative) {
            text[--pos] = '-';
        }
        return new String(text, pos, text.length - pos, StandardCharsets.ISO_8859_1);
    }

    /** The reference conversion, used for |v| >= 2^43. */
    private static String f6Exact(double v) {
        BigDecimal rounded = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN);
        return rounded.toPlainString();
    }

    // ---- shared ---------------------------------------------------------------------------

    /** The integer significand of a finite double's bits (no sign; subnormals included). */
    private static long significand(long bits) {
        long fraction = bits & 0x000F_FFFF_FFFF_FFFFL;
        return (bits & 0x7FF0_0000_0000_0000L) == 0 ? fraction : fraction | 0x0010_0000_0000_0000L;
    }

    /** The power of two that {@link #significand} is scaled by. */
    private static int binaryExponent(long bits) {
        int biased = (int) (bits >>> 52) & 0x7FF;
        return Math.max(biased, 1) - 1075;
    }

    /**
     * Writes {@code value < 10^8} as eight digits with leading zeros. Split in halves and pairs
     * rather than peeled digit by digit, so that the divisions do not form one long chain.
     */
    private static void writeEightDigits(byte[] text, int pos, int value) {
        int high = value / 10_000;
        int low = value - high * 10_000;
        int highPair = high / 100;
        int lowPair = low / 100;
        writeTwoDigits(text, pos, highPair);
        writeTwoDigits(text, pos + 2, high - highPair * 100);
        writeTwoDigits(text, pos + 4, lowPair);
        writeTwoDigits(text, pos + 6, low - lowPair * 100);
    }

    /** Writes {@code value < 100} as two digits. */
    private static void writeTwoDigits(byte[] text, int pos, int value) {
        text[pos] = DIGIT_TENS[value];
        text[pos + 1] = DIGIT_ONES[value];
    }

    /** The high 64 bits of the unsigned 128-bit product (JDK 18 has this as a Math method). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static void requireFinite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot write non-finite value " + v);
        }
    }

    // ---- powers of ten ------------------------------------------------------------------------

    /** Fills the 128-bit table once (~1 ms); BigInteger gives every entry exactly rounded down. */
    private static void fillPowersOfTen() {
        for (int q = POW10_MIN_Q; q <= POW10_MAX_Q; q++) {
            BigInteger power = BigInteger.TEN.pow(Math.abs(q));
            int length = power.bitLength();
            BigInteger mantissa;
            int exponent;
            if (q >= 0) {
                exponent = length - 128;
                mantissa = exponent >= 0 ? power.shiftRight(exponent) : power.shiftLeft(-exponent);
            } else { // 2^(L−1) < 10^|q| < 2^L, so 2^(127+L) / 10^|q| lies in (2^127, 2^128)
                exponent = -(127 + length);
                mantissa = BigInteger.ONE.shiftLeft(127 + length).divide(power);
            }
            int index = q - POW10_MIN_Q;
            POW10_HIGH[index] = mantissa.shiftRight(64).longValue();
            POW10_LOW[index] = mantissa.longValue();
            POW10_EXPONENT[index] = exponent;
        }
    }
}
