package org.synmap.lattice.amira;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.synmap.morphology.api.InputFormatException;

/**
 * The header of an AmiraMesh uniform lattice, read with ISF's rules (isf-spec §2.3):
 * <ul>
 * <li>a line containing {@code define} and {@code Lattice}: its last 3 tokens are nx ny nz;</li>
 * <li>a line containing {@code BoundingBox}: after stripping blanks, tabs and commas from its
 * ends, its last 6 tokens are the voxel-<em>centre</em> bounds x0 x1 y0 y1 z0 z1;</li>
 * <li>a line containing {@code Spacing}: likewise, its last 3 tokens are sx sy sz;</li>
 * <li>the data follow the first line whose first two characters are {@code @1}.</li>
 * </ul>
 * Additions to ISF: comment lines ({@code #}) are not searched for these keywords, a field
 * given twice is an error, a missing {@code Spacing} is derived as {@code (x1−x0)/(nx−1)}
 * (impossible when nx is 1), and the first line selects ASCII or binary encoding, with the
 * {@code Lattice { float|double Data } @1} declaration giving the binary value type.
 */
final class AmiraHeader {

    /** How the data section is stored. */
    enum Encoding {
        ASCII, BINARY_LITTLE_ENDIAN, BINARY_BIG_ENDIAN
    }

    final String file;
    final Encoding encoding;
    final int[] dims;
    /** Voxel-centre bounds x0 x1 y0 y1 z0 z1 as written. */
    final double[] centreBounds;
    final double[] spacing;
    /** Bytes per binary value (4 for float, 8 for double); 0 when not declared. */
    final int binaryValueSize;
    /** Offset of the first data byte. */
    final int dataStart;
    /** 1-based number of the {@code @1} line that starts the data section. */
    final int dataMarkerLine;

    private AmiraHeader(Builder b, int dataStart, int dataMarkerLine) {
        this.file = b.file;
        this.encoding = b.encoding;
        this.dims = b.dims;
        this.centreBounds = b.centreBounds;
        this.spacing = b.spacing;
        this.binaryValueSize = b.binaryValueSize;
        this.dataStart = dataStart;
        this.dataMarkerLine = dataMarkerLine;
    }

    /** Lower voxel edge on {@code axis}: {@code x0 − sx/2} (ISF's expression). */
    double lowerEdge(int axis) {
        return centreBounds[2 * axis] - spacing[axis] / 2;
    }

    /** Upper voxel edge on {@code axis}: {@code x1 + sx/2} (ISF's expression). */
    double upperEdge(int axis) {
        return centreBounds[2 * axis + 1] + spacing[axis] / 2;
    }

