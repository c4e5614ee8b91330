package org.synmap.morphology.h5;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.morphology.import3d.SomaCentroid;

/**
 * Turns checked H5v1 tables into the sections NEURON builds for the same neuron traced in
 * Neurolucida, so that the H5v1 and ASC files of one neuron give the same sections: the soma
 * contour becomes NEURON's centre line, axons are skipped with everything below them, a tree is
 * typed by its root section, sections that end up with one point (or two at one place) are
 * removed with their children hung on their parent, and ids run soma, basal trees, apical trees,
 * each in file order with parents before children.
 */
final class H5v1Sections {
    private static final int SOMA = 1;
    private static final int AXON = 2;
    private static final int APICAL = 4;

    /** A section as read, before ids are given. */
    private static final class Node {
        final int row;
        /** The tree's structure, taken from its root section's type. */
        final Structure structure;
        final List<double[]> points = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        Node parent;

        Node(int row, Structure structure) {
            this.row = row;
            this.structure = structure;
        }

        double[] first() {
            return points.get(0);
        }

        double[] last() {
            return points.get(points.size() - 1);
        }
    }

    private final H5v1Tables t;
    private final String file;
    private final List<String> warnings = new ArrayList<>();

    private H5v1Sections(H5v1Tables t, String file) {
        this.t = t;
        this.file = file;
    }

    static Morphology build(H5v1Tables tables, String file, String name) throws InputFormatException {
        return new H5v1Sections(tables, file).build(name);
    }

    private Morphology build(String name) throws InputFormatException {
        int n = t.sectionCount();
        int somaRow = somaRow();
        Node[] nodes = new Node[n];
        List<Node> basal = new ArrayList<>();
        List<Node> apical = new ArrayList<>();
        int customTyped = 0;
        int retyped = 0;
        int belowAxon = 0;
        for (int i = 0; i < n; i++) {
            if (i == somaRow) {
                continue;
            }
            int type = t.types()[i];
            int p = t.parents()[i];
            boolean root = p == -1 || p == somaRow;
            if (!root && nodes[p] == null) { // below an axon, or below a section that is itself skipped
                if (type != AXON) {
                    belowAxon++;
                }
                continue;
            }
            if (root && type == AXON) {
                continue;
            }
            Structure structure = root ? (type == APICAL ? Structure.APICAL_DENDRITE : Structure.DENDRITE)
                    : nodes[p].structure;
            Node node = new Node(i, structure);
            for (int k = t.offsets()[i]; k < t.end(i); k++) {
                node.points.add(point(k));
            }
            if (root) {
                (type == APICAL ? apical : basal).add(node);
                customTyped += type > APICAL ? 1 : 0;
            } else {
                node.parent = nodes[p];
                nodes[p].children.add(node);
                retyped += type != t.types()[root(node).row] ? 1 : 0;
            }
            nodes[i] = node;
        }
        if (customTyped > 0) {
            warnings.add(file + ": " + customTyped + " trees of a custom type (5 or more) are read as Dendrite");
        }
        if (retyped > 0) {
            warnings.add(file + ": " + retyped + " sections have another type than the root of their tree; they are"
                    + " read with their tree's type, as NEURON types Neurolucida trees");
        }
        if (belowAxon > 0) {
            warnings.add(file + ": " + belowAxon + " non-axon sections hang below an axon; they are skipped with it");
        }
        boolean hasSoma = somaRow >= 0;
        List<Node> kept = new ArrayList<>();
        basal.forEach(r -> preorder(r, kept));
        apical.forEach(r -> preorder(r, kept));
        startAtParents(kept);
        dropShortSections(kept, hasSoma);
        if (kept.isEmpty() && !hasSoma) {
            throw new InputFormatException(file, 0, "expected a soma or a basal or apical dendrite; found none");
        }
        return morphology(name, kept, hasSoma ? somaRow : -1);
    }

    private Morphology morphology(String name, List<Node> kept, int somaRow) throws InputFormatException {
        List<Section> sections = new ArrayList<>();
        Map<Node, Integer> ids = new IdentityHashMap<>();
        if (somaRow >= 0) {
            sections.add(section(0, "soma", Structure.SOMA, -1, Double.NaN, soma(somaRow)));
        }
        int[] counters = new int[2];
        for (Node b : kept) {
            Structure s = b.structure;
            String sectionName = s == Structure.DENDRITE ? "dend_" + counters[0]++ : "apical_" + counters[1]++;
            int parent = -1;
            double parentX = Double.NaN;
            if (b.parent != null) {
                parent = ids.get(b.parent);
                parentX = 1.0;
            } else if (somaRow >= 0) {
                parent = 0;
                parentX = 0.5;
            }
            ids.put(b, sections.size());
            sections.add(section(sections.size(), sectionName, s, parent, parentX, b.points));
        }
        return new Morphology(name, sections, warnings);
    }

