package org.synmap.morphology.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * One unbranched section of a morphology: its traced points with diameters, its place in
 * the tree, and the values ISF derives from it (isf-spec §1.3).
 *
 * <p>Immutable. Derived values are computed once, with exactly ISF's floating-point
 * operations, so that synapse positions {@code x} written by synmap equal ISF's bit for bit.
 */
public final class Section {
    /**
     * The largest magnitude (µm) readers accept for a coordinate or diameter: a kilometre, far
     * beyond any neuron, and small enough that squared distances cannot overflow to infinity.
     */
    public static final double MAX_COORDINATE = 1e9;

    private final int id;
    private final String name;
    private final Structure structure;
    private final int parentId;
    private final double parentX;
    private final double[] xyz;
    private final double[] diameters;
    private final double length;
    private final double[] relPts;
    private final Box bounds;

    /**
     * @param id        0-based position of the section in file order (axons excluded)
     * @param name      the section's name in its source file
     * @param structure its structure label
     * @param parentId  id of the parent section, or -1 for a root
     * @param parentX   attachment position on the parent in [0,1] as written in the file, or NaN
     * @param xyz       point coordinates, flattened as x0,y0,z0,x1,... (µm); at least one point
     * @param diameters point diameters (µm), one per point
     */
    public Section(int id, String name, Structure structure, int parentId, double parentX,
            double[] xyz, double[] diameters) {
        if (xyz.length == 0 || xyz.length % 3 != 0) {
            throw new IllegalArgumentException("section " + name + ": need 3 coordinates per point and at least one point");
        }
        if (diameters.length != xyz.length / 3) {
            throw new IllegalArgumentException("section " + name + ": " + diameters.length
                    + " diameters for " + xyz.length / 3 + " points");
        }
        this.id = id;
        this.name = Objects.requireNonNull(name);
        this.structure = Objects.requireNonNull(structure);
        this.parentId = parentId;
        this.parentX = parentX;
        this.xyz = xyz.clone();
        this.diameters = diameters.clone();

        int n = diameters.length;
        // Running partial sums: the same additions produce L and every relPts numerator.
        double[] partial = new double[n];
        double sum = 0.0;
        for (int i = 1; i < n; i++) {
            sum += segmentLength(i - 1);
            partial[i] = sum;
        }
        this.length = sum;
        double[] r = new double[n];
        for (int m = 1; m < n; m++) {
            r[m] = partial[m] / sum;
        }
        // ISF renormalises all but the last entry by 1/r[n-1] and pins the last to 1.0.
        double norm = 1.0 / r[n - 1];
        for (int m = 0; m < n - 1; m++) {
            r[m] *= norm;
        }
        r[n - 1] = 1.0;
        this.relPts = r;

        double minX = Double.POSITIVE_INFINITY, minY = minX, minZ = minX;
        double maxX = Double.NEGATIVE_INFINITY, maxY = maxX, maxZ = maxX;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xyz[3 * i]);
            maxX = Math.max(maxX, xyz[3 * i]);
            minY = Math.min(minY, xyz[3 * i + 1]);
            maxY = Math.max(maxY, xyz[3 * i + 1]);
            minZ = Math.min(minZ, xyz[3 * i + 2]);
            maxZ = Math.max(maxZ, xyz[3 * i + 2]);
        }
        this.bounds = new Box(minX, maxX, minY, maxY, minZ, maxZ);
    }

    /**
     * The point at relative arc length {@code x} (0–1) along the traced polyline, as NEURON
     * interpolates its 3D points: x, y, z.
     */
    public double[] pointAt(double x) {
        double target = x * length;
        double walked = 0;
        for (int i = 0; i + 1 < pointCount(); i++) {
            double seg = segmentLength(i);
            if (walked + seg >= target && seg > 0) {
                double f = Math.max(0, Math.min(1, (target - walked) / seg));
                return new double[] {x(i) + f * (x(i + 1) - x(i)), y(i) + f * (y(i + 1) - y(i)),
                    z(i) + f * (z(i + 1) - z(i))};
            }
            walked += seg;
        }
        int last = pointCount() - 1;
        return new double[] {x(last), y(last), z(last)};
    }

    /** Length of the segment from point {@code i} to point {@code i+1}, summing squares in x, y, z order. */
    public double segmentLength(int i) {
        double dx = xyz[3 * i + 3] - xyz[3 * i];
        double dy = xyz[3 * i + 4] - xyz[3 * i + 1];
        double dz = xyz[3 * i + 5] - xyz[3 * i + 2];
        return Math.sqrt(((dx * dx) + (dy * dy)) + (dz * dz));
    }

    public int id() { return id; }

    public String name() { return name; }

    public Structure structure() { return structure; }

    /** Parent section id, or -1 for a root section. */
    public int parentId() { return parentId; }

    /** Attachment position on the parent as written in the source file, NaN when absent. */
    public double parentX() { return parentX; }

    public int pointCount() { return diameters.length; }

    public double x(int point) { return xyz[3 * point]; }

    public double y(int point) { return xyz[3 * point + 1]; }

    public double z(int point) { return xyz[3 * point + 2]; }

    public double diameter(int point) { return diameters[point]; }

    /** A copy of the coordinates, flattened x0,y0,z0,x1,... */
    public double[] coordinates() { return xyz.clone(); }

    /** A copy of the diameters. */
    public double[] diameters() { return diameters.clone(); }

    /** Section length L: the sequential sum of segment lengths (µm). */
    public double length() { return length; }

    /** Relative position of point {@code m} along the section, ISF's {@code relPts[m]}. */
    public double relPt(int m) { return relPts[m]; }

    /** A copy of all relative point positions. */
    public double[] relPts() { return relPts.clone(); }

    /** Per-axis min/max of the section's points. */
    public Box bounds() { return bounds; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Section s && id == s.id && name.equals(s.name) && structure == s.structure
                && parentId == s.parentId && Double.compare(parentX, s.parentX) == 0
                && Arrays.equals(xyz, s.xyz) && Arrays.equals(diameters, s.diameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, structure, parentId, Arrays.hashCode(xyz));
    }

    @Override
    public String toString() {
        return "Section[" + id + " " + name + " " + structure.label() + ", " + pointCount() + " points]";
    }
}
