package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * A morphology's postsynaptic targets per voxel of its cell grid (isf-spec §1.5–§1.7): dendrite
 * length and ISF-convention area (radius := hoc diameter) per structure, times the PST constants.
 * Segments are cut exactly at voxel faces; each piece goes to the voxel holding its midpoint.
 * This is an estimator for calibration, not ISF's bit-exact clipping.
 */
final class CellTargets {
    final Lattice grid; // the cell grid (values unused)
    final Map<Structure, double[]> length = new EnumMap<>(Structure.class);
    final Map<Structure, double[]> area = new EnumMap<>(Structure.class);

    CellTargets(Morphology cell, Lattice exPst) {
        this.grid = cellGrid(exPst, cell);
        for (Section s : cell.sections()) {
            double[] len = length.computeIfAbsent(s.structure(), k -> new double[grid.size()]);
            double[] ar = area.computeIfAbsent(s.structure(), k -> new double[grid.size()]);
            for (int m = 0; m + 1 < s.pointCount(); m++) {
                addSegment(s, m, len, ar);
            }
        }
    }

    /** Targets on {@code structure} per voxel (C order) for the constants {@code c} of one class (isf-spec §1.7). */
    double[] targets(Structure structure, PstConstants c) {
        double[] out = new double[grid.size()];
        double[] len = length.get(structure);
        double[] ar = area.get(structure);
        if (len == null) {
            return out;
        }
        for (int v = 0; v < out.length; v++) {
            out[v] = c.length(structure) * len[v] + c.area(structure) * ar[v];
        }
        return out;
    }

    double totalLength(Structure s) {
        return length.containsKey(s) ? Arrays.stream(length.get(s)).sum() : 0.0;
    }

    double totalArea(Structure s) {
        return area.containsKey(s) ? Arrays.stream(area.get(s)).sum() : 0.0;
    }

    /** The voxels of the EXC PST lattice that overlap the cell's bounding box (closed boxes, §1.5). */
    private static Lattice cellGrid(Lattice exPst, Morphology cell) {
        int[] min = new int[3];
        int[] max = new int[3];
        for (int a = 0; a < 3; a++) {
            double lo = cell.bounds().min(a);
            double hi = cell.bounds().max(a);
            min[a] = exPst.dim(a) - 1;
            max[a] = 0;
            for (int i = 0; i < exPst.dim(a); i++) {
                if (exPst.voxelUpper(a, i) >= lo && exPst.voxelLower(a, i) <= hi) {
                    min[a] = Math.min(min[a], i);
                    max[a] = Math.max(max[a], i);
                }
            }
        }
        return exPst.subLattice(min, max);
    }

    private void addSegment(Section s, int m, double[] len, double[] ar) {
        double[] p1 = {s.x(m), s.y(m), s.z(m)};
        double[] p2 = {s.x(m + 1), s.y(m + 1), s.z(m + 1)};
        double r1 = s.diameter(m); // ISF's likeAmira convention: radius := diameter (§1.6)
        double r2 = s.diameter(m + 1);
        double h = Math.sqrt(sq(p2[0] - p1[0]) + sq(p2[1] - p1[1]) + sq(p2[2] - p1[2]));
        if (h == 0) {
            return;
        }
        List<Double> cuts = new ArrayList<>(List.of(0.0, 1.0));
        for (int a = 0; a < 3; a++) {
            double d = p2[a] - p1[a];
            if (d == 0) {
                continue;
            }
            double sp = grid.spacing(a);
            double o = grid.origin(a);
            long first = (long) Math.ceil((Math.min(p1[a], p2[a]) - o) / sp);
            long last = (long) Math.floor((Math.max(p1[a], p2[a]) - o) / sp);
            for (long f = first; f <= last; f++) {
                double t = (o + f * sp - p1[a]) / d;
                if (t > 0 && t < 1) {
                    cuts.add(t);
                }
            }
        }
        cuts.sort(Double::compare);
        for (int c = 0; c + 1 < cuts.size(); c++) {
            double u1 = cuts.get(c);
            double u2 = cuts.get(c + 1);
            double um = 0.5 * (u1 + u2);
            int i = grid.meshIndex(0, p1[0] + um * (p2[0] - p1[0]));
            int j = grid.meshIndex(1, p1[1] + um * (p2[1] - p1[1]));
            int k = grid.meshIndex(2, p1[2] + um * (p2[2] - p1[2]));
            if (i < 0 || j < 0 || k < 0 || i >= grid.nx() || j >= grid.ny() || k >= grid.nz()) {
                continue; // outside the cell grid: ISF drops it too (Q6)
            }
            double piece = (u2 - u1) * h;
            double ra = r1 + u1 * (r2 - r1);
            double rb = r1 + u2 * (r2 - r1);
            int v = grid.index(i, j, k);
            len[v] += piece;
            ar[v] += Math.PI * (ra + rb) * Math.sqrt(piece * piece + sq(rb - ra));
        }
    }

    private static double sq(double x) {
        return x * x;
    }

    /** The structures present, in enum order. */
    List<Structure> structures() {
        return List.copyOf(length.keySet());
    }
}
