package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.TypeCounts;
import org.synmap.engine.core.BatchManifest.Row;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.Parameters;

/**
 * Runs a batch: the model and its data are loaded once; each (morphology, cell type) is read and
 * precomputed once, by the first of its jobs, and {@code threads} jobs run at once (each on one
 * thread). Each job writes what {@code embed --out} writes, with
 * a run id derived from its seed and without run.json's times, so that its files depend only on
 * the job and the data. A job whose folder holds a complete run of the same job is skipped.
 */
final class BatchRunner {
    static final String INDEX = "batch.csv";

    private final Engine engine;

    BatchRunner(Engine engine) {
        this.engine = engine;
    }

    BatchOutcome run(BatchJob job, ProgressListener progress) {
        List<Row> rows = BatchManifest.read(job.manifest(), job.samples());
        EmbedRunner runner = new EmbedRunner(engine, EmbedRunner::isfRunId);
        Found<ConnectomeModel> model = runner.chooseModel(job.model());
        Parameters parameters = Engine.parameters(model.info(), model.service()::parameters, job.modelParameters());
        List<Found<RealizationWriter>> writers = runner.writers(job.formats());
        EmbedRunner.refuseInsideData(job.out(), job.data());
        try {
            Files.createDirectories(job.out());
        } catch (IOException e) {
            throw EmbedRunner.cannotWrite(job.out(), e);
        }
        ModelData data = ModelData.of(engine, model, job.data(), job.dataParameters()); // once for every job
        BatchIndex index = new BatchIndex(job.manifest(), job.out().resolve(INDEX), rows);

        Map<List<String>, Group> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(List.of(r.morphology(), r.cellType()), k -> new Group()).remaining++;
        }
        AtomicBoolean interrupted = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(job.threads(), r -> {
            Thread t = new Thread(r, "synmap-batch");
            t.setDaemon(true);
            return t;
        });
        Thread onInterrupt = new Thread(() -> {
            interrupted.set(true);
            pool.shutdownNow();
            System.err.println("\nbatch interrupted: " + index.finished() + " of " + rows.size() + " jobs finished ("
                    + index.summary() + "); the unfinished jobs' staging folders are removed; rerun the same command to resume");
        }, "synmap-batch-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        progress.start("batch: jobs", rows.size());
        try {
            for (Row r : rows) {
                Group g = groups.get(List.of(r.morphology(), r.cellType()));
                pool.execute(() -> runRow(job, r, g, model, parameters, writers, data, index, progress, interrupted));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waits for every group
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted.set(true);
            pool.shutdownNow();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook reports
            }
        }
        progress.finish();
        return new BatchOutcome(rows.size(), index.count(BatchIndex.DONE), index.count(BatchIndex.SKIPPED),
                index.count(BatchIndex.FAILED), interrupted.get() || index.finished() < rows.size(),
                secondsSinceProcessStart(), job.out().resolve(INDEX));
    }

    /**
     * The jobs of one (morphology, cell type): the morphology is read and precomputed once, by the
     * first of its jobs to run, and released when its last job is done.
     */
    private static final class Group {
        int remaining;
        Prepared prepared;
        RuntimeException failure;

