package org.synmap.engine.core;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.BatchOutcome.JobNote;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.api.TypeCounts;
import org.synmap.engine.core.BatchIndex.Entry;
import org.synmap.engine.core.BatchIndex.Status;
import org.synmap.engine.core.BatchManifest.Row;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.plugin.api.Parameters;

/**
 * Runs a batch: reads the manifest, resolves the model, formats and data once (so that a wrong
 * option fails before any job), finds the jobs an earlier run completed, then runs the others,
 * each exactly as {@code embed} runs it ({@link EmbedRunner}) with inputs shared through one
 * caching {@link EmbedSession}. Jobs of one morphology and cell type run one after another, so
 * that they share its precomputation; up to {@code threads} jobs run at once, each on one thread
 * (a job's result never depends on its threads). The index is rewritten as each job finishes.
 *
 * <p>When the process is stopped (SIGINT, SIGTERM), no further job starts; running jobs get
 * {@link #STOP_GRACE_MILLIS} to finish, then their staging folders are removed, the index is
 * written and the batch says how many jobs have their outputs. A rerun resumes.
 */
final class BatchRunner {
    /** How long a stopped batch lets its running jobs finish before removing their staging folders. */
    static final long STOP_GRACE_MILLIS = 10_000;
    static final String NO_RUN_JSON = "no " + StagedOutputs.RUN_JSON;

    private final Engine engine;
    private final EmbedSession session;

    BatchRunner(Engine engine, EmbedSession session) {
        this.engine = engine;
        this.session = session;
    }

    /** A batch's jobs and their entries in the index, shared by the threads that run them. */
    final class State {
        final BatchJob batch;
        final Path dir;
        final List<Row> rows;
        final List<EmbedJob> jobs = new ArrayList<>();
        final Entry[] entries;
        final ProgressListener progress;
        final AtomicBoolean stopping = new AtomicBoolean();
        final AtomicInteger finished = new AtomicInteger();
        private boolean indexFailed;

        State(BatchJob batch, Path dir, List<Row> rows, ProgressListener progress) {
            this.batch = batch;
            this.dir = dir;
            this.rows = rows;
            this.entries = new Entry[rows.size()];
            this.progress = progress;
        }

        /** Records a job's entry and rewrites the index. */
        void record(int i, Entry entry) {
            synchronized (this) {
                entries[i] = entry;
                writeIndex();
            }
        }

        /** A job that ran to completion. */
        void done(int i, long synapses, long connectedCells, double seconds) {
            record(i, new Entry(rows.get(i), Status.DONE, synapses, connectedCells, seconds, null));
            finished.incrementAndGet();
            progress.advance(1);
        }

        /** A job that failed: reported with its line and reason; the others go on. */
        void failed(int i, String reason, double seconds) {
            Row r = rows.get(i);
            record(i, new Entry(r, Status.FAILED, -1, -1, seconds, reason));
            progress.note("line " + r.line() + " (" + r.label() + ") failed: " + reason);
            finished.incrementAndGet();
            progress.advance(1);
        }

        /** Passes a job's notes on, naming the job. */
        ProgressListener notesOf(int i) {
            Row r = rows.get(i);
            return ProgressListener.notesTo(
                    message -> progress.note("line " + r.line() + " (" + r.label() + "): " + message));
        }

        synchronized void writeIndex() {
            try {
                BatchIndex.write(dir, Arrays.asList(entries));
            } catch (IOException e) {
                if (!indexFailed) {
                    indexFailed = true;
                    progress.note("cannot write " + dir.resolve(BatchIndex.FILE) + ": " + PluginCalls.message(e));
                }
            }
        }

        synchronized List<Entry> snapshot() {
            return List.of(entries.clone());
        }
    }

    BatchOutcome run(BatchJob given, ProgressListener progress) {
        long start = System.nanoTime();
        BatchJob batch = withAbsoluteData(given);
        List<Row> rows = BatchManifest.read(batch.manifest(), batch.out(), batch.samples());
        EmbedRunner resolver = new EmbedRunner(session, EmbedRunner::isfRunId);
        Found<ConnectomeModel> model = resolver.chooseModel(batch.model());
        Parameters modelParameters = Engine.parameters(model.info(), model.service()::parameters,
                batch.modelParameters());
        resolver.writers(batch.formats());
        RemoteBatch remote = batch.executor() == null ? null : RemoteBatch.resolve(engine, batch);
        Map<String, Object> dataRecord;
        try {
            dataRecord = session.data(model, batch.data(), batch.dataParameters()).record();
        } catch (SynmapException e) {
            if (remote == null) {
                throw e;
            }
            // The members read the data; this machine may not have it. Reruns then compare the rest.
            progress.note("the data cannot be opened here (" + e.getMessage() + "); finished jobs are recognised "
                    + "by everything else their run.json records");
            dataRecord = null;
        }
        Path dir = batch.out().toAbsolutePath().normalize();
        EmbedRunner.refuseInsideData(dir, batch.data());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw EmbedRunner.cannotWrite(dir, e);
        }

