package org.synmap.format.text;

import java.util.regex.Pattern;

/**
 * Reads decimal number text from input files strictly, so that every reader accepts the same
 * numbers and refuses the others with the same words.
 *
 * <p>Accepted: {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, the plain
 * decimals Python's {@code float()} reads (ISF's files are read by Python), without its extras
 * ({@code inf}, {@code nan}, digit underscores) and without Java's ({@code NaN},
 * {@code Infinity}, hexadecimal, a trailing {@code d}/{@code f}). A decimal beyond the double
 * range (e.g. {@code 1e400}) is refused too: Python would read it as {@code inf}, which turns
 * every length, position or density it touches into inf or NaN. The text must not have
 * surrounding blanks; callers strip where their format allows them.
 *
 * <p>A refusal is a {@link NumberFormatException} whose message is one line naming the field
 * and the offending text, e.g. {@code expected a number for y, found 'two'}; a reader prefixes
 * it with file and line (for instance as the detail of its {@code InputFormatException}).
 */
public final class Decimals {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final String BEYOND_RANGE = " (beyond the double range)";

    private Decimals() {
    }

    /**
     * Parses a finite decimal.
     *
     * @param what names the field in the message, after "for" (e.g. {@code y}, {@code the parent position})
     * @throws NumberFormatException {@code expected a number for <what>, found '<text>'}, or
     *         {@code expected a finite number for <what>, found '<text>' (beyond the double range)}
     */
    public static double parseFinite(String text, String what) {
        if (!DECIMAL.matcher(text).matches()) {
            throw refusal("a number", what, text, "");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw refusal("a finite number", what, text, BEYOND_RANGE);
        }
        return value;
    }

    /**
     * Parses a finite decimal of magnitude at most {@code limit}.
     *
     * @param what names the field in the message, after "for"
     * @throws NumberFormatException as {@link #parseFinite}, or {@code expected a number of magnitude
     *         at most <limit> for <what>, found '<text>'}
     */
    public static double parseBounded(String text, String what, double limit) {
        double value = parseFinite(text, what);
        if (Math.abs(value) > limit) {
            throw new NumberFormatException("expected a number of magnitude at most " + limit + " for " + what
                    + ", found '" + text + "'");
        }
        return value;
    }

    /**
     * Parses a finite decimal that is not negative ({@code -0} counts as zero).
     *
     * @param what names the field in the message, after "for"
     * @throws NumberFormatException {@code expected a finite non-negative number for <what>,
     *         found '<text>'}, followed by {@code (beyond the double range)} where that is why
     */
    public static double parseFiniteNonNegative(String text, String what) {
        String expected = "a finite non-negative number";
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (Double.isInfinite(value)) {
                throw refusal(expected, what, text, BEYOND_RANGE);
            }
            if (value >= 0) {
                return value;
            }
        }
        throw refusal(expected, what, text, "");
    }

    private static NumberFormatException refusal(String expected, String what, String text, String why) {
        return new NumberFormatException("expected " + expected + " for " + what + ", found '" + text + "'" + why);
    }
}
