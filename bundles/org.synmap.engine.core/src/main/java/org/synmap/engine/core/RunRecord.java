package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.synmap.connectome.api.Realization;
import org.synmap.density.api.ParameterDescriptor;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;
import org.synmap.output.summary.SummaryRow;
import org.synmap.output.summary.Representative;
import org.synmap.output.summary.SampleSummary;

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

    private RunRecord() {
    }

    static Map<String, Object> build(EmbedJob job, Prepared p, String runId, Representative chosen,
            List<Realization> realizations, List<SampleSummary> summaries, double samplingSeconds) {
        Map<String, Object> run = new LinkedHashMap<>();
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("engine", Engine.version());
        versions.put("model", p.model().info().bundle());
        versions.put("data", p.data().source().bundle());
        run.put("synmap", versions);
        run.put("runId", runId);
        run.put("seed", job.seed());
        run.put("samples", job.samples());
        run.put("cellType", job.cellType());
        run.put("formats", job.formats());
        run.put("allRealizations", job.allRealizations());
        run.put(LANDMARKS, job.landmarks());
        run.put("morphology", morphology(job, p));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("location", job.data());
        data.put("parameters", new TreeMap<>(job.dataParameters()));
        data.put("source", p.data().source().name());
        data.put("model", p.anatomy().name());
        data.put("provenance", new TreeMap<>(PluginCalls.call(p.data().source(), () -> p.anatomy().provenance())));
        run.put("data", data);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.model().info().name());
        m.put("parameters", effectiveParameters(p, job.modelParameters()));
        Map<String, String> facts = new TreeMap<>();
        Map<String, String> timings = new TreeMap<>();
        PluginCalls.call(p.model().info(), () -> p.embedding().describe())
                .forEach((k, v) -> (k.startsWith(TIMING_PREFIX) ? timings : facts).put(k, v));
        m.put("embedding", facts);
        run.put("connectomeModel", m);
        run.put("representativeSample", chosen.index());
        run.put("representativeWithinTwoSd", chosen.withinTwoSd());
        run.put("perSample", perSample(realizations, summaries));
        // Timings and threads vary between runs; everything above but the run id is a function of the
        // inputs and the seed.
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("threads", job.threads());
        execution.put("precomputeSeconds", p.precomputeSeconds());
        execution.put("samplingSeconds", samplingSeconds);
        execution.put("embedding", timings);
        run.put("execution", execution);
        return run;
    }

    private static Map<String, Object> morphology(EmbedJob job, Prepared p) {
        Map<String, Object> morph = new LinkedHashMap<>();
        morph.put("location", job.morphology());
        morph.put("name", p.morphology().name());
        if (!job.morphology().startsWith(Engine.BUILTIN_PREFIX)) {
            try {
                morph.put("sha256", MorphologyDigest.ofFile(Path.of(job.morphology())));
            } catch (IOException e) {
                throw new SynmapException("cannot read " + job.morphology()
                        + " again to fingerprint it: " + PluginCalls.message(e), e);
            }
        }
        morph.put("geometrySha256", MorphologyDigest.ofGeometry(p.morphology()));
        morph.put("sections", p.morphology().sections().size());
        morph.put("points", p.morphology().pointCount());
        morph.put("lengthUm", p.morphology().totalLength());
        morph.put("warnings", p.morphology().warnings());
        return morph;
    }

    /** The model's declared defaults, overridden by the job's parameters. */
    private static Map<String, String> effectiveParameters(Prepared p, Map<String, String> given) {
        Map<String, String> effective = new TreeMap<>();
        for (ParameterDescriptor d : PluginCalls.call(p.model().info(), () -> p.model().service().parameters())) {
            if (d.defaultValue() != null) {
                effective.put(d.name(), d.defaultValue());
            }
        }
        effective.putAll(given);
        return effective;
    }

    /** Per sample: totals and the per-type synapse counts from which the representative is chosen (§1.13). */
    private static List<Map<String, Object>> perSample(List<Realization> realizations, List<SampleSummary> summaries) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < realizations.size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("sample", realizations.get(i).sampleIndex());
            s.put("synapses", realizations.get(i).synapseCount());
            s.put("connectedCells", realizations.get(i).connectedCells());
            Map<String, Integer> perType = new LinkedHashMap<>();
            for (SummaryRow r : summaries.get(i).perType()) {
                perType.put(r.type(), r.synapses());
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
