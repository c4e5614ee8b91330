package org.synmap.output.neuroml;

import java.util.List;

import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;

/**
 * NeuroML segments of a morphology: each section's traced polyline becomes one segment per pair
 * of consecutive points (a one-point section one segment of no length), numbered section by
 * section; and the way back from a (section, relative arc length) to a (segment, fraction along).
 */
final class NeuroMlSegments {
    /** First segment id of each section. */
    private final int[] first;
    private final int total;
    private final Morphology morphology;

    NeuroMlSegments(Morphology morphology) {
        this.morphology = morphology;
        List<Section> sections = morphology.sections();
        first = new int[sections.size()];
        int next = 0;
        for (int i = 0; i < sections.size(); i++) {
            first[i] = next;
            next += segments(sections.get(i));
        }
        total = next;
    }

    static int segments(Section s) {
        return Math.max(1, s.pointCount() - 1);
    }

    int total() {
        return total;
    }

    int first(int section) {
        return first[section];
    }

    /**
     * The segment and fraction along it at relative arc length {@code x} of a section: the first
     * segment of non-zero length whose end reaches that arc length.
     *
     * @return {segment id, fraction along}
     */
    double[] at(int sectionId, double x) {
        Section s = morphology.section(sectionId);
        if (s.pointCount() < 2) {
            return new double[] {first[sectionId], 0};
        }
        double target = x * s.length();
        double walked = 0;
        int lastNonZero = -1;
        for (int j = 0; j + 1 < s.pointCount(); j++) {
            double len = s.segmentLength(j);
            if (len > 0) {
                lastNonZero = j;
                if (walked + len >= target) {
                    return new double[] {first[sectionId] + j, clamp((target - walked) / len)};
                }
            }
            walked += len;
        }
        return lastNonZero < 0 ? new double[] {first[sectionId], 0} : new double[] {first[sectionId] + lastNonZero, 1};
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }
}
