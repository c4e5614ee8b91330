package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One embedding job.
 *
 * @param data                the model's data: for models that take an anatomical model, an
 *                            ISF-layout folder or the name of a density source; for models that
 *                            take a file, its path; null for models that take nothing
 * @param dataParameters      parameters of the density source
 * @param morphology          a morphology file, or {@code builtin:<name>}
 * @param readerParameters    parameters of the morphology reader
 * @param cellType            the postsynaptic cell type
 * @param model               the connectome model's name, or null for the default one
 * @param modelParameters     parameters of the connectome model
 * @param samples             number of samples (realizations) to draw
 * @param seed                the seed; the same seed gives byte-identical outputs
 * @param threads             worker threads (affects speed only, never results)
 * @param out                 output directory, or null for ISF's naming next to the morphology
 * @param allRealizations     also write every realization (for Monte-Carlo simulations)
 * @param formats             output formats, e.g. {@code [isf]}
 * @param landmarks           also write landmark files where the format supports them
 * @param overwrite           replace a run already in {@code out} (else that is an error)
 * @param runId               the run id that names the output files, or null for ISF's
 *                            {@code <yyyyMMdd-HHmm>_<pid>}. A job with a given run id is
 *                            reproducible as a whole: its {@code run.json} leaves out the run's
 *                            timings and threads, so every output file is a function of the job
 *                            and the data (batches use this). Since 2.1
 */
public record EmbedJob(String data, Map<String, String> dataParameters, String morphology,
        Map<String, String> readerParameters, String cellType, String model, Map<String, String> modelParameters,
        int samples, long seed, int threads, Path out, boolean allRealizations, List<String> formats,
        boolean landmarks, boolean overwrite, String runId) {

    /**
     * The most samples one job may draw: every sample is kept in memory until the representative
     * is chosen and the writers have summarised them.
     */
    public static final int MAX_SAMPLES = 10_000;

    public EmbedJob {
        Objects.requireNonNull(morphology, "morphology");
        Objects.requireNonNull(cellType, "cellType");
        dataParameters = Map.copyOf(dataParameters);
        readerParameters = Map.copyOf(readerParameters);
        modelParameters = Map.copyOf(modelParameters);
        formats = List.copyOf(formats);
        if (samples < 1) {
            throw new SynmapException("--samples must be at least 1, got " + samples);
        }
        if (samples > MAX_SAMPLES) {
            throw new SynmapException("--samples " + samples + " exceeds the limit of " + MAX_SAMPLES
                    + " samples per job (every sample is kept in memory for the representative choice and the"
                    + " summaries); run several jobs with different seeds instead");
        }
        if (threads < 1) {
            throw new SynmapException("--threads must be at least 1, got " + threads);
        }
        if (formats.isEmpty()) {
            throw new SynmapException("--format needs at least one output format");
        }
        if (runId != null && !runId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            // it becomes part of file names: no separators, no leading dot
            throw new SynmapException("run id '" + runId + "' must be 1-64 letters, digits, '.', '_' or '-', not"
                    + " starting with '.', '_' or '-'");
        }
    }

    /** A job with ISF's run id from the clock and the process id. */
    public EmbedJob(String data, Map<String, String> dataParameters, String morphology,
            Map<String, String> readerParameters, String cellType, String model, Map<String, String> modelParameters,
            int samples, long seed, int threads, Path out, boolean allRealizations, List<String> formats,
            boolean landmarks, boolean overwrite) {
        this(data, dataParameters, morphology, readerParameters, cellType, model, modelParameters, samples, seed,
                threads, out, allRealizations, formats, landmarks, overwrite, null);
    }

    /** This job writing to another folder, on another number of threads (how batches place and run jobs). */
    public EmbedJob withPlace(Path newOut, int newThreads) {
        return new EmbedJob(data, dataParameters, morphology, readerParameters, cellType, model, modelParameters,
                samples, seed, newThreads, newOut, allRealizations, formats, landmarks, overwrite, runId);
    }

    /** A job that does not replace an existing run. */
    public EmbedJob(String data, Map<String, String> dataParameters, String morphology,
            Map<String, String> readerParameters, String cellType, String model, Map<String, String> modelParameters,
            int samples, long seed, int threads, Path out, boolean allRealizations, List<String> formats,
            boolean landmarks) {
        this(data, dataParameters, morphology, readerParameters, cellType, model, modelParameters, samples, seed,
                threads, out, allRealizations, formats, landmarks, false, null);
    }
}
