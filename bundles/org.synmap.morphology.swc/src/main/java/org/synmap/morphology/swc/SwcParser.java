package org.synmap.morphology.swc;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.synmap.format.text.Decimals;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Section;

/**
 * Reads the lines of an SWC file: seven blank-separated columns {@code id type x y z radius
 * parent}; {@code #} starts a comment (a whole line or the rest of one); blank lines are skipped.
 */
final class SwcParser {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final String[] COORDINATES = {"x", "y", "z", "radius"};

    private SwcParser() {
    }

    static List<SwcNode> parse(BufferedReader in, String file) throws IOException {
        List<SwcNode> nodes = new ArrayList<>();
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a UTF-8 byte-order mark is not whitespace: it would stick to the first id
            }
            int hash = line.indexOf('#');
            String data = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!data.isEmpty()) {
                nodes.add(sample(data.split("\\s+"), file, n));
            }
        }
        if (nodes.isEmpty()) {
            throw new InputFormatException(file, 0, "no samples: expected lines 'id type x y z radius parent'");
        }
        return nodes;
    }

    private static SwcNode sample(String[] f, String file, int n) throws InputFormatException {
        if (f.length != 7) {
            throw new InputFormatException(file, n, "expected 7 columns 'id type x y z radius parent', found " + f.length);
        }
        int id = integer(f[0], "the sample id", file, n);
        int type = integer(f[1], "the type", file, n);
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = decimal(f[2 + i], COORDINATES[i], file, n);
        }
        int parent = integer(f[6], "the parent id", file, n);
        if (id < 0) {
            throw new InputFormatException(file, n, "expected a sample id >= 0, found " + id);
        }
        if (type < SwcNode.SOMA || type > SwcNode.APICAL) {
            throw new InputFormatException(file, n, "type " + type + " is not supported: expected 1 (soma), 2 (axon),"
                    + " 3 (dendrite) or 4 (apical dendrite); relabel undefined and custom types");
        }
        if (v[3] < 0) {
            throw new InputFormatException(file, n, "expected a radius >= 0, found " + f[5]);
        }
        if (parent < -1) {
            throw new InputFormatException(file, n, "expected a parent id >= 0, or -1 for a root, found " + parent);
        }
        return new SwcNode(id, type, v[0], v[1], v[2], v[3], parent, n);
    }

    private static int integer(String text, String what, String file, int n) throws InputFormatException {
        if (!INTEGER.matcher(text).matches()) {
            throw new InputFormatException(file, n, "expected an integer for " + what + ", found '" + text + "'");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InputFormatException(file, n, what + " " + text + " is out of range");
        }
    }

    /**
     * A finite decimal, read strictly as {@link Decimals#parseFinite} says (no NaN, inf, hexadecimal, 1e400),
     * within {@link Section#MAX_COORDINATE}.
     */
    private static double decimal(String text, String what, String file, int n) throws InputFormatException {
        try {
            return Decimals.parseBounded(text, what, Section.MAX_COORDINATE);
        } catch (NumberFormatException e) {
            throw new InputFormatException(file, n, e.getMessage());
        }
    }
}
