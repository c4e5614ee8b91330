package org.synmap.density.api;

import java.util.Arrays;

import org.synmap.morphology.api.Box;

/**
 * A uniform 3D lattice of doubles with ISF's scalar-field semantics (isf-spec §1.4).
 *
 * <p>Values are stored in C order: index {@code (i·ny + j)·nz + k}, where i, j, k index the
 * x, y, z axes. The bounding box holds voxel <em>edges</em> and is stored explicitly, because
 * ISF derives it by expressions ({@code x0 − s/2}, {@code o + (iMax+1)·s}) that need not equal
 * {@code origin + n·s} bit for bit. Immutable; the value array is never shared.
 */
public final class Lattice {
    /** Points closer than this to a face of the bounding box count as outside (ISF's margin). */
    public static final double FACE_MARGIN = 1e-6;

    private final int[] dims;
    private final double[] origin;
    private final double[] spacing;
    private final double[] lower;
    private final double[] upper;
    private final double[] values;
    /**
     * {@link #cropToNonZero}'s result, once computed: a pure function of this immutable lattice,
     * so a lattice kept in memory (a batch's model) is cropped once, not once per morphology.
     */
    private volatile Lattice cropped;
    private volatile boolean croppedKnown;

    /**
     * @param dims    voxels per axis (nx, ny, nz), each at least 1
     * @param origin  the lower corner of voxel (0,0,0)
     * @param spacing voxel size per axis, positive
     * @param lower   lower bounding-box edge per axis
     * @param upper   upper bounding-box edge per axis
     * @param values  nx·ny·nz values in C order (copied)
     */
    public Lattice(int[] dims, double[] origin, double[] spacing, double[] lower, double[] upper, double[] values) {
        if (dims.length != 3 || origin.length != 3 || spacing.length != 3 || lower.length != 3 || upper.length != 3) {
            throw new IllegalArgumentException("lattice vectors must have 3 components");
        }
        long n = 1;
        for (int a = 0; a < 3; a++) {
            if (dims[a] < 1) {
                throw new IllegalArgumentException("lattice dimension " + a + " is " + dims[a]);
            }
            if (!(spacing[a] > 0) || Double.isInfinite(spacing[a])) {
                throw new IllegalArgumentException("lattice spacing " + a + " is " + spacing[a]);
            }
            n *= dims[a];
        }
        if (n != values.length) {
            throw new IllegalArgumentException("lattice of " + dims[0] + "x" + dims[1] + "x" + dims[2]
                    + " needs " + n + " values, got " + values.length);
        }
        this.dims = dims.clone();
        this.origin = origin.clone();
        this.spacing = spacing.clone();
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.values = values.clone();
    }

    /** A lattice whose bounding box is {@code origin .. origin + n·spacing}. */
    public static Lattice of(int[] dims, double[] origin, double[] spacing, double[] values) {
        double[] upper = new double[3];
        for (int a = 0; a < 3; a++) {
            upper[a] = origin[a] + dims[a] * spacing[a];
        }
        return new Lattice(dims, origin, spacing, origin, upper, values);
    }

    /** An all-zero lattice with the given geometry. */
    public static Lattice zeros(int[] dims, double[] origin, double[] spacing, double[] lower, double[] upper) {
        return new Lattice(dims, origin, spacing, lower, upper, new double[dims[0] * dims[1] * dims[2]]);
    }

