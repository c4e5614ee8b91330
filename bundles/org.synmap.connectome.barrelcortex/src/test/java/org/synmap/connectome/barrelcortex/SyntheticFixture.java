package org.synmap.connectome.barrelcortex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/**
 * A small model whose densities can be derived by hand: a cell of three straight sections along
 * x (y = z = 20 µm) in a 6-voxel grid ([0,300] × [0,50] × [0,50] µm), constant normalization
 * PSTs, and bouton lattices whose values depend on the x voxel only.
 *
 * <pre>
 * soma     x 10..30   step 5, diameter 4     voxel 0
 * basal    x 30..140  step 10, diameter 1    voxels 0,1,2
 * apical   x 140,145,148,260, diameter 2     voxels 2..5; voxels 3 and 4 have length but no point (Q4)
 * </pre>
 */
final class SyntheticFixture {
    static final double EXC_NORM = 2.0;
    static final double INH_NORM = 4.0;
    static final PstConstants EXC = SingleVoxelTest.EXC;
    static final PstConstants INH = SingleVoxelTest.INH;
    static final double[] SOMA_X = Shapes.range(10, 30, 5);
    static final double[] BASAL_X = Shapes.range(30, 140, 10);
    static final double[] APICAL_X = {140, 145, 148, 260};

    /** Bouton values in thousandths per x voxel; the rest of each lattice follows. */
    static final IntUnaryOperator E0 = i -> 10 + 5 * i;
    static final IntUnaryOperator E1 = i -> 40 - 5 * i;
    static final IntUnaryOperator I0 = i -> 100 + 20 * i;
    static final IntUnaryOperator I1 = i -> 300 - 40 * i;

    /** One expected population: cells and per-density bouton values (null for a density without synapses). */
    record Pair(String area, String type, CellClass cellClass, int cells, List<IntUnaryOperator> boutons) {
        @Override
        public String toString() {
            return type + "_" + area;
        }
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("A", "E", CellClass.EXC, 40, nullable(E0, E1, null, null)),
            new Pair("A", "I", CellClass.INH, 25, List.of(I0, I1)),
            new Pair("B", "E", CellClass.EXC, 3, List.of(E0, E1)),
            new Pair("B", "I", CellClass.INH, 10, List.of()));

    private SyntheticFixture() {
    }

    private static List<IntUnaryOperator> nullable(IntUnaryOperator... ops) {
        List<IntUnaryOperator> out = new ArrayList<>();
        for (IntUnaryOperator op : ops) {
            out.add(op);
        }
        return out;
    }

    static Morphology cell() {
        return Shapes.cell(
                Shapes.alongX(0, Structure.SOMA, -1, 20, 4, SOMA_X),
                Shapes.alongX(1, Structure.DENDRITE, 0, 20, 1, BASAL_X),
                Shapes.alongX(2, Structure.APICAL_DENDRITE, 1, 20, 2, APICAL_X));
    }

    static TestModel model() {
        int[] dims = {6, 2, 2};
        double[] origin = {0, 0, 0};
        TestModel m = new TestModel("P", EXC, INH, Shapes.constant(dims, origin, EXC_NORM),
                Shapes.constant(dims, origin, INH_NORM))
                .area("A").area("B").type("E", CellClass.EXC).type("I", CellClass.INH);
        Lattice farAway = Shapes.constant(dims, new double[] {1000, 0, 0}, 0.5);
        Lattice allZero = Shapes.constant(dims, origin, 0.0);
        m.population("A", "E", 40, Shapes.byX(dims, origin, E0), Shapes.byX(dims, origin, E1), farAway, allZero);
        m.population("A", "I", 25, Shapes.byX(dims, origin, I0), Shapes.byX(dims, origin, I1));
        m.population("B", "E", 3, Shapes.byX(dims, origin, E0), Shapes.byX(dims, origin, E1));
        m.population("B", "I", 10);
        return m;
    }

    static PreparedEmbedding embedding() throws IOException {
        return SingleVoxelTest.prepare(cell(), model());
    }

    /** Length of [a, b] inside x voxel v. */
    static double overlap(double a, double b, int v) {
        return Math.max(0, Math.min(b, 50.0 * (v + 1)) - Math.max(a, 50.0 * v));
    }

    /** Whether a traced x value lies in the closed x voxel v. */
    static boolean hasPoint(double[] xs, int v) {
        for (double x : xs) {
            if (50.0 * v <= x && x <= 50.0 * (v + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * λ by hand for one density, structure and voxel: {@code b · PST / norm} with PST from the
     * length (EXC) or the likeAmira cylinder area {@code 2π·d·L} (INH).
     */
    static double lambda(CellClass c, IntUnaryOperator boutons, Structure s, int v) {
        double[] xs = s == Structure.SOMA ? SOMA_X : s == Structure.DENDRITE ? BASAL_X : APICAL_X;
        double diameter = s == Structure.SOMA ? 4 : s == Structure.DENDRITE ? 1 : 2;
        double length = overlap(xs[0], xs[xs.length - 1], v);
        PstConstants k = c == CellClass.EXC ? EXC : INH;
        double pst = k.length(s) * length + k.area(s) * 2 * Math.PI * diameter * length;
        double norm = c == CellClass.EXC ? EXC_NORM : INH_NORM;
        return boutons.applyAsInt(v) / 1000.0 * pst / norm;
    }

    /** Λ of one density: Σ λ over voxels with traced points, or with all voxels when {@code withLost}. */
    static double total(CellClass c, IntUnaryOperator boutons, boolean withLost) {
        if (boutons == null) {
            return 0.0;
        }
        double sum = 0;
        for (Structure s : Structure.values()) {
            double[] xs = s == Structure.SOMA ? SOMA_X : s == Structure.DENDRITE ? BASAL_X : APICAL_X;
            for (int v = 0; v < 6; v++) {
                if (withLost || hasPoint(xs, v)) {
                    sum += lambda(c, boutons, s, v);
                }
            }
        }
        return sum;
    }
}
