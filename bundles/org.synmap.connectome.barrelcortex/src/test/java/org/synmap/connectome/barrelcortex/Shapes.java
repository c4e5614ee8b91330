package org.synmap.connectome.barrelcortex;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** Builders for hand-checkable morphologies and lattices. */
final class Shapes {

    private Shapes() {
    }

    /** A section along the line y = z = {@code yz}, with points at the given x values and one diameter. */
    static Section alongX(int id, Structure s, int parent, double yz, double diameter, double... xs) {
        double[] xyz = new double[3 * xs.length];
        double[] d = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xyz[3 * i] = xs[i];
            xyz[3 * i + 1] = yz;
            xyz[3 * i + 2] = yz;
            d[i] = diameter;
        }
        return new Section(id, s.label() + "_" + id, s, parent, parent < 0 ? Double.NaN : 1.0, xyz, d);
    }

    /** Evenly spaced values from {@code from} to {@code to} inclusive in steps of {@code step}. */
    static double[] range(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = from + i * step;
        }
        return out;
    }

    static Morphology cell(Section... sections) {
        return new Morphology("test.hoc", List.of(sections));
    }

    /** A lattice at {@code origin} with spacing 50 whose value depends on the x index only. */
    static Lattice byX(int[] dims, double[] origin, IntUnaryOperator milli) {
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        for (int i = 0; i < dims[0]; i++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int k = 0; k < dims[2]; k++) {
                    v[(i * dims[1] + j) * dims[2] + k] = milli.applyAsInt(i) / 1000.0;
                }
            }
        }
        return Lattice.of(dims, origin, new double[] {50, 50, 50}, v);
    }

    /** A constant lattice with spacing 50. */
    static Lattice constant(int[] dims, double[] origin, double value) {
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        Arrays.fill(v, value);
        return Lattice.of(dims, origin, new double[] {50, 50, 50}, v);
    }
}
