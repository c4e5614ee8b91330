package org.synmap.morphology.h5;

import java.math.BigInteger;
import java.util.Arrays;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Section;

/**
 * The two tables of an H5v1 morphology, read and checked: {@code /points} (one row x, y, z, d
 * per point) and {@code /structure} (one row per section: the offset of its first point, its
 * type, its parent section or -1). Every problem names the file and the dataset, since HDF5 has
 * no lines.
 *
 * @param points    x, y, z, d per point, flattened
 * @param offsets   per section, the index of its first point
 * @param types     per section, its type (1 soma, 2 axon, 3 basal, 4 apical, 5+ custom)
 * @param parents   per section, its parent section or -1
 */
record H5v1Tables(double[] points, int[] offsets, int[] types, int[] parents) {

    int pointCount() {
        return points.length / 4;
    }

    int sectionCount() {
        return offsets.length;
    }

    /** One past the last point of section {@code i}. */
    int end(int i) {
        return i + 1 < offsets.length ? offsets[i + 1] : pointCount();
    }

    static H5v1Tables read(Group root, String file) throws InputFormatException {
        checkMetadata(root, file);
        Dataset points = dataset(root, "/points", file);
        Dataset structure = dataset(root, "/structure", file);
        double[] xyzd = numbers(points, 4, file);
        long[] rows = integers(structure, 3, file);
        int n = rows.length / 3;
        int[] offsets = new int[n];
        int[] types = new int[n];
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = toInt(rows[3 * i], "/structure", i, "offset", file);
            types[i] = toInt(rows[3 * i + 1], "/structure", i, "type", file);
            parents[i] = toInt(rows[3 * i + 2], "/structure", i, "parent", file);
        }
        H5v1Tables t = new H5v1Tables(xyzd, offsets, types, parents);
        t.check(file);
        return t;
    }

    private void check(String file) throws InputFormatException {
        int n = sectionCount();
        if (n == 0) {
            throw new InputFormatException(file, 0, "dataset /structure: expected at least one section, found none");
        }
        if (offsets[0] != 0) {
            throw new InputFormatException(file, 0, "dataset /structure row 0: expected the first section to start at"
                    + " point 0, found offset " + offsets[0]);
        }
        for (int i = 0; i < n; i++) {
            if (offsets[i] >= pointCount()) {
                throw new InputFormatException(file, 0, "dataset /structure row " + i + ": offset " + offsets[i]
                        + " is beyond the " + pointCount() + " points of /points (a truncated /points?)");
            }
            if (i + 1 < n && offsets[i + 1] <= offsets[i]) {
                throw new InputFormatException(file, 0, "dataset /structure row " + (i + 1) + ": expected offsets that"
                        + " increase (every section has points), found " + offsets[i + 1] + " after " + offsets[i]);
            }
            if (types[i] < 1) {
                throw new InputFormatException(file, 0, "dataset /structure row " + i + ": expected a section type 1"
                        + " (soma), 2 (axon), 3 (basal), 4 (apical) or a custom type >= 5, found " + types[i]);
            }
            if (parents[i] < -1 || parents[i] >= i) {
                throw new InputFormatException(file, 0, "dataset /structure row " + i + ": expected parent -1 or a"
                        + " section before this one (0.." + (i - 1) + "), found " + parents[i]);
            }
        }
        for (int p = 0; p < pointCount(); p++) {
            for (int a = 0; a < 4; a++) {
                double v = points[4 * p + a];
                if (!Double.isFinite(v) || Math.abs(v) > Section.MAX_COORDINATE) {
                    throw new InputFormatException(file, 0, "dataset /points row " + p + ": expected finite numbers"
                            + " of magnitude at most " + Section.MAX_COORDINATE + " µm, found " + v + " as "
                            + "xyzd".charAt(a));
                }
            }
            if (points[4 * p + 3] < 0) {
                throw new InputFormatException(file, 0, "dataset /points row " + p + ": expected a diameter >= 0, found "
                        + points[4 * p + 3]);
            }
        }
    }

    /**
     * MorphIO writes {@code /metadata} with a {@code version} (1, x) and a {@code cell_family}
     * attribute; files written before it have none. H5v2 files keep their data under
     * {@code /neuron1} instead.
     */
    private static void checkMetadata(Group root, String file) throws InputFormatException {
        Node metadata = child(root, "metadata", file);
        if (metadata == null) {
            if (child(root, "points", file) == null && child(root, "neuron1", file) != null) {
                throw new InputFormatException(file, 0, "this is an H5v2 morphology (group /neuron1); only H5v1 is read."
                        + " Convert it with MorphIO's morph-tool (morph-tool convert file IN.h5 OUT.h5)");
            }
            return;
        }
        Attribute version = attribute(metadata, "version", file);
        if (version != null) {
            long[] v = integerValues(version.getData());
            if (v == null || v.length == 0 || v[0] != 1) {
                throw new InputFormatException(file, 0, "attribute /metadata/version: expected an H5v1 version (1, x),"
                        + " found " + describe(version.getData()));
            }
        }
        Attribute family = attribute(metadata, "cell_family", file);
        if (family != null) {
            Object f = family.getData();
            long[] code = integerValues(f);
            boolean neuron = code != null ? code.length == 1 && code[0] == 0
                    : describe(f).replace("[", "").replace("]", "").trim().equalsIgnoreCase("NEURON");
            if (!neuron) {
                throw new InputFormatException(file, 0, "attribute /metadata/cell_family: expected NEURON, found "
                        + describe(f) + " (glia and spine files are not neuron morphologies)");
            }
        }
    }

    private static Node child(Group root, String name, String file) throws InputFormatException {
        try {
            return root.getChildren().get(name);
        } catch (RuntimeException e) {
            throw new InputFormatException(file, 0, "the HDF5 root group cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Attribute attribute(Node node, String name, String file) throws InputFormatException {
        try {
            return node.getAttribute(name);
        } catch (RuntimeException e) {
            throw new InputFormatException(file, 0, "attribute " + node.getPath() + name + " cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    private static Dataset dataset(Group root, String path, String file) throws InputFormatException {
        Node node = child(root, path.substring(1), file);
        if (node == null) {
            throw new InputFormatException(file, 0, "dataset " + path + ": expected it in an H5v1 morphology, found"
                    + " none (children of /: " + root.getChildren().keySet() + ")");
        }
        if (!(node instanceof Dataset d)) {
            throw new InputFormatException(file, 0, path + ": expected a dataset, found a " + node.getType());
        }
        return d;
    }

    private static void requireShape(Dataset d, int columns, String file) throws InputFormatException {
        int[] dims = d.getDimensions();
        if (dims.length != 2 || dims[1] != columns) {
            throw new InputFormatException(file, 0, "dataset " + d.getPath() + ": expected a table of " + columns
                    + " columns, found shape " + Arrays.toString(dims));
        }
    }

    private static double[] numbers(Dataset d, int columns, String file) throws InputFormatException {
        requireShape(d, columns, file);
        Object data = flat(d, file);
        if (data instanceof double[] v) {
            return v;
        }
        if (data instanceof float[] v) {
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i]; // exact: every float is a double
            }
            return out;
        }
        throw new InputFormatException(file, 0, "dataset " + d.getPath() + ": expected floating-point numbers, found "
                + d.getJavaType().getSimpleName());
    }

    private static long[] integers(Dataset d, int columns, String file) throws InputFormatException {
        requireShape(d, columns, file);
        long[] v = integerValues(flat(d, file));
        if (v == null) {
            throw new InputFormatException(file, 0, "dataset " + d.getPath() + ": expected integers, found "
                    + d.getJavaType().getSimpleName());
        }
        return v;
    }

    private static Object flat(Dataset d, String file) throws InputFormatException {
        try {
            return d.getDataFlat();
        } catch (RuntimeException e) {
            throw new InputFormatException(file, 0, "dataset " + d.getPath() + " cannot be read (" + e.getMessage()
                    + "); the file may be truncated or damaged");
        }
    }

    /** Integer arrays of any width as longs; null for anything else. */
    private static long[] integerValues(Object data) {
        if (data instanceof long[] v) {
            return v;
        }
        if (data instanceof BigInteger[] v) { // jhdf reads uint64 as BigInteger
            long[] out = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i].bitLength() < 64 ? v[i].longValue() : Long.MAX_VALUE; // too large: refused by range checks
            }
            return out;
        }
        if (data instanceof int[] v) {
            return Arrays.stream(v).asLongStream().toArray();
        }
        if (data instanceof short[] v) {
            long[] out = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i];
            }
            return out;
        }
        if (data instanceof byte[] v) {
            long[] out = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i];
            }
            return out;
        }
        if (data instanceof Number n && !(n instanceof Double || n instanceof Float)) {
            return new long[] {n.longValue()};
        }
        return null;
    }

    private static int toInt(long v, String dataset, int row, String column, String file) throws InputFormatException {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new InputFormatException(file, 0, "dataset " + dataset + " row " + row + ": " + column + " " + v
                    + " is out of range");
        }
        return (int) v;
    }

    private static String describe(Object data) {
        if (data instanceof Object[] a) {
            return Arrays.toString(a);
        }
        if (data instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (data instanceof int[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(data);
    }
}
