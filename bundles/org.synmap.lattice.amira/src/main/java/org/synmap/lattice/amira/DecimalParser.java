package org.synmap.lattice.amira;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal number tokens from bytes, correctly rounded (the same double as
 * {@link Double#parseDouble}), in one pass and without allocating in the common cases.
 *
 * <p>Accepted syntax (what Python's {@code float()} accepts for plain decimals):
 * {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}. Anything else, including
 * Java-only forms such as {@code 1.5f} or hex, is rejected.
 *
 * <p>Fast path (Clinger 1990): when the significand digits form an integer m that is an exact
 * double (m ≤ 2⁵³, or m < 10¹⁷ whose odd part is ≤ 2⁵³, e.g. an even 16-digit m) and the
 * decimal exponent e satisfies |e| ≤ 22, both m and 10^|e| are exact doubles, so the single
 * IEEE multiplication or division {@code m·10^e} / {@code m/10^-e} is the correctly rounded
 * result. That covers plain integers ({@code 0}, {@code 17}), short decimals such as
 * {@code 0.0553} and about 97 % of ISF's 16-digit {@code %.15e} values (all of them when the
 * value was chosen to survive that text, as synmap's synthetic model does). Other tokens
 * (odd 16-digit significands above 2⁵³, long or extreme ones) fall back to
 * {@link Double#parseDouble} on the token.
 */
final class DecimalParser {
    /** Largest odd part of a significand that converts to a double exactly. */
    private static final long MAX_EXACT_SIGNIFICAND = 1L << 53;
    /** Stop accumulating digits beyond this; the fast path no longer applies anyway. */
    private static final long ACCUMULATION_LIMIT = 100_000_000_000_000_000L;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int e = 0; e < POWERS_OF_TEN.length; e++) {
            POWERS_OF_TEN[e] = p;
            p *= 10;
        }
    }

    /** Why a token is not a number. */
    static final class BadToken extends Exception {
        private static final long serialVersionUID = 1L;

        BadToken(String detail) {
            super(detail, null, false, false);
        }
    }

    private double value;

    /** The value of the token last scanned by {@link #scan}. */
    double value() {
        return value;
    }

    /** Parses {@code bytes[start..end)} as one finite number. */
    static double parse(byte[] bytes, int start, int end) throws BadToken {
        DecimalParser parser = new DecimalParser();
        if (parser.scan(bytes, start, end) != end) {
            throw invalid(bytes, start, end);
        }
        return parser.value;
    }

    /**
     * Scans the token starting at {@code start}, which ends at a blank, tab, carriage return,
     * newline or {@code end}, and stores its value for {@link #value()}.
     *
     * @return the index just past the token
     * @throws BadToken when the token is not a decimal number, or is NaN or infinite (also
     *                  after overflow), with a message saying which
     */
    int scan(byte[] bytes, int start, int end) throws BadToken {
        int p = start;
        boolean negative = false;
        if (p < end && (bytes[p] == '-' || bytes[p] == '+')) {
            negative = bytes[p] == '-';
            p++;
        }
        long significand = 0;
        boolean exactSignificand = true;
        int decimalExponent = 0;
        int digitCount = 0;
        for (; p < end && isDigit(bytes[p]); p++, digitCount++) {
            if (significand < ACCUMULATION_LIMIT) {
                significand = significand * 10 + (bytes[p] - '0');
            } else {
                exactSignificand = false;
                decimalExponent++;
            }
        }
        if (p < end && bytes[p] == '.') {
            p++;
            for (; p < end && isDigit(bytes[p]); p++, digitCount++) {
                if (significand < ACCUMULATION_LIMIT) {
                    significand = significand * 10 + (bytes[p] - '0');
                    decimalExponent--;
                } else {
                    exactSignificand = false;
                }
            }
        }
        if (digitCount == 0) {
            throw invalid(bytes, start, tokenEnd(bytes, p, end));
        }
        if (p < end && (bytes[p] == 'e' || bytes[p] == 'E')) {
            p++;
            boolean negativeExponent = false;
            if (p < end && (bytes[p] == '-' || bytes[p] == '+')) {
                negativeExponent = bytes[p] == '-';
                p++;
            }
            int exponentDigits = 0;
            int exponent = 0;
            for (; p < end && isDigit(bytes[p]); p++, exponentDigits++) {
                if (exponent < 100_000) { // beyond any double's range; avoids int overflow
                    exponent = exponent * 10 + (bytes[p] - '0');
                }
            }
            if (exponentDigits == 0) {
                throw invalid(bytes, start, tokenEnd(bytes, p, end));
            }
            decimalExponent += negativeExponent ? -exponent : exponent;
        }
        if (p != end && !isSeparator(bytes[p])) {
            throw invalid(bytes, start, tokenEnd(bytes, p, end));
        }
        if (significand == 0 && exactSignificand) {
            value = negative ? -0.0 : 0.0;
            return p;
        }
        if (exactSignificand && isExactDouble(significand)
                && decimalExponent >= -22 && decimalExponent <= 22) {
            value = decimalExponent >= 0 ? significand * POWERS_OF_TEN[decimalExponent]
                    : significand / POWERS_OF_TEN[-decimalExponent];
            value = negative ? -value : value;
        } else {
            value = Double.parseDouble(text(bytes, start, p));
        }
        if (Double.isInfinite(value)) {
            throw new BadToken("number '" + text(bytes, start, p) + "' is too large for a double (overflows to infinity)");
        }
        return p;
    }

    /** Whether the non-negative {@code m} converts to a double without rounding. */
    private static boolean isExactDouble(long m) {
        return m <= MAX_EXACT_SIGNIFICAND || m >>> Long.numberOfTrailingZeros(m) <= MAX_EXACT_SIGNIFICAND;
    }

    /** Whether {@code b} separates tokens: blank, tab, carriage return or newline. */
    static boolean isSeparator(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private static int tokenEnd(byte[] bytes, int from, int end) {
        int p = from;
        while (p < end && !isSeparator(bytes[p])) {
            p++;
        }
        return p;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static BadToken invalid(byte[] bytes, int start, int end) {
        String token = text(bytes, start, end);
        String lower = token.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[+-]", "");
        if (lower.equals("nan") || lower.equals("inf") || lower.equals("infinity")) {
            return new BadToken("value '" + token + "' is not finite; expected a finite number");
        }
        return new BadToken("cannot parse '" + token + "' as a number");
    }

    static String text(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
