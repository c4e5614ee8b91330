package org.synmap.morphology.asc;

import java.util.ArrayList;
import java.util.List;

/** One unbranched piece of a traced tree, or a soma contour, before sections are numbered. */
final class Branch {
    /** x, y, z, d per point. */
    final List<double[]> points = new ArrayList<>();
    final List<Branch> children = new ArrayList<>();
    final int line;
    Branch parent;

    Branch(int line) {
        this.line = line;
    }

    double[] first() { return points.get(0); }

    double[] last() { return points.get(points.size() - 1); }
}