    /** Python/numpy float floor division {@code a // b}, bit-exact (isf-spec §1.17). */
    public static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        double fl;
        if (div != 0) {
            fl = Math.floor(div);
            if (div - fl > 0.5) {
                fl += 1.0;
            }
        } else {
            fl = Math.copySign(0.0, a / b);
        }
        return fl;
    }

    public int nx() { return dims[0]; }

    public int ny() { return dims[1]; }

    public int nz() { return dims[2]; }

    /** Voxels along {@code axis}. */
    public int dim(int axis) { return dims[axis]; }

    public int size() { return values.length; }

    public double origin(int axis) { return origin[axis]; }

    public double spacing(int axis) { return spacing[axis]; }

    /** Lower bounding-box edge on {@code axis}. */
    public double lowerEdge(int axis) { return lower[axis]; }

    /** Upper bounding-box edge on {@code axis}. */
    public double upperEdge(int axis) { return upper[axis]; }

    /** The bounding box (voxel edges). */
    public Box box() {
        return new Box(lower[0], upper[0], lower[1], upper[1], lower[2], upper[2]);
    }

    /** Flat C-order index of voxel (i, j, k). */
    public int index(int i, int j, int k) {
        return (i * dims[1] + j) * dims[2] + k;
    }

    public double get(int i, int j, int k) { return values[index(i, j, k)]; }

    /** Value at a flat C-order index. */
    public double get(int flatIndex) { return values[flatIndex]; }

    /** A copy of the values in C order. */
    public double[] values() { return values.clone(); }

    /** A lattice with this geometry and other values (C order). */
    public Lattice withValues(double[] newValues) {
        return new Lattice(dims, origin, spacing, lower, upper, newValues);
    }

    /** Lower voxel face {@code o + i·s} on {@code axis}. */
    public double voxelLower(int axis, int i) { return origin[axis] + i * spacing[axis]; }

    /** Upper voxel face {@code o + (i+1)·s} on {@code axis}. */
    public double voxelUpper(int axis, int i) { return origin[axis] + (i + 1) * spacing[axis]; }

    /** Voxel centre {@code o + (i+0.5)·s} on {@code axis}. */
    public double voxelCenter(int axis, int i) { return origin[axis] + (i + 0.5) * spacing[axis]; }

    /** The closed box of voxel (i, j, k). */
    public Box voxelBox(int i, int j, int k) {
        return new Box(voxelLower(0, i), voxelUpper(0, i), voxelLower(1, j), voxelUpper(1, j),
                voxelLower(2, k), voxelUpper(2, k));
    }

    /** ISF's mesh coordinate on {@code axis}: {@code int((c − o) // s)}, with no range check. */
    public int meshIndex(int axis, double c) {
        return (int) floorDiv(c - origin[axis], spacing[axis]);
    }

    /** Whether {@code c} lies inside the bounding box on {@code axis} by more than the face margin. */
    public boolean insideWithMargin(int axis, double c) {
        return !(c < lower[axis] + FACE_MARGIN) && !(c > upper[axis] - FACE_MARGIN);
    }

    /**
     * ISF's {@code get_scalar}: the value of the voxel holding the point, or NaN when the point
     * is outside the bounding box or within {@link #FACE_MARGIN} of one of its faces. (Readers
     * reject NaN values, so NaN means "absent" without ambiguity.) Where ISF's unchecked index
     * would wrap around, this returns NaN as well.
     */
    public double valueAt(double x, double y, double z) {
        if (!insideWithMargin(0, x) || !insideWithMargin(1, y) || !insideWithMargin(2, z)) {
            return Double.NaN;
        }
        int i = meshIndex(0, x);
        int j = meshIndex(1, y);
        int k = meshIndex(2, z);
        if (i < 0 || j < 0 || k < 0 || i >= dims[0] || j >= dims[1] || k >= dims[2]) {
            return Double.NaN;
        }
        return values[index(i, j, k)];
    }

    /**
     * ISF's {@code resize_mesh}: crops to the index box of all non-zero values (NaN counts as
     * non-zero). The new origin is {@code o + iMin·s}, the new box ends at {@code o + (iMax+1)·s}.
     *
     * @return the cropped lattice, or null when every value is zero
     */
    public Lattice cropToNonZero() {
        if (!croppedKnown) {
            cropped = crop();
            croppedKnown = true;
        }
        return cropped;
    }

    private Lattice crop() {
        int[] min = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] max = {-1, -1, -1};
        for (int i = 0; i < dims[0]; i++) {
            for (int j = 0; j < dims[1]; j++) {
                int base = (i * dims[1] + j) * dims[2];
                for (int k = 0; k < dims[2]; k++) {
                    if (values[base + k] != 0.0) { // NaN != 0 holds, so NaN counts as non-zero
                        min[0] = Math.min(min[0], i);
                        max[0] = Math.max(max[0], i);
                        min[1] = Math.min(min[1], j);
                        max[1] = Math.max(max[1], j);
                        min[2] = Math.min(min[2], k);
                        max[2] = Math.max(max[2], k);
                    }
                }
            }
        }
        if (max[0] < 0) {
            return null;
        }
        if (isWhole(min, max)) {
            return this; // the crop would be a copy equal to this lattice in every field
        }
        return subLattice(min, max);
    }

    /**
     * Whether the sub-lattice {@code min..max} is all of this lattice with the very edges
     * {@link #subLattice} would compute (origin {@code o + 0·s}, box {@code o .. o + n·s}), bit for bit.
     */
    private boolean isWhole(int[] min, int[] max) {
        double[] o = new double[3];
        double[] up = new double[3];
        for (int a = 0; a < 3; a++) {
            if (min[a] != 0 || max[a] != dims[a] - 1) {
                return false;
            }
            o[a] = origin[a] + min[a] * spacing[a];
            up[a] = origin[a] + (max[a] + 1) * spacing[a];
        }
        return Arrays.equals(o, origin) && Arrays.equals(o, lower) && Arrays.equals(up, upper);
    }

    /**
     * The sub-lattice of voxels {@code min..max} (inclusive) per axis, with origin
     * {@code o + min·s} and upper edge {@code o + (max+1)·s}.
     */
    public Lattice subLattice(int[] min, int[] max) {
        int[] d = new int[3];
        double[] o = new double[3];
        double[] up = new double[3];
        for (int a = 0; a < 3; a++) {
            if (min[a] < 0 || max[a] >= dims[a] || max[a] < min[a]) {
                throw new IllegalArgumentException("sub-lattice " + Arrays.toString(min) + ".." + Arrays.toString(max)
                        + " outside " + Arrays.toString(dims));
            }
            d[a] = max[a] - min[a] + 1;
            o[a] = origin[a] + min[a] * spacing[a];
            up[a] = origin[a] + (max[a] + 1) * spacing[a];
        }
        double[] v = new double[d[0] * d[1] * d[2]];
        for (int i = 0; i < d[0]; i++) {
            for (int j = 0; j < d[1]; j++) {
                System.arraycopy(values, index(i + min[0], j + min[1], min[2]), v, (i * d[1] + j) * d[2], d[2]);
            }
        }
        return new Lattice(d, o, spacing, o, up, v);
    }

    /** Whether this lattice's bounding box and {@code other}'s overlap as closed boxes. */
    public boolean overlaps(Lattice other) {
        return box().overlaps(other.box());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lattice l && Arrays.equals(dims, l.dims) && Arrays.equals(origin, l.origin)
                && Arrays.equals(spacing, l.spacing) && Arrays.equals(lower, l.lower)
                && Arrays.equals(upper, l.upper) && Arrays.equals(values, l.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Lattice[" + dims[0] + "x" + dims[1] + "x" + dims[2] + ", origin " + Arrays.toString(origin)
                + ", spacing " + Arrays.toString(spacing) + "]";
    }
}