    /** The soma row: section 0 when its type is 1; a soma elsewhere or a second soma is an error. */
    private int somaRow() throws InputFormatException {
        int soma = -1;
        for (int i = 0; i < t.sectionCount(); i++) {
            if (t.types()[i] != SOMA) {
                continue;
            }
            if (i != 0) {
                throw new InputFormatException(file, 0, "dataset /structure row " + i + ": expected the soma (type 1)"
                        + " only as the first section, found " + (soma >= 0 ? "a second soma" : "it at row " + i));
            }
            if (t.parents()[i] != -1) {
                throw new InputFormatException(file, 0, "dataset /structure row 0: expected the soma's parent to be -1,"
                        + " found " + t.parents()[i]);
            }
            soma = i;
        }
        return soma;
    }

    /**
     * MorphIO's soma kinds for H5: one point is a sphere (read, as synmap reads a one-sample SWC
     * soma, as a cylinder of that diameter along y), two points are undefined (read as the line
     * between them), three or more are a contour (NEURON's centre line, as for ASC).
     */
    private List<double[]> soma(int row) throws InputFormatException {
        List<double[]> points = new ArrayList<>();
        for (int k = t.offsets()[row]; k < t.end(row); k++) {
            points.add(point(k));
        }
        if (points.size() == 1) {
            double[] c = points.get(0);
            double r = c[3] / 2;
            warnings.add(file + ": one-point soma (a sphere of diameter " + c[3] + ") read as a cylinder of that length"
                    + " and diameter along y");
            return List.of(new double[] {c[0], c[1] - r, c[2], c[3]}, c, new double[] {c[0], c[1] + r, c[2], c[3]});
        }
        if (points.size() == 2) {
            warnings.add(file + ": two-point soma (undefined in MorphIO) read as the line between the points");
            return points;
        }
        try {
            return SomaCentroid.of(points);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(file, 0, "dataset /points rows " + t.offsets()[row] + ".." + (t.end(row) - 1)
                    + " (the soma contour): " + e.getMessage());
        }
    }

    private static Node root(Node n) {
        Node r = n;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    private static void preorder(Node n, List<Node> out) {
        out.add(n);
        for (Node c : n.children) {
            preorder(c, out);
        }
    }

    /**
     * MorphIO repeats a parent's last point as its children's first point. Where a writer left it
     * out, the parent's last point is added (with the child's first diameter), as NEURON's
     * Import3d connects traced children to their parent.
     */
    private void startAtParents(List<Node> sections) {
        int added = 0;
        for (Node b : sections) {
            if (b.parent == null) {
                continue;
            }
            double[] end = b.parent.last();
            double[] first = b.first();
            if (end[0] != first[0] || end[1] != first[1] || end[2] != first[2]) {
                b.points.add(0, new double[] {end[0], end[1], end[2], first[3]});
                added++;
            }
        }
        if (added > 0) {
            warnings.add(file + ": " + added + " sections do not repeat their parent's last point as their first (as"
                    + " MorphIO writes them); it was added, as NEURON connects them");
        }
    }

    /**
     * As NEURON's Import3d_GUI: sections with a parent that have at most one point, or two at the
     * same place, are removed and their children hang on their parent.
     */
    private static void dropShortSections(List<Node> sections, boolean hasSoma) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            Node b = sections.get(i);
            if (b.parent == null && !hasSoma) {
                continue;
            }
            int n = b.points.size();
            boolean samePlace = n == 2 && b.first()[0] == b.last()[0] && b.first()[1] == b.last()[1]
                    && b.first()[2] == b.last()[2];
            if (n <= 1 || samePlace) {
                sections.remove(i);
                for (Node c : b.children) {
                    c.parent = b.parent;
                    if (b.parent != null) {
                        b.parent.children.add(c); // so that a parent removed later hands them on too
                    }
                }
            }
        }
    }

    private double[] point(int k) {
        double[] p = t.points();
        return new double[] {p[4 * k], p[4 * k + 1], p[4 * k + 2], p[4 * k + 3]};
    }

    private static Section section(int id, String name, Structure s, int parent, double parentX, List<double[]> points) {
        double[] xyz = new double[3 * points.size()];
        double[] d = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            System.arraycopy(p, 0, xyz, 3 * i, 3);
            d[i] = p[3];
        }
        return new Section(id, name, s, parent, parentX, xyz, d);
    }
}
