package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch: one embedding job per row of a manifest, all with the same data and model.
 *
 * @param manifest        the jobs: a CSV file with a header and the columns {@code morphology},
 *                        {@code cell_type}, {@code seed}, optionally {@code samples} and {@code out};
 *                        morphology paths are relative to the manifest's folder
 * @param data            the model's data, as for {@code embed}
 * @param dataParameters  parameters of the density source
 * @param model           the connectome model's name, or null for the default one
 * @param modelParameters parameters of the connectome model
 * @param samples         samples per job where the row gives none
 * @param out             the batch folder: one folder per job, and {@code batch.csv}
 * @param threads         jobs run at once (each job on one thread)
 * @param formats         the output formats of every job
 */
public record BatchJob(Path manifest, String data, Map<String, String> dataParameters, String model,
        Map<String, String> modelParameters, int samples, Path out, int threads, List<String> formats) {

    public BatchJob {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(out, "out");
        dataParameters = Map.copyOf(dataParameters);
        modelParameters = Map.copyOf(modelParameters);
        formats = List.copyOf(formats);
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
}
