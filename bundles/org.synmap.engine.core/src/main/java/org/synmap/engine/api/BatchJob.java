package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch of embedding jobs: one per row of a manifest, each written into its own folder under
 * {@code out}, with an index {@code out/batch.csv}. Rerunning the same batch skips the jobs whose
 * outputs are complete and match the job, and redoes the rest.
 *
 * <p>The manifest is a CSV file with a header and the columns {@code morphology,cell_type,seed},
 * optionally {@code samples} and {@code out}, which override {@link #samples} and the folder for
 * their row. Morphology paths are relative to the manifest's folder, or {@code builtin:<name>}.
 *
 * @param manifest         the manifest file
 * @param out              the batch's folder: every job's folder, and {@code batch.csv}
 * @param data             the model's data, as for {@link EmbedJob#data()}
 * @param dataParameters   parameters of the density source
 * @param readerParameters parameters of the morphology readers
 * @param model            the connectome model's name, or null for the default one
 * @param modelParameters  parameters of the connectome model
 * @param samples          samples per job, unless the row says otherwise
 * @param formats          output formats of every job
 * @param allRealizations  also write every realization of every job
 * @param landmarks        also write landmark files where the format supports them
 * @param threads          jobs run at the same time (locally), each on one thread
 * @param executor         null to run the jobs in this process, else the name of a
 *                         {@link JobExecutor} that runs them elsewhere (e.g. {@code hazelcast})
 * @param executorSettings the executor's settings (its {@link JobExecutor#parameters()})
 * @since 2.1
 */
public record BatchJob(Path manifest, Path out, String data, Map<String, String> dataParameters,
        Map<String, String> readerParameters, String model, Map<String, String> modelParameters, int samples,
        List<String> formats, boolean allRealizations, boolean landmarks, int threads, String executor,
        Map<String, String> executorSettings) {

    public BatchJob {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(out, "out");
        dataParameters = Map.copyOf(dataParameters);
        readerParameters = Map.copyOf(readerParameters);
        modelParameters = Map.copyOf(modelParameters);
        formats = List.copyOf(formats);
        executorSettings = Map.copyOf(executorSettings);
        if (samples < 1 || samples > EmbedJob.MAX_SAMPLES) {
            throw new SynmapException("--samples must be between 1 and " + EmbedJob.MAX_SAMPLES + ", got " + samples);
        }
        if (threads < 1) {
            throw new SynmapException("--threads must be at least 1, got " + threads);
        }
        if (formats.isEmpty()) {
            throw new SynmapException("--format needs at least one output format");
        }
    }

    /** A batch run in this process. */
    public BatchJob(Path manifest, Path out, String data, Map<String, String> dataParameters,
            Map<String, String> readerParameters, String model, Map<String, String> modelParameters, int samples,
            List<String> formats, boolean allRealizations, boolean landmarks, int threads) {
        this(manifest, out, data, dataParameters, readerParameters, model, modelParameters, samples, formats,
                allRealizations, landmarks, threads, null, Map.of());
    }
}
