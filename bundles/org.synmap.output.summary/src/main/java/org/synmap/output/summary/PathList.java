package org.synmap.output.summary;

import java.util.Arrays;

/** A growable list of path lengths, kept in insertion order because numpy's sums depend on it. */
final class PathList {
    private double[] values = new double[8];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    void addAll(PathList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** numpy mean, or NaN (ISF's -1 placeholder) when empty. */
    double mean() {
        return size == 0 ? Double.NaN : NumpyStats.mean(Arrays.copyOf(values, size));
    }

    /** numpy population SD, or NaN (ISF's -1 placeholder) when empty. */
    double std() {
        return size == 0 ? Double.NaN : NumpyStats.std(Arrays.copyOf(values, size));
    }
}
