package org.synmap.morphology.h5;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/** Writes H5v1 test files with jhdf's writer: raw tables, or a traced tree laid out as MorphIO lays it out. */
final class H5v1Files {

    /** A traced section: its type (1 soma, 2 axon, 3 basal, 4 apical), its own points (x y z d) and its children. */
    record Traced(int type, List<double[]> points, List<Traced> children) {
        static Traced of(int type, double[][] points, Traced... children) {
            return new Traced(type, List.of(points), List.of(children));
        }
    }

    private H5v1Files() {
    }

    static void write(Path file, float[][] points, int[][] structure, int[] version) {
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("points", points);
            h5.putDataset("structure", structure);
            if (version != null) {
                WritableGroup metadata = h5.putGroup("metadata");
                metadata.putAttribute("version", version);
            }
        }
    }

    /**
     * MorphIO's layout: the soma first (its contour or points), then every neurite section in
     * depth-first order; a root section starts at its own first point, a child repeats its
     * parent's last point (with the parent's diameter) before its own points.
     */
    static void write(Path file, Traced soma, List<Traced> neurites) {
        List<float[]> points = new ArrayList<>();
        List<int[]> structure = new ArrayList<>();
        if (soma != null) {
            structure.add(new int[] {0, 1, -1});
            soma.points().forEach(p -> points.add(f(p)));
        }
        for (Traced root : neurites) {
            add(root, soma != null ? 0 : -1, null, points, structure);
        }
        write(file, points.toArray(float[][]::new), structure.toArray(int[][]::new), new int[] {1, 1});
    }

    private static void add(Traced s, int parent, double[] parentLast, List<float[]> points, List<int[]> structure) {
        int row = structure.size();
        structure.add(new int[] {points.size(), s.type(), parent});
        if (parentLast != null) {
            points.add(f(parentLast));
        }
        s.points().forEach(p -> points.add(f(p)));
        double[] last = s.points().get(s.points().size() - 1);
        for (Traced c : s.children()) {
            add(c, row, last, points, structure);
        }
    }

    private static float[] f(double[] p) {
        return new float[] {(float) p[0], (float) p[1], (float) p[2], (float) p[3]};
    }

    /** The same tree as Neurolucida ASC text: contour, then one tree per neurite, splits with '|'. */
    static String asc(Traced soma, List<Traced> neurites) {
        StringBuilder b = new StringBuilder();
        if (soma != null) {
            b.append("(\"CellBody\" (Closed) (CellBody)\n");
            soma.points().forEach(p -> b.append("  ").append(point(p)).append('\n'));
            b.append(")\n");
        }
        for (Traced root : neurites) {
            b.append("( (").append(switch (root.type()) {
                case 2 -> "Axon";
                case 4 -> "Apical";
                default -> "Dendrite";
            }).append(")\n");
            branch(root, b, "  ");
            b.append(")\n");
        }
        return b.toString();
    }

    private static void branch(Traced s, StringBuilder b, String indent) {
        s.points().forEach(p -> b.append(indent).append(point(p)).append('\n'));
        if (s.children().isEmpty()) {
            b.append(indent).append("Normal\n");
            return;
        }
        b.append(indent).append("(\n");
        for (int i = 0; i < s.children().size(); i++) {
            if (i > 0) {
                b.append(indent).append("|\n");
            }
            branch(s.children().get(i), b, indent + "  ");
        }
        b.append(indent).append(")\n");
    }

    /** Float text, so that ASC and the float32 H5 file hold the same numbers. */
    private static String point(double[] p) {
        return "(" + (float) p[0] + " " + (float) p[1] + " " + (float) p[2] + " " + (float) p[3] + ")";
    }
}
