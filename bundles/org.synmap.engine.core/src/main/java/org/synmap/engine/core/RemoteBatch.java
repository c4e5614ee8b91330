package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.JobExecutor;
import org.synmap.engine.api.JobExecutor.RemoteJob;
import org.synmap.engine.api.JobExecutor.RemoteResults;
import org.synmap.engine.api.JobResult;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.BatchManifest.Row;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.plugin.api.Parameters;

/**
 * The jobs of a batch run by a {@link JobExecutor} elsewhere. Each result that comes back is
 * written as a local job writes its own: into a staging folder inside the job's folder, checked,
 * then moved into place with {@code run.json} last. The check compares the worker's
 * {@code run.json} with the job as this machine knows it ({@link RunMatch}: versions, inputs'
 * checksums, seed, samples), so outputs made by a worker with another synmap, other data or for
 * another job are refused, not mixed in.
 */
final class RemoteBatch {
    private final Found<JobExecutor> executor;
    private final Parameters settings;

    private RemoteBatch(Found<JobExecutor> executor, Parameters settings) {
        this.executor = executor;
        this.settings = settings;
    }

    /** The batch's executor with its settings checked, before any job. */
    static RemoteBatch resolve(Engine engine, BatchJob batch) {
        Found<JobExecutor> executor = engine.byName(JobExecutor.class, JobExecutor.KIND, batch.executor(),
                "job executor");
        Parameters settings = Engine.parameters(executor.info(), executor.service()::parameters,
                batch.executorSettings());
        return new RemoteBatch(executor, settings);
    }

    /** Submits the jobs and writes their results as they come; returns where they ran. */
    String run(BatchRunner.State state, List<Integer> order, EmbedSession session, Found<ConnectomeModel> model,
            Parameters modelParameters, Map<String, Object> dataRecord) {
        List<RemoteJob> jobs = new ArrayList<>();
        for (int i : order) {
            EmbedJob job = state.jobs.get(i);
            jobs.add(new RemoteJob(Integer.toString(i), job.withPlace(null, 1)));
        }
        Set<Integer> delivered = ConcurrentHashMap.newKeySet();
        RemoteResults results = new RemoteResults() {
            @Override
            public void completed(String id, JobResult result) {
                int i = index(id);
                if (i < 0 || !delivered.add(i)) {
                    return; // unknown, or a duplicate of a job retried elsewhere: the first result counts
                }
                try {
                    RunMatch.Expected expected = RunMatch.expected(state.jobs.get(i), session, model, modelParameters,
                            dataRecord);
                    commit(state.rows.get(i), result, expected);
                    state.done(i, result.synapses(), result.connectedCells(), result.seconds());
                } catch (IOException | SynmapException e) {
                    state.failed(i, e.getMessage(), result.seconds());
                }
            }

            @Override
            public void failed(String id, String reason) {
                int i = index(id);
                if (i >= 0 && delivered.add(i)) {
                    state.failed(i, reason, Double.NaN);
                }
            }

            @Override
            public void note(String message) {
                state.progress.note(message);
            }

            private int index(String id) {
                try {
                    int i = Integer.parseInt(id);
                    return order.contains(i) ? i : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        };
        Thread submitter = Thread.currentThread();
        Thread onStop = new Thread(() -> stop(state, submitter), "synmap-batch-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            executor.service().submit(settings, jobs, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new SynmapException(executor.info().name() + ": " + PluginCalls.message(e), e);
        } catch (RuntimeException e) {
            throw new SynmapException(PluginCalls.describe(executor.info()) + " failed: " + PluginCalls.message(e), e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException e) {
                // the process is stopping: the hook is running
            }
        }
        int left = order.size() - delivered.size();
        if (left > 0 && !state.stopping.get()) {
            state.progress.note(left + " job" + (left == 1 ? " was" : "s were") + " not run (no worker left);"
                    + " they are listed as pending in " + state.dir.resolve(BatchIndex.FILE)
                    + "; rerun the same command to run them");
        }
        return "the " + executor.info().name() + " executor";
    }

    /** The process is stopping: the executor is interrupted and gets a grace period, then staging is removed. */
    private static void stop(BatchRunner.State state, Thread submitter) {
        state.stopping.set(true);
        submitter.interrupt();
        try {
            submitter.join(BatchRunner.STOP_GRACE_MILLIS);
        } catch (InterruptedException e) {
            // stop anyway
        }
        for (Row r : state.rows) {
            try {
                StagedOutputs.removeOwn(r.folder());
            } catch (IOException e) {
                state.progress.note("cannot remove a staging folder in " + r.folder() + ": " + PluginCalls.message(e));
            }
        }
        state.writeIndex();
        state.progress.note(BatchRunner.stoppedMessage(state));
    }

    /**
     * Writes a worker's files into the job's folder: staged, checked against the job, then moved
     * in with {@code run.json} last; the run the folder held before is replaced.
     */
    private static void commit(Row row, JobResult result, RunMatch.Expected expected) throws IOException {
        Path folder = row.folder();
        StagedOutputs.removeStale(folder); // left by a submitter killed earlier; nothing of it was committed
        try (StagedOutputs out = StagedOutputs.open(folder, false)) {
            Path staging = out.staging().toAbsolutePath().normalize();
            List<Path> staged = new ArrayList<>();
            boolean hasRunJson = false;
            for (JobResult.OutputFile f : result.files()) {
                Path target = staging.resolve(f.name()).normalize();
                if (f.name().isEmpty() || f.name().startsWith("/") || f.name().contains("\\")
                        || !target.startsWith(staging) || target.equals(staging)) {
                    throw new SynmapException(result.worker() + " sent an output named '" + f.name()
                            + "', which is not a file inside the job's folder; refused");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
                staged.add(target);
                hasRunJson |= f.name().equals(StagedOutputs.RUN_JSON);
            }
            if (!hasRunJson) {
                throw new SynmapException(result.worker() + " sent no " + StagedOutputs.RUN_JSON + "; refused");
            }
            List<String> listed = new ArrayList<>(RunMatch.outputs(staging));
            listed.add(StagedOutputs.RUN_JSON);
            List<String> sent = result.files().stream().map(JobResult.OutputFile::name).sorted().toList();
            if (!sent.equals(listed.stream().sorted().toList())) {
                throw new SynmapException(result.worker() + " sent the files " + sent + " where its "
                        + StagedOutputs.RUN_JSON + " lists " + listed + "; refused");
            }
            String why = RunMatch.mismatch(staging, expected);
            if (why != null) {
                throw new SynmapException("the outputs " + result.worker() + " sent do not match the job (" + why
                        .replace(staging.toString(), "its folder") + "); refused");
            }
            out.commit(staged, true);
        }
    }
}
