package org.synmap.morphology.hoc;

import java.util.Arrays;

import org.synmap.morphology.api.Structure;

/** A section while its file is being parsed: name, label, points and connect, with source lines. */
final class SectionDraft {
    private final String name;
    private final Structure structure;
    private final int createLine;
    private double[] xyz = new double[96];
    private double[] diameters = new double[32];
    private int points;
    private String parentName;
    private double parentX = Double.NaN;
    private int connectLine;

    /** @param structure the label, or null for an axon section (kept only so references to it can be explained) */
    SectionDraft(String name, Structure structure, int createLine) {
        this.name = name;
        this.structure = structure;
        this.createLine = createLine;
    }

    String name() { return name; }

    Structure structure() { return structure; }

    boolean isAxon() { return structure == null; }

    int createLine() { return createLine; }

    void addPoint(double[] xyzd) {
        if (points == diameters.length) {
            xyz = Arrays.copyOf(xyz, 6 * points);
            diameters = Arrays.copyOf(diameters, 2 * points);
        }
        System.arraycopy(xyzd, 0, xyz, 3 * points, 3);
        diameters[points] = xyzd[3];
        points++;
    }

    void clearPoints() { points = 0; }

    int pointCount() { return points; }

    double[] coordinates() { return Arrays.copyOf(xyz, 3 * points); }

    double[] diameters() { return Arrays.copyOf(diameters, points); }

    void connect(String parent, double x, int line) {
        parentName = parent;
        parentX = x;
        connectLine = line;
    }

    /** The parent named by this section's connect, or null when it has none. */
    String parentName() { return parentName; }

    double parentX() { return parentX; }

    int connectLine() { return connectLine; }
}
