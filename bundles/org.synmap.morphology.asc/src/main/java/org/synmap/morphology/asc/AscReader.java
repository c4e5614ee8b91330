package org.synmap.morphology.asc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.morphology.import3d.SomaCentroid;

/**
 * Reads Neurolucida ASC files into the sections NEURON's Import3d_Neurolucida3 and Import3d_GUI
 * build: a soma centre line per soma contour, one section per unbranched piece of each
 * dendritic tree (axons skipped), children starting at their parent's last point, ids in
 * NEURON's creation order (somas, then basal dendrites, then apical dendrites, each in file
 * order, parents before children).
 */
@Component(service = MorphologyReader.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_READER, name = "asc", extensions = "asc", description = "Neurolucida"
        + " ASC, as NEURON's Import3d_Neurolucida3 reads it")
public final class AscReader implements MorphologyReader {

    @Override
    public Morphology read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), file.getFileName().toString());
        }
    }

    @Override
    public Morphology read(InputStream in, String name) throws IOException {
        return read(in, name, name);
    }

    private static Morphology read(InputStream in, String file, String name) throws IOException {
        List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        NeurolucidaTrees found = NeurolucidaTrees.of(AscParser.parse(lines, file), file);
        List<String> warnings = new ArrayList<>(found.warnings);
        requireNoStack(found.contours, file);
        List<Branch> kept = new ArrayList<>();
        Map<Branch, Structure> structures = new IdentityHashMap<>();
        for (Structure s : List.of(Structure.DENDRITE, Structure.APICAL_DENDRITE)) {
            for (NeurolucidaTrees.Tree t : found.trees) {
                if (t.structure() == s) {
                    if (!t.typed()) {
                        warnings.add(file + ":" + t.line() + ": a tree without (Dendrite), (Apical) or (Axon) as its"
                                + " last property is read as Dendrite (NEURON names it dend_0)");
                    }
                    preorder(t.root(), kept, structures, s);
                }
            }
        }
        boolean hasSoma = !found.contours.isEmpty();
        for (Branch b : kept) {
            startAtParent(b);
        }
        dropShortSections(kept, hasSoma);
        if (kept.isEmpty() && !hasSoma) {
            throw new InputFormatException(file, 0, "expected a soma contour (CellBody) or a dendrite or apical tree;"
                    + " found none");
        }
        Map<Branch, Integer> ids = new IdentityHashMap<>();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < found.contours.size(); i++) {
            Branch c = found.contours.get(i);
            ids.put(c, sections.size());
            List<double[]> centreLine;
            try {
                centreLine = SomaCentroid.of(c.points);
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, c.line, e.getMessage());
            }
            sections.add(section(sections.size(), i == 0 ? "soma" : "soma_" + i, Structure.SOMA, -1, Double.NaN,
                    centreLine));
        }
        int[] counters = new int[2];
        for (Branch b : kept) {
            Structure s = structures.get(b);
            String sectionName = s == Structure.DENDRITE ? "dend_" + counters[0]++ : "apical_" + counters[1]++;
            int parent = -1;
            double parentX = Double.NaN;
            if (b.parent != null) {
                parent = ids.get(b.parent);
                parentX = 1.0;
            } else if (hasSoma) {
                parent = ids.get(soma(b, found.contours, warnings, file));
                parentX = 0.5;
            }
            ids.put(b, sections.size());
            sections.add(section(sections.size(), sectionName, s, parent, parentX, b.points));
        }
        return new Morphology(name, sections, warnings);
    }

    private static void preorder(Branch b, List<Branch> out, Map<Branch, Structure> structures, Structure s) {
        out.add(b);
        structures.put(b, s);
        for (Branch c : b.children) {
            preorder(c, out, structures, s);
        }
    }

    /**
     * A child starts at its parent's last point (with its own first diameter) unless its first
     * traced point is already there, as NEURON's Import3d_Neurolucida3 builds it; a tree's root
     * starts at its own first point.
     */
    private static void startAtParent(Branch b) {
        if (b.parent == null) {
            return;
        }
        double[] end = b.parent.last();
        double[] first = b.first();
        if (end[0] != first[0] || end[1] != first[1] || end[2] != first[2]) {
            b.points.add(0, new double[] {end[0], end[1], end[2], first[3]});
        }
    }

    /**
     * NEURON's Import3d_GUI removes sections with a parent that have at most one point, or two
     * points at the same place, and hangs their children on their parent (trees hang on the soma
     * when there is one).
     */
    private static void dropShortSections(List<Branch> sections, boolean hasSoma) {
        for (int i = sections.size() - 1; i >= 0; i--) {
            Branch b = sections.get(i);
            if (b.parent == null && !hasSoma) {
                continue;
            }
            int n = b.points.size();
            boolean samePlace = n == 2 && b.first()[0] == b.last()[0] && b.first()[1] == b.last()[1]
                    && b.first()[2] == b.last()[2];
            if (n <= 1 || samePlace) {
                sections.remove(i);
                for (Branch c : b.children) {
                    c.parent = b.parent;
                    if (b.parent != null) {
                        b.parent.children.add(c); // so that a parent removed later hands them on too
                    }
                }
            }
        }
    }

    /** The soma a tree hangs from: the first whose xy bounding box (widened by 0.5 µm) holds its first point, else the nearest centre. */
    private static Branch soma(Branch root, List<Branch> contours, List<String> warnings, String file) {
        double[] p = root.first();
        for (Branch c : contours) {
            double[] box = box(c);
            if (p[0] >= box[0] - 0.5 && p[0] <= box[3] + 0.5 && p[1] >= box[1] - 0.5 && p[1] <= box[4] + 0.5) {
                return c;
            }
        }
        Branch nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (Branch c : contours) {
            double[] m = SomaCentroid.center(c.points);
            double d = Math.sqrt((p[0] - m[0]) * (p[0] - m[0]) + (p[1] - m[1]) * (p[1] - m[1])
                    + (p[2] - m[2]) * (p[2] - m[2]));
            if (d < best) {
                best = d;
                nearest = c;
            }
        }
        warnings.add(file + ":" + root.line + ": the tree starting here begins outside every soma contour; it is"
                + " attached to the nearest soma centre, as NEURON does");
        return nearest;
    }

    /** Soma contours whose xy bounding boxes overlap form a stack, which NEURON turns into a different soma. */
    private static void requireNoStack(List<Branch> contours, String file) throws InputFormatException {
        for (int i = 1; i < contours.size(); i++) {
            double[] a = box(contours.get(i - 1));
            double[] b = box(contours.get(i));
            boolean overlap = !(a[0] > b[3] || b[0] > a[3] || a[1] > b[4] || b[1] > a[4]);
            if (overlap) {
                throw new InputFormatException(file, contours.get(i).line, "expected soma contours that do not overlap"
                        + " in x and y: a stack of soma contours (this one and the one at line " + contours.get(i - 1).line
                        + ") is not supported");
            }
        }
    }

    private static double[] box(Branch c) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : c.points) {
            for (int a = 0; a < 3; a++) {
                b[a] = Math.min(b[a], p[a]);
                b[a + 3] = Math.max(b[a + 3], p[a]);
            }
        }
        return b;
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
