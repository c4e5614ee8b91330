package org.synmap.lattice.amira;

import org.synmap.morphology.api.InputFormatException;

/**
 * The ASCII data section of an AmiraMesh lattice: whitespace-separated numbers, one or several
 * per line, blank lines ignored (isf-spec §2.3). Scans the bytes once, with no String per line
 * and no regular expressions, because a full model has thousands of such files.
 */
final class AsciiValues {

    private AsciiValues() {
    }

    /**
     * Parses exactly nx·ny·nz values, stored x fastest in the file, into C order.
     *
     * @param firstLine 1-based number of the line starting at {@code start}
     */
    static double[] parse(byte[] bytes, int start, int firstLine, int[] dims, String file) throws InputFormatException {
        final int count = dims[0] * dims[1] * dims[2];
        final int nx = dims[0];
        final int ny = dims[1];
        final int stepI = dims[1] * dims[2]; // C-order index step of i
        final int nz = dims[2];
        double[] values = new double[count];
        DecimalParser parser = new DecimalParser();
        int found = 0;
        int i = 0;
        int j = 0;
        int k = 0;
        int index = 0; // C-order index of (i, j, k): (i·ny + j)·nz + k
        int line = firstLine;
        int pos = start;
        final int end = bytes.length;
        while (pos < end) {
            byte b = bytes[pos];
            if (b == '\n') {
                line++;
                pos++;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                pos++;
            } else {
                if (found == count) {
                    throw new InputFormatException(file, line, "too many values: expected " + count
                            + " (the lattice's nx·ny·nz), found more, starting with '"
                            + DecimalParser.text(bytes, pos, tokenEnd(bytes, pos)) + "'");
                }
                try {
                    pos = parser.scan(bytes, pos, end);
                } catch (DecimalParser.BadToken e) {
                    throw new InputFormatException(file, line, e.getMessage());
                }
                values[index] = parser.value();
                found++;
                if (pos == end) {
                    // ISF ends every value with a newline: a last value without one may be cut short
                    throw new InputFormatException(file, line, "the file ends inside the value '"
                            + DecimalParser.text(bytes, tokenStart(bytes, pos), pos) + "' (no newline after it):"
                            + " expected a complete value and a newline; the file may be truncated");
                }
                // advance (i, j, k) with x fastest
                if (++i < nx) {
                    index += stepI;
                } else {
                    i = 0;
                    if (++j < ny) {
                        index = j * nz + k;
                    } else {
                        j = 0;
                        index = ++k;
                    }
                }
            }
        }
        if (found < count) {
            // A trailing newline ends the last line; it does not start another one.
            int lastLine = end > start && bytes[end - 1] == '\n' ? line - 1 : line;
            throw new InputFormatException(file, lastLine, "expected " + count + " values, found " + found);
        }
        return values;
    }

    private static int tokenStart(byte[] bytes, int end) {
        int p = end;
        while (p > 0 && !DecimalParser.isSeparator(bytes[p - 1])) {
            p--;
        }
        return p;
    }

    private static int tokenEnd(byte[] bytes, int from) {
        int p = from;
        while (p < bytes.length && !DecimalParser.isSeparator(bytes[p])) {
            p++;
        }
        return p;
    }
}