    /** Reads the header lines of {@code bytes} up to and including the {@code @1} line. */
    static AmiraHeader parse(byte[] bytes, String file) throws InputFormatException {
        Builder b = new Builder(file);
        int pos = 0;
        int line = 0;
        while (pos < bytes.length) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            line++;
            String text = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
            int next = Math.min(end + 1, bytes.length);
            if (line == 1) {
                b.encoding = encodingOf(text);
            }
            if (text.startsWith("@1")) {
                b.requireComplete(line);
                return new AmiraHeader(b, next, line);
            }
            b.accept(text, line);
            pos = next;
        }
        throw new InputFormatException(file, line, "no data section: expected a line starting with '@1'");
    }

    private static Encoding encodingOf(String firstLine) {
        if (firstLine.contains("BINARY-LITTLE-ENDIAN")) {
            return Encoding.BINARY_LITTLE_ENDIAN;
        }
        if (firstLine.contains("BINARY")) {
            return Encoding.BINARY_BIG_ENDIAN;
        }
        return Encoding.ASCII;
    }

    /** Collects header fields line by line. */
    private static final class Builder {
        final String file;
        Encoding encoding = Encoding.ASCII;
        int[] dims;
        int dimsLine;
        double[] centreBounds;
        int boundsLine;
        double[] spacing;
        int spacingLine;
        int binaryValueSize;
        String dataDeclaration;

        Builder(String file) {
            this.file = file;
        }

        void accept(String text, int line) throws InputFormatException {
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                return;
            }
            if (text.contains("define") && text.contains("Lattice")) {
                rejectDuplicate(dims, dimsLine, "define Lattice", line);
                dims = dimensions(lastTokens(trimmed, 3, "define Lattice nx ny nz", line), line);
                dimsLine = line;
            } else if (text.contains("BoundingBox")) {
                rejectDuplicate(centreBounds, boundsLine, "BoundingBox", line);
                centreBounds = numbers(lastTokens(stripEnds(text), 6, "BoundingBox x0 x1 y0 y1 z0 z1", line), line);
                boundsLine = line;
            } else if (text.contains("Spacing")) {
                rejectDuplicate(spacing, spacingLine, "Spacing", line);
                spacing = numbers(lastTokens(stripEnds(text), 3, "Spacing sx sy sz", line), line);
                spacingLine = line;
            } else if (trimmed.startsWith("Lattice") && trimmed.contains("{")) {
                dataDeclaration(trimmed, line);
            }
        }

        /** {@code Lattice { float Data } @1}: records the binary value size. */
        private void dataDeclaration(String trimmed, int line) throws InputFormatException {
            int open = trimmed.indexOf('{');
            int close = trimmed.indexOf('}', open);
            if (close < 0) {
                throw new InputFormatException(file, line, "expected 'Lattice { float Data } @1'");
            }
            String[] inside = trimmed.substring(open + 1, close).strip().split("\\s+");
            String after = trimmed.substring(close + 1).strip();
            dataDeclaration = trimmed;
            if (after.contains("(")) {
                binaryValueSize = -1; // compressed (HxZip, HxByteRLE): rejected for binary files below
                return;
            }
            binaryValueSize = switch (inside[0]) {
                case "float" -> 4;
                case "double" -> 8;
                default -> -1;
            };
        }

        void requireComplete(int markerLine) throws InputFormatException {
            if (dims == null) {
                throw new InputFormatException(file, markerLine, "header ends without 'define Lattice nx ny nz'");
            }
            if (centreBounds == null) {
                throw new InputFormatException(file, markerLine, "header ends without 'BoundingBox x0 x1 y0 y1 z0 z1'");
            }
            for (int a = 0; a < 3; a++) {
                if (centreBounds[2 * a + 1] < centreBounds[2 * a]) {
                    throw new InputFormatException(file, boundsLine, "BoundingBox upper bound " + centreBounds[2 * a + 1]
                            + " is below lower bound " + centreBounds[2 * a] + " on axis " + "xyz".charAt(a));
                }
            }
            if (spacing == null) {
                spacing = derivedSpacing(markerLine);
            } else {
                for (int a = 0; a < 3; a++) {
                    if (!(spacing[a] > 0)) {
                        throw new InputFormatException(file, spacingLine, "Spacing must be positive, found "
                                + spacing[a] + " on axis " + "xyz".charAt(a));
                    }
                }
                requireConsistent();
            }
            if (encoding != Encoding.ASCII) {
                if (dataDeclaration == null) {
                    throw new InputFormatException(file, markerLine,
                            "binary file without a 'Lattice { float Data } @1' declaration");
                }
                if (binaryValueSize <= 0) {
                    throw new InputFormatException(file, markerLine, "unsupported binary data declaration '"
                            + dataDeclaration + "'; expected 'Lattice { float Data } @1' or 'Lattice { double Data } @1'");
                }
            }
        }

        /**
         * The three descriptions of the grid must agree: the BoundingBox of voxel centres spans
         * (n − 1) spacings on every axis. A header whose dimensions were transposed, or whose
         * spacing belongs to another lattice, would otherwise be read as a different grid.
         */
        private void requireConsistent() throws InputFormatException {
            for (int a = 0; a < 3; a++) {
                double width = centreBounds[2 * a + 1] - centreBounds[2 * a];
                double expected = (dims[a] - 1) * spacing[a];
                // text with 6+ significant digits: agree to a millionth of the extent
                if (Math.abs(width - expected) > 1e-6 * Math.max(Math.abs(width), spacing[a])) {
                    throw new InputFormatException(file, boundsLine, "define Lattice " + dims[0] + " " + dims[1] + " "
                            + dims[2] + " (line " + dimsLine + "), BoundingBox and Spacing " + spacing[0] + " "
                            + spacing[1] + " " + spacing[2] + " (line " + spacingLine + ") disagree on axis "
                            + "xyz".charAt(a) + ": the BoundingBox spans " + width + " but " + dims[a] + " voxels of "
                            + spacing[a] + " span " + expected + " between the first and last centres");
                }
            }
        }

        /** Spacing from centre bounds when the file has no Spacing line: (x1 − x0)/(nx − 1). */
        private double[] derivedSpacing(int markerLine) throws InputFormatException {
            double[] s = new double[3];
            for (int a = 0; a < 3; a++) {
                if (dims[a] == 1) {
                    throw new InputFormatException(file, markerLine, "header ends without 'Spacing sx sy sz', which is"
                            + " required when a dimension is 1 (axis " + "xyz".charAt(a) + ")");
                }
                s[a] = (centreBounds[2 * a + 1] - centreBounds[2 * a]) / (dims[a] - 1);
                if (!(s[a] > 0)) {
                    throw new InputFormatException(file, boundsLine, "cannot derive a spacing on axis " + "xyz".charAt(a)
                            + " from a BoundingBox of zero width; add a 'Spacing sx sy sz' line");
                }
            }
            return s;
        }

        private void rejectDuplicate(Object previous, int previousLine, String field, int line) throws InputFormatException {
            if (previous != null) {
                throw new InputFormatException(file, line, field + " given twice (first on line " + previousLine + ")");
            }
        }

        private String[] lastTokens(String text, int n, String expected, int line) throws InputFormatException {
            String[] tokens = text.strip().split("\\s+");
            if (tokens.length < n + 1) {
                throw new InputFormatException(file, line, "expected '" + expected + "', found '" + text.strip() + "'");
            }
            return Arrays.copyOfRange(tokens, tokens.length - n, tokens.length);
        }

        private int[] dimensions(String[] tokens, int line) throws InputFormatException {
            int[] d = new int[3];
            for (int a = 0; a < 3; a++) {
                try {
                    d[a] = Integer.parseInt(tokens[a]);
                } catch (NumberFormatException e) {
                    d[a] = 0;
                }
                if (d[a] < 1) {
                    throw new InputFormatException(file, line, "expected a positive integer lattice dimension, found '"
                            + tokens[a] + "'");
                }
            }
            if ((long) d[0] * d[1] * d[2] > Integer.MAX_VALUE - 8) {
                throw new InputFormatException(file, line, "lattice of " + d[0] + "x" + d[1] + "x" + d[2]
                        + " is too large for one array");
            }
            return d;
        }

        private double[] numbers(String[] tokens, int line) throws InputFormatException {
            double[] v = new double[tokens.length];
            for (int t = 0; t < tokens.length; t++) {
                byte[] token = tokens[t].getBytes(StandardCharsets.ISO_8859_1);
                try {
                    v[t] = DecimalParser.parse(token, 0, token.length);
                } catch (DecimalParser.BadToken e) {
                    throw new InputFormatException(file, line, e.getMessage());
                }
            }
            return v;
        }

        /** ISF strips blanks, tabs, newlines (and, here, carriage returns) and commas from both ends. */
        private static String stripEnds(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && " \t\r\n,".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && " \t\r\n,".indexOf(text.charAt(to - 1)) >= 0) {
                to--;
            }
            return text.substring(from, to);
        }
    }
}
