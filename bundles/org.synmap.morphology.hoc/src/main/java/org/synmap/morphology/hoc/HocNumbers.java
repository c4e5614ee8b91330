package org.synmap.morphology.hoc;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.synmap.morphology.api.InputFormatException;

/** Number text in hoc files: strict decimal parsing and round-trip formatting. */
final class HocNumbers {
    /**
     * A finite decimal as Python's {@code float()} reads it, without its extras ({@code inf},
     * {@code nan}, digit underscores), which a morphology never needs. Java's own parser would
     * also take hexadecimal and a trailing {@code d}/{@code f}.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final String[] POINT_FIELDS = {"x", "y", "z", "diameter"};

    private HocNumbers() {
    }

    /**
     * Parses one finite decimal; surrounding blanks are allowed. A decimal beyond the double
     * range (e.g. {@code 1e400}) is refused: Python would read it as {@code inf}, which turns
     * every length and position it touches into inf or NaN.
     *
     * @param what names the value in the error message
     */
    static double parse(String text, String what, HocSource src, int line) throws InputFormatException {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw src.error(line, "expected a number for " + what + ", found '" + t + "'");
        }
        double value = Double.parseDouble(t);
        if (Double.isInfinite(value)) {
            throw src.error(line, "expected a finite number for " + what + ", found '" + t + "' (beyond the double range)");
        }
        return value;
    }

    /**
     * Reads {@code x, y, z, diameter} from a {@code pt3dadd(...)} statement: the text between
     * the first {@code (} of the line and the next {@code )}, split at commas (isf-spec §2.1 rule 2).
     */
    static double[] pt3dadd(String statement, HocSource src, int line) throws InputFormatException {
        int open = statement.indexOf('(');
        if (open < 0) {
            throw src.error(line, "expected '(' after pt3dadd");
        }
        int close = statement.indexOf(')', open + 1);
        if (close < 0) {
            throw src.error(line, "expected ')' closing pt3dadd(x, y, z, diameter) (truncated line?)");
        }
        String[] parts = statement.substring(open + 1, close).split(",", -1);
        if (parts.length != 4) {
            throw src.error(line, "expected 4 numbers x, y, z, diameter in pt3dadd(...), found " + parts.length);
        }
        double[] xyzd = new double[4];
        for (int i = 0; i < 4; i++) {
            xyzd[i] = parse(parts[i], POINT_FIELDS[i], src, line);
        }
        if (xyzd[3] < 0) {
            throw src.error(line, "expected a diameter >= 0, found " + parts[3].strip());
        }
        return xyzd;
    }

    /**
     * The shortest decimal text that parses back to exactly {@code v}, without an exponent
     * (plain digits read the same in ISF's Python, in NEURON and here). Keeps the sign of -0.0.
     */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot write the non-finite value " + v + " to a hoc file");
        }
        String s = Double.toString(v);
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
}
