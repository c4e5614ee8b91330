package org.synmap.output.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.report.profile.DepthProfile;

/**
 * What the report shows, as plain maps and lists for JSON: the run's facts, the morphology's
 * polylines, the synapses' points by presynaptic population, counts per type and per area, the
 * totals over samples, and synapse density against depth. Coordinates are rounded to 0.01 µm,
 * which keeps a 25,000-synapse report small.
 */
final class ReportData {
    private ReportData() {
    }

    static Map<String, Object> of(EmbeddingResult result) {
        Morphology m = result.morphology();
        Realization r = result.realization();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("morphology", m.name());
        d.put("cellType", result.postsynapticType());
        d.put("model", result.model());
        d.put("seed", result.run().get("seed"));
        d.put("sample", r.sampleIndex());
        d.put("synapses", r.synapseCount());
        d.put("connectedCells", r.connectedCells());
        d.put("facts", facts(result));
        d.put("warnings", warnings(result));
        d.put("sections", sections(m));
        d.put("populations", populations(result));
        d.put("sampleTotals", sampleTotals(result));
        d.put("depth", DepthProfile.of(m, r).asMap());
        return d;
    }

    /** Total synapses per sample: from the samples themselves, or from run.json for an earlier run's folder. */
    private static List<Integer> sampleTotals(EmbeddingResult result) {
        if (result.hasPopulation()) {
            return result.samples().stream().map(Realization::synapseCount).toList();
        }
        List<Integer> totals = new ArrayList<>();
        if (result.run().get("perSample") instanceof List<?> perSample) {
            for (Object o : perSample) {
                if (o instanceof Map<?, ?> m && m.get("synapses") instanceof Number n) {
                    totals.add(n.intValue());
                }
            }
        }
        return totals;
    }

    private static List<List<Object>> facts(EmbeddingResult result) {
        Map<String, Object> run = result.run();
        List<List<Object>> f = new ArrayList<>();
        f.add(List.of("morphology", location(run, result.morphology().name())));
        f.add(List.of("postsynaptic cell type", result.postsynapticType()));
        f.add(List.of("connectome model", result.model()));
        Object data = run.get("data") instanceof Map<?, ?> dm ? dm.get("location") : null;
        if (data != null) {
            f.add(List.of("data", data));
        }
        f.add(List.of("seed", String.valueOf(run.get("seed"))));
        f.add(List.of("samples drawn", String.valueOf(run.getOrDefault("samples", result.samples().size()))));
        f.add(List.of("sample shown", result.realization().sampleIndex() + (result.hasPopulation()
                ? " (the representative: " + run.getOrDefault("representativeRule", "the model's rule") + ")" : "")));
        f.add(List.of("run id", result.runId()));
        Object synmap = run.get("synmap") instanceof Map<?, ?> sm ? sm.get("engine") : null;
        f.add(List.of("synmap", synmap == null ? "unknown" : synmap));
        return f;
    }

    private static Object location(Map<String, Object> run, String fallback) {
        return run.get("morphology") instanceof Map<?, ?> mm && mm.get("location") != null ? mm.get("location") : fallback;
    }

    private static List<String> warnings(EmbeddingResult result) {
        List<String> w = new ArrayList<>(result.morphology().warnings());
        if (result.run().get("warnings") instanceof List<?> more) {
            more.forEach(x -> w.add(String.valueOf(x)));
        }
        return w;
    }

    /** Per section: its structure (0 soma, 1 basal, 2 apical) and its points, flattened. */
    private static List<Map<String, Object>> sections(Morphology m) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section s : m.sections()) {
            double[] xyz = s.coordinates();
            double[] rounded = new double[xyz.length];
            for (int i = 0; i < xyz.length; i++) {
                rounded[i] = round(xyz[i]);
            }
            out.add(Map.of("s", s.structure().ordinal(), "p", rounded));
        }
        return out;
    }

    private static List<Map<String, Object>> populations(EmbeddingResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        Morphology m = result.morphology();
        for (Population p : result.populations()) {
            SynapseBlock b = result.realization().block(p.area(), p.type());
            List<Synapse> synapses = b == null ? List.of() : b.synapses();
            double[] xyz = new double[3 * synapses.size()];
            for (int i = 0; i < synapses.size(); i++) {
                Synapse s = synapses.get(i);
                double[] c = Double.isNaN(s.px()) ? m.section(s.sectionId()).pointAt(s.x())
                        : new double[] {s.px(), s.py(), s.pz()};
                for (int a = 0; a < 3; a++) {
                    xyz[3 * i + a] = round(c[a]);
                }
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", p.type());
            e.put("area", p.area());
            e.put("excitatory", p.excitatory());
            e.put("synapses", synapses.size());
            e.put("cells", b == null ? 0 : b.connectedCells());
            e.put("xyz", xyz);
            out.add(e);
        }
        return out;
    }

    /**
     * Synapses and dendritic length per 50 µm bin of z relative to the soma's mean z (the
     * cortical depth axis in the barrel cortex's coordinates), and their ratio, synapses per µm.
     */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
