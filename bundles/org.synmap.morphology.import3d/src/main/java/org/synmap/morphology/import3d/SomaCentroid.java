package org.synmap.morphology.import3d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The soma centre line NEURON's Import3d_GUI makes from one soma contour (its
 * {@code contour2centroid}), re-implemented: the contour is resampled at 101 points evenly
 * spaced along its traced outline; the principal axes of those points give a major axis and,
 * in the xy plane, a minor one; the outline is split at its extremes along the major axis into
 * two sides, each made monotonic along it; the centre line is 21 points evenly spaced along the
 * major axis between the second-lowest and second-highest outline positions, each with the
 * diameter spanned by the two sides there (the end diameters averaged with their neighbours).
 */
public final class SomaCentroid {
    private static final int RESAMPLED = 101;
    private static final int STEPS = 20;

    private SomaCentroid() {
    }

    /**
     * The centre line as points x, y, z, d; {@code contour} holds the traced points x, y, z
     * (diameters unused).
     *
     * @throws IllegalArgumentException when the contour encloses no area (its points coincide or lie
     *                                  on a line), which has no centre line
     */
    public static List<double[]> of(List<double[]> contour) {
        if (extent(contour) == 0) {
            throw new IllegalArgumentException("expected a soma contour that encloses an area in x and y; its "
                    + contour.size() + " points coincide");
        }
        List<double[]> line = centreLine(contour);
        for (double[] p : line) {
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    // coincident or collinear points: no principal axes, no widths (NEURON gives NaN too)
                    throw new IllegalArgumentException("expected a soma contour that encloses an area in x and y;"
                            + " its " + contour.size() + " points " + (extent(contour) == 0 ? "coincide" : "lie on a line"));
                }
            }
        }
        return line;
    }

    private static double extent(List<double[]> contour) {
        double e = 0;
        for (double[] p : contour) {
            for (int a = 0; a < 3; a++) {
                e = Math.max(e, Math.abs(p[a] - contour.get(0)[a]));
            }
        }
        return e;
    }

    private static List<double[]> centreLine(List<double[]> contour) {
        double[][] xyz = resample(contour);
        double[] mean = new double[3];
        for (int a = 0; a < 3; a++) {
            mean[a] = Arrays.stream(xyz[a]).average().orElseThrow();
        }
        int n = xyz[0].length;
        double[][] pts = new double[3][n];
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                pts[a][i] = xyz[a][i] - mean[a];
            }
        }
        double[][] scatter = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += pts[a][i] * pts[b][i];
                }
                scatter[a][b] = s;
                scatter[b][a] = s;
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(scatter);
        int maxInd = eigen.maxIndex();
        int minInd = eigen.minIndex();
        if (minInd == maxInd) { // all eigenvalues equal: any other axis
            minInd = (maxInd + 1) % 3;
        }
        double[] major = eigen.vector(maxInd);
        double[] minor = eigen.vector(3 - minInd - maxInd);
        minor[2] = 0;
        double norm = Math.sqrt(minor[0] * minor[0] + minor[1] * minor[1]);
        minor[0] /= norm;
        minor[1] /= norm;

        double[] d = new double[n];
        double[] rad = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = pts[0][i] * major[0] + pts[1][i] * major[1] + pts[2][i] * major[2];
            rad[i] = pts[0][i] * minor[0] + pts[1][i] * minor[1] + pts[2][i] * minor[2];
        }
        int imax = maxIndex(d);
        d = rotateToFront(d, imax);
        rad = rotateToFront(rad, imax);
        int imin = minIndex(d);
        List<Double> side2 = list(d, imin, n);
        List<Double> rad2 = list(rad, imin, n);
        List<Double> side1 = reversed(list(d, 0, imin));
        List<Double> rad1 = reversed(list(rad, 0, imin));
        makeIncreasing(side1, rad1);
        makeIncreasing(side2, rad2);

        double[] all = new double[side1.size() + side2.size()];
        int k = 0;
        for (double v : side1) {
            all[k++] = v;
        }
        for (double v : side2) {
            all[k++] = v;
        }
        Arrays.sort(all);
        double from = all[1];
        double to = all[all.length - 2];
        double step = (to - from) / STEPS;
        List<double[]> line = new ArrayList<>(STEPS + 1);
        for (int i = 0; i <= STEPS; i++) {
            double t = from + i * step;
            double r1 = interpolate(t, side1, rad1);
            double r2 = interpolate(t, side2, rad2);
            line.add(new double[] {major[0] * t + mean[0], major[1] * t + mean[1], major[2] * t + mean[2],
                Math.abs(r1 - r2)});
        }
        line.get(0)[3] = (line.get(0)[3] + line.get(1)[3]) / 2;
        int last = line.size() - 1;
        line.get(last)[3] = (line.get(last)[3] + line.get(last - 1)[3]) / 2;
        return line;
    }

    /** The mean of the resampled outline: where NEURON attaches trees to this soma. */
    public static double[] center(List<double[]> contour) {
        double[][] xyz = resample(contour);
        return new double[] {Arrays.stream(xyz[0]).average().orElseThrow(), Arrays.stream(xyz[1]).average().orElseThrow(),
            Arrays.stream(xyz[2]).average().orElseThrow()};
    }

    /**
     * 101 points evenly spaced along the traced outline from its first to its last point (the
     * closing edge back to the first point is not part of the path), by linear interpolation.
     */
    private static double[][] resample(List<double[]> contour) {
        int n = contour.size();
        double[] perim = new double[n];
        for (int i = 1; i < n; i++) {
            double[] a = contour.get(i - 1);
            double[] b = contour.get(i);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double dz = b[2] - a[2];
            perim[i] = perim[i - 1] + Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        double[][] out = new double[3][RESAMPLED];
        double spacing = perim[n - 1] / (RESAMPLED - 1);
        for (int a = 0; a < 3; a++) {
            double[] src = new double[n];
            for (int i = 0; i < n; i++) {
                src[i] = contour.get(i)[a];
            }
            int j = 0;
            for (int k = 0; k < RESAMPLED; k++) {
                double x = k * spacing;
                if (x <= perim[0]) {
                    out[a][k] = src[0];
                } else if (x >= perim[n - 1]) {
                    out[a][k] = src[n - 1];
                } else {
                    while (x > perim[j + 1]) {
                        j++;
                    }
                    double th = (x - perim[j]) / (perim[j + 1] - perim[j]);
                    out[a][k] = (1 - th) * src[j] + th * src[j + 1];
                }
            }
        }
        return out;
    }

    /** Linear interpolation of {@code ys} over increasing {@code xs} at {@code x}, held constant beyond the ends. */
    private static double interpolate(double x, List<Double> xs, List<Double> ys) {
        int n = xs.size();
        if (x <= xs.get(0)) {
            return ys.get(0);
        }
        if (x >= xs.get(n - 1)) {
            return ys.get(n - 1);
        }
        int j = 0;
        while (x > xs.get(j + 1)) {
            j++;
        }
        double th = (x - xs.get(j)) / (xs.get(j + 1) - xs.get(j));
        return (1 - th) * ys.get(j) + th * ys.get(j + 1);
    }

    /** Drops points, scanning from the end, until positions strictly increase (NEURON's loop, revisiting after each removal). */
    private static void makeIncreasing(List<Double> d, List<Double> rad) {
        for (int j = d.size() - 1; j > 0; j--) {
            if (d.get(j) <= d.get(j - 1)) {
                d.remove(j);
                rad.remove(j);
                if (j != d.size()) {
                    j++;
                }
            }
        }
    }

    private static int maxIndex(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int minIndex(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double[] rotateToFront(double[] v, int first) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[(i + first) % v.length];
        }
        return r;
    }

    private static List<Double> list(double[] v, int from, int to) {
        List<Double> l = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            l.add(v[i]);
        }
        return l;
    }

    private static List<Double> reversed(List<Double> l) {
        List<Double> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }
}
