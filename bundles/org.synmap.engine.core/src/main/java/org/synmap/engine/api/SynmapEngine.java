package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.morphology.api.Morphology;

/**
 * The synmap engine: finds plugins in the service registry by name or file extension and runs
 * jobs with them. Every method reports failures as {@link SynmapException} with a one-line
 * message; a plugin that throws is named in the message and leaves the engine usable.
 */
@ProviderType
public interface SynmapEngine {

    /** Every plugin currently registered, sorted by kind and name, with its parameters. */
    List<PluginInfo> plugins();

    /**
     * Where plugins of one kind claim the same name or extension: one line each, naming the
     * plugin chosen (highest {@code service.ranking}, then the oldest service) and the others.
     *
     * @since 2.0
     */
    List<String> conflicts();

    /** Reads a morphology file (reader chosen by extension) or a {@code builtin:<name>} morphology. */
    default Morphology readMorphology(String location) {
        return readMorphology(location, Map.of());
    }

    /**
     * Reads a morphology with reader parameters, checked against the chosen reader's.
     *
     * @since 2.0
     */
    Morphology readMorphology(String location, Map<String, String> readerParameters);

    /** Writes a morphology; the writer is chosen by the target's extension. */
    Path writeMorphology(Morphology morphology, Path target);

    /**
     * Opens an anatomical model: {@code data} names a density source, or is a folder that a
     * source recognises.
     */
    AnatomicalModel openModel(String data, Map<String, String> parameters);

    /**
     * Reads an existing realization (e.g. ISF's {@code .syn} with its {@code .con}); the reader
     * is chosen by the file's extension.
     *
     * @since 1.2
     */
    Realization readRealization(Path file);

    /** Whether some installed realization reader handles this file's extension. @since 1.2 */
    boolean isRealizationFile(Path file);

    /** Writes a whole anatomical model in a folder layout ({@code isf}). */
    List<Path> exportModel(AnatomicalModel model, String format, Path directory);

    /** Runs an embedding job, reporting progress of its long phases. */
    EmbedOutcome embed(EmbedJob job, ProgressListener progress);

    /**
     * Writes one output format for an existing output folder, from its {@code run.json}, its
     * {@code .syn}/{@code .con} (the representative sample) and the morphology {@code run.json}
     * names, which must still have the geometry recorded there: e.g. {@code report.html} for a run
     * made without it. Formats that need what ISF files do not hold (presynaptic cell indices,
     * such as SONATA) refuse.
     *
     * @return the files written into {@code folder}
     */
    default List<Path> writeFormat(Path folder, String format) {
        return writeFormat(folder, format, null);
    }

    /**
     * As {@link #writeFormat(Path, String)}, reading the morphology from {@code morphology}
     * instead of the location {@code run.json} names: for a folder moved to another machine, or
     * a morphology moved since. It must have the geometry {@code run.json} records; it is read
     * with the reader parameters recorded there.
     *
     * @param morphology a morphology file or {@code builtin:} name, or null for the one
     *                   {@code run.json} names
     * @since 2.1
     */
    List<Path> writeFormat(Path folder, String format, String morphology);

    /**
     * Times an embedding set-up: loading and precomputation, single samples on one thread, and a
     * whole job's samples, summaries and outputs on all threads, repeated
     * {@link BenchJob#repeats()} times. Outputs go to a temporary folder that is deleted.
     *
     * @since 1.1
     */
    BenchReport benchmark(BenchJob job, ProgressListener progress);

    /**
     * Runs a batch of jobs (see {@link BatchJob}): the model is loaded once, the precomputation of
     * each morphology is shared by its jobs, jobs run in parallel (or on a {@link JobExecutor}),
     * and {@code batch.csv} is rewritten atomically as each job finishes. Each job's outputs are
     * those of {@link #embed} with the same job. A job that fails is reported through
     * {@link ProgressListener#note} with its manifest line and reason, and the others go on. Progress
     * counts jobs. Errors in the manifest or the batch's options fail before any job runs.
     *
     * @since 2.1
     */
    BatchOutcome batch(BatchJob job, ProgressListener progress);

    /**
     * Serves jobs that other machines submit through the named {@link JobExecutor}, until the
     * calling thread is interrupted or the process ends. The executor's {@code settings} are
     * checked against its parameters first.
     *
     * @param log connections, refusals and jobs, as notes
     * @since 2.1
     */
    void serve(String executor, Map<String, String> settings, ProgressListener log);
}
