package org.synmap.connectome.rules;

import java.util.ArrayList;
import java.util.List;

import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Path distance along the tree from the midpoint of the soma, as NEURON's {@code h.distance}
 * measures it from {@code soma(0.5)}: on the soma {@code |x − 0.5|·L}; on another section the
 * distance to the point where it attaches to its parent ({@code parentX}), plus {@code x·L}.
 * (ISF's path length to the soma, used by its summaries, instead counts 0 on the soma and whole
 * ancestor lengths; it is not used here.)
 */
final class PathDistance {
    private final Morphology morphology;
    /** The section whose midpoint is the origin: the first soma section, else section 0. */
    private final int origin;
    /** Per section: distance of its x = 0 end (for the origin: of its midpoint). */
    private final double[] start;

    PathDistance(Morphology morphology) {
        this.morphology = morphology;
        List<Section> sections = morphology.sections();
        int o = 0;
        for (Section s : sections) {
            if (s.structure() == Structure.SOMA) {
                o = s.id();
                break;
            }
        }
        origin = o;
        start = new double[sections.size()];
        // Section order need not put parents first: each chain is resolved (and memoised) on demand.
        boolean[] done = new boolean[sections.size()];
        for (Section s : sections) {
            startOf(s.id(), done);
        }
    }

    private double startOf(int id, boolean[] done) {
        if (done[id]) {
            return start[id];
        }
        Section s = morphology.section(id);
        double d;
        if (id == origin || s.parentId() < 0) {
            d = 0;
        } else {
            double px = Double.isNaN(s.parentX()) ? 1.0 : s.parentX();
            d = at(s.parentId(), px, done);
        }
        start[id] = d;
        done[id] = true;
        return d;
    }

    private double at(int id, double x, boolean[] done) {
        Section s = morphology.section(id);
        if (id == origin) {
            return Math.abs(x - 0.5) * s.length();
        }
        return startOf(id, done) + x * s.length();
    }

    /** The distance of (section, x) from the origin. */
    double at(int sectionId, double x) {
        Section s = morphology.section(sectionId);
        return sectionId == origin ? Math.abs(x - 0.5) * s.length() : start[sectionId] + x * s.length();
    }

    /** A stretch of one section, {@code x0 ≤ x ≤ x1}, of {@code lengthUm} µm. */
    record Piece(int sectionId, double x0, double x1, double lengthUm) {
    }

    /**
     * The stretches of every section of {@code structure} whose distance lies in
     * {@code [from, to]} (all of them when {@code window} is null).
     */
    List<Piece> pieces(Structure structure, double[] window) {
        List<Piece> out = new ArrayList<>();
        for (Section s : morphology.sections(structure)) {
            double length = s.length();
            if (!(length > 0)) {
                continue;
            }
            if (window == null) {
                out.add(new Piece(s.id(), 0, 1, length));
            } else if (s.id() == origin) {
                // distance falls from 0.5·L to 0 towards the midpoint, then rises: two linear halves
                clip(out, s, 0.5, 0.0, window);
                clip(out, s, 0.5, 1.0, window);
            } else {
                clip(out, s, 0.0, 1.0, window);
            }
        }
        return out;
    }

    /** Adds the part of [xa, xb] (or [xb, xa]) of section s whose distance lies in the window. */
    private void clip(List<Piece> out, Section s, double xMid, double xEnd, double[] window) {
        double dA = at(s.id(), xMid);
        double dB = at(s.id(), xEnd);
        double lo = Math.max(window[0], Math.min(dA, dB));
        double hi = Math.min(window[1], Math.max(dA, dB));
        if (!(hi > lo) || dA == dB) {
            return;
        }
        // distance is linear in x on this stretch: invert it
        double xLo = xMid + (lo - dA) / (dB - dA) * (xEnd - xMid);
        double xHi = xMid + (hi - dA) / (dB - dA) * (xEnd - xMid);
        double x0 = Math.min(xLo, xHi);
        double x1 = Math.max(xLo, xHi);
        out.add(new Piece(s.id(), x0, x1, (x1 - x0) * s.length()));
    }
}
