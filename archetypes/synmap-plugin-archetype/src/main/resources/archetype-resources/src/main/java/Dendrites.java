package ${package};

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.synmap.connectome.api.Synapse;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * The dendrites of a morphology as one line of segments laid end to end, so that a position
 * drawn uniformly on {@code [0, length)} is uniform by length on the dendrites. Immutable, so
 * one instance serves every sampling thread.
 */
final class Dendrites {
    private final Morphology morphology;
    /** Per segment: its section, its first point, and where it starts on its section (µm). */
    private final int[] section;
    private final int[] point;
    private final double[] startOnSection;
    /** Per segment: the total length of all segments before it and of itself (µm). */
    private final double[] cumulative;

    private Dendrites(Morphology morphology, int[] section, int[] point, double[] startOnSection,
            double[] cumulative) {
        this.morphology = morphology;
        this.section = section;
        this.point = point;
        this.startOnSection = startOnSection;
        this.cumulative = cumulative;
    }

    /**
     * Measures the basal and apical dendrites.
     *
     * @throws IllegalArgumentException when the morphology has no dendrite of positive length
     */
    static Dendrites of(Morphology morphology) {
        List<double[]> segments = new ArrayList<>();
        for (Section s : morphology.sections()) {
            if (s.structure() != Structure.DENDRITE && s.structure() != Structure.APICAL_DENDRITE) {
                continue;
            }
            double along = 0;
            for (int i = 0; i + 1 < s.pointCount(); i++) {
                double l = s.segmentLength(i);
                if (l > 0) {
                    segments.add(new double[] {s.id(), i, along, l});
                }
                along += l;
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException(morphology.name() + " has no dendrites (basal or apical) of positive"
                    + " length to place synapses on");
        }
        int n = segments.size();
        int[] section = new int[n];
        int[] point = new int[n];
        double[] start = new double[n];
        double[] cumulative = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            double[] seg = segments.get(k);
            section[k] = (int) seg[0];
            point[k] = (int) seg[1];
            start[k] = seg[2];
            total += seg[3];
            cumulative[k] = total;
        }
        return new Dendrites(morphology, section, point, start, cumulative);
    }

    /** Total dendritic length (µm). */
    double length() {
        return cumulative[cumulative.length - 1];
    }

    /**
     * The synapse at {@code at} µm along the dendrites (0 ≤ at &lt; the dendritic length): its section,
     * relative position {@code x} by arc length, and its point on the traced polyline.
     */
    Synapse synapseAt(double at, int cellRank, int presynapticCell) {
        int k = Arrays.binarySearch(cumulative, at);
        k = k >= 0 ? k + 1 : -k - 1; // the first segment that ends after 'at'
        k = Math.min(k, cumulative.length - 1);
        Section s = morphology.section(section[k]);
        double segmentStart = cumulative[k] - s.segmentLength(point[k]);
        double within = Math.min(Math.max(at - segmentStart, 0), s.segmentLength(point[k]));
        double f = within / s.segmentLength(point[k]);
        int i = point[k];
        double x = Math.min(1.0, (startOnSection[k] + within) / s.length());
        return new Synapse(s.id(), -1, x, s.structure(),
                s.x(i) + f * (s.x(i + 1) - s.x(i)),
                s.y(i) + f * (s.y(i + 1) - s.y(i)),
                s.z(i) + f * (s.z(i + 1) - s.z(i)),
                cellRank, presynapticCell);
    }
}
