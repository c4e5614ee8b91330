package org.synmap.engine.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A benchmark of one embedding set-up: how long loading and precomputation take, how long one
 * sample takes on one thread, and how long a whole job's sampling, summaries and outputs take on
 * all threads.
 *
 * @param data            the model's data (an ISF-layout folder, a density source's name, a file), or
 *                        null for models that take none
 * @param dataParameters  parameters of the density source
 * @param morphology      a morphology file, or {@code builtin:<name>}
 * @param cellType        the postsynaptic cell type
 * @param model           the connectome model's name, or null for the default one
 * @param modelParameters parameters of the connectome model
 * @param samples         samples timed one by one, and samples of the whole job
 * @param repeats         how often the whole measurement is repeated
 * @param threads         worker threads for precomputation and the whole job
 * @param seed            the seed of the samples
 * @param formats         the output formats of the whole job; each writer is also timed alone on one
 *                        realization
 */
public record BenchJob(String data, Map<String, String> dataParameters, String morphology, String cellType,
        String model, Map<String, String> modelParameters, int samples, int repeats, int threads, long seed,
        List<String> formats) {

    /** A benchmark that writes ISF's files. */
    public BenchJob(String data, Map<String, String> dataParameters, String morphology, String cellType,
            String model, Map<String, String> modelParameters, int samples, int repeats, int threads, long seed) {
        this(data, dataParameters, morphology, cellType, model, modelParameters, samples, repeats, threads, seed,
                List.of("isf"));
    }

    public BenchJob {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new SynmapException("--format needs at least one output format");
        }
        Objects.requireNonNull(morphology, "morphology");
        Objects.requireNonNull(cellType, "cellType");
        dataParameters = Map.copyOf(dataParameters);
        modelParameters = Map.copyOf(modelParameters);
        if (samples < 1) {
            throw new SynmapException("--samples must be at least 1, got " + samples);
        }
        if (repeats < 1) {
            throw new SynmapException("--repeats must be at least 1, got " + repeats);
        }
        if (threads < 1) {
            throw new SynmapException("--threads must be at least 1, got " + threads);
        }
    }
}