        State state = new State(batch, dir, rows, progress);
        List<Integer> pending = findFinished(state, model, modelParameters, dataRecord);
        state.writeIndex();
        int reused = rows.size() - pending.size();
        if (reused > 0) {
            progress.note(reused + " of " + rows.size() + " jobs have complete outputs from an earlier run;"
                    + " running the other " + pending.size());
        }
        List<Integer> order = groupedByPrecomputation(state, pending);
        String where;
        progress.start("jobs", order.size());
        if (remote != null) {
            where = remote.run(state, order, session, model, modelParameters, dataRecord);
        } else {
            where = runHere(state, order);
        }
        progress.finish();
        return outcome(state, start, where);
    }

    /** Marks the jobs whose complete, matching outputs an earlier run left; returns the others' indices. */
    private List<Integer> findFinished(State state, Found<ConnectomeModel> model, Parameters modelParameters,
            Map<String, Object> dataRecord) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < state.rows.size(); i++) {
            Row row = state.rows.get(i);
            EmbedJob job = job(state.batch, row);
            state.jobs.add(job);
            state.entries[i] = Entry.pending(row);
            String why;
            try {
                why = RunMatch.mismatch(row.folder(), RunMatch.expected(job, session, model, modelParameters,
                        dataRecord));
            } catch (IOException | SynmapException e) {
                // e.g. a missing morphology: the job will fail and say so
                pending.add(i);
                continue;
            }
            if (why == null) {
                long[] counts = RunMatch.representativeCounts(row.folder());
                state.entries[i] = new Entry(row, Status.REUSED, counts[0], counts[1], Double.NaN, null);
                removeStale(state, row.folder());
            } else {
                if (!why.equals(NO_RUN_JSON)) {
                    state.progress.note("line " + row.line() + " (" + row.label() + "): redoing it: " + why);
                }
                pending.add(i);
            }
        }
        return pending;
    }

    private static void removeStale(State state, Path folder) {
        try {
            for (Path stale : StagedOutputs.removeStale(folder)) {
                state.progress.note("removed " + stale + ", left by an earlier run that was killed before it finished");
            }
        } catch (IOException e) {
            state.progress.note("cannot remove old staging folders in " + folder + ": " + PluginCalls.message(e));
        }
    }

    /**
     * The batch with its data named by an absolute path where it is a file or folder given
     * relative to the working directory: as the manifest's morphologies are, so that every job's
     * {@code run.json} says where its data was and members of a cluster (which work elsewhere) are
     * sent a path they can check against their {@code --allow} folders. Density source names and
     * paths that do not exist here are left as given.
     */
    private BatchJob withAbsoluteData(BatchJob b) {
        String data = b.data();
        if (data == null || !engine.densitySourcesNamed(data).isEmpty()) {
            return b;
        }
        Path path = ModelData.asPath(data);
        if (path == null) {
            return b;
        }
        if (path.isAbsolute() || !Files.exists(path)) {
            if (b.executor() != null && !path.isAbsolute()) {
                throw new SynmapException("--data " + data + ": a batch on a cluster needs its data as an absolute"
                        + " path that every member can read (or a density source's name); " + data
                        + " is not there relative to " + Path.of("").toAbsolutePath());
            }
            return b;
        }
        return new BatchJob(b.manifest(), b.out(), path.toAbsolutePath().normalize().toString(), b.dataParameters(),
                b.readerParameters(), b.model(), b.modelParameters(), b.samples(), b.formats(), b.allRealizations(),
                b.landmarks(), b.threads(), b.executor(), b.executorSettings());
    }

    /** A row as an embedding job: the batch's options, the row's values, a fixed run id. */
    static EmbedJob job(BatchJob batch, Row row) {
        return new EmbedJob(batch.data(), batch.dataParameters(), row.location(), batch.readerParameters(),
                row.cellType(), batch.model(), batch.modelParameters(), row.samples(), row.seed(), 1, row.folder(),
                batch.allRealizations(), batch.formats(), batch.landmarks(), true, row.runId());
    }

    /** Pending jobs, those of one morphology and cell type together, in order of first appearance. */
    private static List<Integer> groupedByPrecomputation(State state, List<Integer> pending) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i : pending) {
            Row r = state.rows.get(i);
            groups.computeIfAbsent(r.location() + "\u0000" + r.cellType(), k -> new ArrayList<>()).add(i);
        }
        List<Integer> order = new ArrayList<>();
        groups.values().forEach(order::addAll);
        return order;
    }

    /** Runs the jobs in this process, up to {@code threads} at once. */
    private String runHere(State state, List<Integer> order) {
        int threads = state.batch.threads();
        int atOnce = Math.max(1, Math.min(threads, order.size()));
        // Fewer jobs than threads: each job samples on its share of them (results are the same).
        int threadsPerJob = Math.max(1, threads / atOnce);
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(atOnce, r -> {
            Thread t = new Thread(r, "synmap-batch-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread onStop = new Thread(() -> stop(state, pool), "synmap-batch-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            for (int i : order) {
                pool.submit(() -> runOne(state, i, threadsPerJob));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a batch may run for days
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.stopping.set(true);
            throw new SynmapException("interrupted while waiting for the batch's jobs", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException e) {
                // the process is stopping: the hook is running
            }
        }
        return "this process, " + atOnce + " job" + (atOnce == 1 ? "" : "s") + " at a time";
    }

    private void runOne(State state, int i, int threads) {
        if (state.stopping.get()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            EmbedJob job = state.jobs.get(i).withPlace(state.rows.get(i).folder(), threads);
            EmbedOutcome o = new EmbedRunner(session, EmbedRunner::isfRunId).run(job, state.notesOf(i));
            long synapses = 0;
            long connected = 0;
            for (TypeCounts c : o.perType()) {
                synapses += c.synapses();
                connected += c.connectedCells();
            }
            state.done(i, synapses, connected, seconds(t0));
        } catch (SynmapException e) {
            state.failed(i, e.getMessage(), seconds(t0));
        } catch (RuntimeException | Error e) {
            state.failed(i, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    seconds(t0));
        }
    }

    /**
     * The process is stopping: no further job starts, running ones get a grace period, then what
     * they staged is removed, the index is written and the user learns how far the batch got.
     */
    private static void stop(State state, ExecutorService pool) {
        state.stopping.set(true);
        boolean drained;
        try {
            drained = pool.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            drained = false;
        }
        if (!drained) {
            for (Row r : state.rows) {
                try {
                    StagedOutputs.removeOwn(r.folder());
                } catch (IOException e) {
                    state.progress.note("cannot remove a staging folder in " + r.folder() + ": "
                            + PluginCalls.message(e));
                }
            }
        }
        state.writeIndex();
        state.progress.note(stoppedMessage(state));
    }

    static String stoppedMessage(State state) {
        int have = 0;
        int failed = 0;
        for (Entry e : state.snapshot()) {
            if (e.status() == Status.DONE || e.status() == Status.REUSED) {
                have++;
            } else if (e.status() == Status.FAILED) {
                failed++;
            }
        }
        int total = state.rows.size();
        return String.format(Locale.ROOT, "batch stopped: %d of %d jobs have their outputs (%d finished in this run)"
                + "%s, %d left; no staging folders are left. Rerun the same command to resume. Index: %s", have,
                total, state.finished.get() - failed, failed > 0 ? ", " + failed + " failed" : "",
                total - have - failed, state.dir.resolve(BatchIndex.FILE));
    }

    private static BatchOutcome outcome(State state, long start, String where) {
        List<Entry> entries = state.snapshot();
        int done = 0;
        int reused = 0;
        List<JobNote> failed = new ArrayList<>();
        List<JobNote> left = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (Entry e : entries) {
            Row r = e.row();
            switch (e.status()) {
                case DONE -> {
                    done++;
                    times.add(e.seconds());
                }
                case REUSED -> reused++;
                case FAILED -> failed.add(new JobNote(r.line(), r.label(), e.message()));
                case PENDING -> left.add(new JobNote(r.line(), r.label(), state.stopping.get() ? "not run: the batch"
                        + " was stopped" : "not run"));
                default -> throw new IllegalStateException(e.status().toString());
            }
        }
        times.sort(null);
        double median = times.isEmpty() ? 0 : times.size() % 2 == 1 ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
        double batchSeconds = seconds(start);
        double processSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                / 1000.0;
        return new BatchOutcome(state.dir.resolve(BatchIndex.FILE), entries.size(), done, reused, failed, left,
                state.stopping.get(), batchSeconds, processSeconds, median, where);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