        synchronized Prepared prepare(Engine engine, Row r, Found<ConnectomeModel> model, Parameters parameters,
                List<Found<RealizationWriter>> writers, ModelData data) {
            if (prepared == null && failure == null) {
                try {
                    Engine.ReadMorphology morphology = engine.read(r.morphology(), Map.of());
                    prepared = EmbedRunner.prepare(model, parameters, writers, morphology, data, r.cellType(), 1,
                            ProgressListener.NONE);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return prepared;
        }

        synchronized void jobDone() {
            if (--remaining == 0) {
                prepared = null; // its lattices and precomputation are no longer needed
            }
        }
    }

    private void runRow(BatchJob job, Row r, Group group, Found<ConnectomeModel> model, Parameters parameters,
            List<Found<RealizationWriter>> writers, ModelData data, BatchIndex index, ProgressListener progress,
            AtomicBoolean interrupted) {
        if (interrupted.get() || Thread.currentThread().isInterrupted()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            Prepared prepared = group.prepare(engine, r, model, parameters, writers, data);
            Path folder = job.out().resolve(r.folder());
            EmbedJob ej = new EmbedJob(job.data(), job.dataParameters(), r.morphology(), Map.of(), r.cellType(),
                    job.model(), job.modelParameters(), r.samples(), r.seed(), 1, folder, false, job.formats(),
                    false, true);
            if (isComplete(folder, ej, prepared)) {
                index.set(r, BatchIndex.SKIPPED, -1, -1, 0, "");
            } else {
                StagedOutputs.removeStale(folder);
                EmbedOutcome o;
                try (StagedOutputs out = StagedOutputs.open(folder)) {
                    o = EmbedRunner.complete(ej, prepared, runId(r), out, ProgressListener.NONE, false);
                }
                index.set(r, BatchIndex.DONE, synapses(o), connected(o), (System.nanoTime() - t0) / 1e9, "");
            }
            progress.advance(1);
        } catch (IOException | RuntimeException e) {
            if (!interrupted.get()) {
                fail(index, r, e, progress);
            }
        } finally {
            group.jobDone();
        }
    }

    private static void fail(BatchIndex index, Row r, Exception e, ProgressListener progress) {
        String reason = e instanceof IOException io ? PluginCalls.message(io) : String.valueOf(e.getMessage());
        index.set(r, BatchIndex.FAILED, -1, -1, 0, reason);
        progress.note(index.manifest() + ":" + r.line() + ": job failed: " + reason);
        progress.advance(1);
    }

    /** The run id in file names: derived from the job, not the time, so that a rerun writes the same names. */
    static String runId(Row r) {
        return "seed" + r.seed();
    }

    /**
     * Whether the folder holds a finished run of this very job: run.json names the same seed,
     * samples, cell type, formats, model and parameters, data, and morphology geometry, and every
     * output it lists is there.
     */
    static boolean isComplete(Path folder, EmbedJob job, Prepared p) {
        Path runJson = folder.resolve(StagedOutputs.RUN_JSON);
        if (!Files.isRegularFile(runJson)) {
            return false;
        }
        Map<?, ?> run;
        try {
            run = new ObjectMapper().readValue(runJson.toFile(), Map.class);
        } catch (IOException e) {
            return false; // damaged: redo
        }
        Map<?, ?> morph = run.get("morphology") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> model = run.get("connectomeModel") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> data = run.get("data") instanceof Map<?, ?> m ? m : Map.of();
        boolean same = Objects.equals(number(run.get("seed")), job.seed())
                && Objects.equals(number(run.get("samples")), (long) job.samples())
                && job.cellType().equals(run.get("cellType"))
                && job.formats().equals(run.get("formats"))
                && MorphologyDigest.ofGeometry(p.cell()).equals(morph.get("geometrySha256"))
                && p.model().info().name().equals(model.get("name"))
                && p.modelParameters().asText().equals(model.get("parameters"))
                && Objects.equals(p.data().record().get("model"), data.get("model"))
                && Objects.equals(p.data().record().get("location"), data.get("location"));
        if (!same || !(run.get("outputs") instanceof List<?> outputs)) {
            return false;
        }
        for (Object o : outputs) {
            if (!Files.isRegularFile(folder.resolve(String.valueOf(o)))) {
                return false;
            }
        }
        return true;
    }

    private static Long number(Object o) {
        return o instanceof Number n ? n.longValue() : null;
    }

    private static int synapses(EmbedOutcome o) {
        return o.perType().stream().mapToInt(TypeCounts::synapses).sum();
    }

    private static int connected(EmbedOutcome o) {
        return o.perType().stream().mapToInt(TypeCounts::connectedCells).sum();
    }

    /** The batch's speed is counted from the process's start, loading included. */
    private static double secondsSinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
