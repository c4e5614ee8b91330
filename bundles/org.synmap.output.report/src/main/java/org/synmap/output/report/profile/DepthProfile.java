package org.synmap.output.report.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Synapse density against depth: synapses, dendrite length and synapses per µm in
 * {@value #BIN_UM} µm bins of z relative to the soma's mean z. The report and the figures show
 * the same profile; this package is private to each bundle that uses it (the figures' bundle
 * copies it with bnd's {@code -conditionalpackage}), so it is not an API.
 *
 * @param centreUm the bins' centres (µm relative to the soma), ascending
 * @param synapses synapses per bin
 * @param lengthUm traced length per bin (µm, to 0.01), each segment counted in the bin of its midpoint
 * @param perUm    synapses per µm of traced length (to 1e-4; 0 where a bin has synapses but no length)
 */
public record DepthProfile(List<Double> centreUm, List<Double> synapses, List<Double> lengthUm, List<Double> perUm) {
    /** Bin width along z (µm). */
    public static final double BIN_UM = 50;

    public DepthProfile {
        centreUm = List.copyOf(centreUm);
        synapses = List.copyOf(synapses);
        lengthUm = List.copyOf(lengthUm);
        perUm = List.copyOf(perUm);
    }

    /** The profile of one realization on its morphology. */
    public static DepthProfile of(Morphology m, Realization r) {
        double zSoma = somaZ(m);
        Map<Integer, double[]> bins = new TreeMap<>();
        for (Section s : m.sections()) {
            for (int i = 0; i + 1 < s.pointCount(); i++) {
                double len = s.segmentLength(i);
                double zMid = (s.z(i) + s.z(i + 1)) / 2 - zSoma;
                bins.computeIfAbsent(bin(zMid), k -> new double[2])[1] += len;
            }
        }
        for (SynapseBlock b : r.blocks()) {
            for (Synapse s : b.synapses()) {
                double z = Double.isNaN(s.pz()) ? m.section(s.sectionId()).pointAt(s.x())[2] : s.pz();
                bins.computeIfAbsent(bin(z - zSoma), k -> new double[2])[0] += 1;
            }
        }
        List<Double> centre = new ArrayList<>();
        List<Double> synapses = new ArrayList<>();
        List<Double> length = new ArrayList<>();
        List<Double> density = new ArrayList<>();
        bins.forEach((k, v) -> {
            centre.add((k + 0.5) * BIN_UM);
            synapses.add(v[0]);
            length.add(Math.round(v[1] * 100) / 100.0);
            density.add(v[1] > 0 ? Math.round(v[0] / v[1] * 1e4) / 1e4 : 0.0);
        });
        return new DepthProfile(centre, synapses, length, density);
    }

    /** As the report's JSON has it. */
    public Map<String, Object> asMap() {
        return Map.of("binUm", BIN_UM, "centreUm", centreUm, "synapses", synapses, "lengthUm", lengthUm, "perUm",
                perUm);
    }

    private static int bin(double z) {
        return (int) Math.floor(z / BIN_UM);
    }

    private static double somaZ(Morphology m) {
        double z = 0;
        int n = 0;
        for (Section s : m.sections(Structure.SOMA)) {
            for (int i = 0; i < s.pointCount(); i++) {
                z += s.z(i);
                n++;
            }
        }
        return n == 0 ? 0 : z / n;
    }
}
