package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Representative;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.api.TypeCounts;
import org.synmap.morphology.api.Morphology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The run's record, written as {@code run.json} and handed to writers as
 * {@code EmbeddingResult.run()}: everything needed to reproduce the outputs (seed, inputs with
 * fingerprints, effective parameters, versions), the per-sample counts behind the choice of the
 * representative sample, and, apart, the run's timings. ISF's {@code .syn} has no place for the
 * seed; this record is where it is kept.
 */
final class RunRecord {
    /** The key {@code IsfWriter} reads to decide whether to write landmark files. */
    static final String LANDMARKS = "landmarks";
    /**
     * Entries of {@code Embedding.describe()} whose key starts with this are timings: they vary
     * from run to run, so they are recorded under {@code execution}, not with the embedding's facts.
     */
    static final String TIMING_PREFIX = "time.";
    /** The section of threads and times, which vary from run to run. */
    static final String EXECUTION = "execution";

    private RunRecord() {
    }

    static Map<String, Object> build(EmbedJob job, Prepared p, String runId, Representative chosen,
            List<Realization> realizations, List<List<TypeCounts>> counts, double samplingSeconds) {
        Map<String, Object> run = new LinkedHashMap<>();
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("engine", Engine.version());
        versions.put("model", p.model().info().bundle());
        versions.put("reader", p.morphology().plugin().bundle());
        run.put("synmap", versions);
        run.put("runId", runId);
        run.put("seed", job.seed());
        run.put("samples", job.samples());
        run.put("cellType", job.cellType());
        run.put("formats", job.formats());
        run.put("allRealizations", job.allRealizations());
        run.put(LANDMARKS, job.landmarks());
        run.put("morphology", morphology(job, p));
        run.put("data", p.data().record());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.model().info().name());
        m.put("parameters", p.modelParameters().asText());
        Map<String, String> facts = new TreeMap<>();
        Map<String, String> timings = new TreeMap<>();
        PluginCalls.call(p.model().info(), () -> p.embedding().describe())
                .forEach((k, v) -> (k.startsWith(TIMING_PREFIX) ? timings : facts).put(k, v));
        m.put("embedding", facts);
        m.put("populations", populations(p.populations()));
        run.put("connectomeModel", m);
        run.put("representativeSample", chosen.index());
        run.put("representativeRule", chosen.rule());
        if (chosen.note() != null) {
            run.put("representativeNote", chosen.note());
        }
        run.put("perSample", perSample(realizations, counts));
        // Timings and threads vary between runs; everything above but the run id is a function of the
        // inputs and the seed. A job with a given run id is reproducible as a whole: no timings.
        if (job.runId() != null) {
            return run;
        }
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("threads", job.threads());
        execution.put("precomputeSeconds", p.precomputeSeconds());
        execution.put("samplingSeconds", samplingSeconds);
        execution.put("embedding", timings);
        run.put(EXECUTION, execution);
        return run;
    }

    private static Map<String, Object> morphology(EmbedJob job, Prepared p) {
        Morphology cell = p.cell();
        Map<String, Object> morph = new LinkedHashMap<>();
        morph.put("location", job.morphology());
        morph.put("name", cell.name());
        morph.put("reader", p.morphology().plugin().name());
        morph.put("readerParameters", p.morphology().parameters().asText());
        if (!job.morphology().startsWith(Engine.BUILTIN_PREFIX)) {
            try {
                morph.put("sha256", MorphologyDigest.ofFile(Path.of(job.morphology())));
            } catch (IOException e) {
                throw new SynmapException("cannot read " + job.morphology()
                        + " again to fingerprint it: " + PluginCalls.message(e), e);
            }
        }
        morph.put("geometrySha256", MorphologyDigest.ofGeometry(cell));
        morph.put("sectionIds", "0-based, in the reader's order without axon sections (for hoc: NEURON's creation "
                + "order; see the reader's README)");
        morph.put("sections", cell.sections().size());
        morph.put("points", cell.pointCount());
        morph.put("lengthUm", cell.totalLength());
        morph.put("warnings", cell.warnings());
        return morph;
    }

    /** The model's presynaptic populations: what a presynaptic cell index refers to. */
    private static List<Map<String, Object>> populations(List<Population> populations) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Population p : populations) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", p.type());
            if (!p.area().isEmpty()) {
                e.put("area", p.area());
            }
            e.put("cells", p.cells());
            e.put("excitatory", p.excitatory());
            out.add(e);
        }
        return out;
    }

    /** Per sample: totals and the per-type synapse counts. */
    private static List<Map<String, Object>> perSample(List<Realization> realizations, List<List<TypeCounts>> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < realizations.size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("sample", realizations.get(i).sampleIndex());
            s.put("synapses", realizations.get(i).synapseCount());
            s.put("connectedCells", realizations.get(i).connectedCells());
            Map<String, Integer> perType = new LinkedHashMap<>();
            for (TypeCounts c : counts.get(i)) {
                perType.put(c.type(), c.synapses());
            }
            s.put("synapsesPerType", perType);
            out.add(s);
        }
        return out;
    }

    static void write(Map<String, Object> run, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), run);
    }
}
