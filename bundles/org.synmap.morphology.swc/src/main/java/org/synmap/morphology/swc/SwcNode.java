package org.synmap.morphology.swc;

/**
 * One SWC sample: {@code id type x y z radius parent}, and the line it came from.
 *
 * @param parent the parent's id, or -1 for a root
 * @param line   1-based line in the file (0 for points synmap adds, such as an expanded soma)
 */
record SwcNode(int id, int type, double x, double y, double z, double radius, int parent, int line) {
    static final int SOMA = 1;
    static final int AXON = 2;
    static final int DENDRITE = 3;
    static final int APICAL = 4;

    /** A copy of this sample moved by {@code dy} along y. */
    SwcNode shiftedY(double dy) {
        return new SwcNode(id, type, x, y + dy, z, radius, parent, line);
    }
}
