package org.synmap.morphology.hoc;

import java.math.BigDecimal;

import org.synmap.format.text.Decimals;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Section;

/** Number text in hoc files: strict decimal parsing and round-trip formatting. */
final class HocNumbers {
    private static final String[] POINT_FIELDS = {"x", "y", "z", "diameter"};

    private HocNumbers() {
    }

    /**
     * Parses one finite decimal as {@link Decimals#parseFinite} does (Python's {@code float()}
     * without inf, nan and underscores; nothing beyond the double range); surrounding blanks are
     * allowed.
     *
     * @param what names the value in the error message
     */
    static double parse(String text, String what, HocSource src, int line) throws InputFormatException {
        try {
            return Decimals.parseBounded(text.strip(), what, Section.MAX_COORDINATE);
        } catch (NumberFormatException e) {
            throw src.error(line, e.getMessage());
        }
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
