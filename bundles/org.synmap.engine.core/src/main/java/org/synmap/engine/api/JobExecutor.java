package org.synmap.engine.api;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * Runs embedding jobs on other machines: a plugin registered as a service with
 * {@code @SynmapPlugin(kind = JobExecutor.KIND, name = ...)}. On the submitting side the engine
 * hands it the jobs of a batch ({@link #submit}) and writes the outputs that come back exactly as
 * a local batch writes its own; on the serving side ({@link #serve}) it receives jobs and runs
 * them with the {@link JobRunner} the engine gives it. Only the executor knows the network; the
 * engine knows the jobs, the files and which paths a worker may read.
 *
 * @since 2.1
 */
@ConsumerType
public interface JobExecutor {
    /** The plugin kind of job executors. */
    String KIND = "job-executor";

    /** The settings it takes, checked and converted by the engine before it is called. */
    List<Parameter> parameters();

    /**
     * Runs {@code jobs} on the workers and delivers each one's result or failure to
     * {@code results} as it arrives, from any thread, once per job. Returns when every job has
     * been delivered, or when no worker is left: the jobs not delivered are then reported as left.
     *
     * @throws IOException          when the workers cannot be reached at all
     * @throws InterruptedException when the calling thread is interrupted (the batch was stopped);
     *                              the executor stops waiting, withdraws what it can and returns
     */
    void submit(Parameters settings, List<RemoteJob> jobs, RemoteResults results)
            throws IOException, InterruptedException;

    /**
     * Serves jobs submitted by others until the calling thread is interrupted or the process ends.
     *
     * @param log connections, refusals and jobs, as notes
     * @throws IOException when it cannot start serving (address in use, unreadable secret)
     */
    void serve(Parameters settings, JobRunner runner, ProgressListener log) throws IOException, InterruptedException;

    /**
     * One job to run elsewhere.
     *
     * @param id  its id within the submission
     * @param job the job; its {@code out} is the submitter's and means nothing to a worker
     */
    record RemoteJob(String id, EmbedJob job) {
    }

    /** Where the results of submitted jobs go. Thread-safe. */
    @org.osgi.annotation.versioning.ProviderType
    interface RemoteResults {
        /** A job's outputs, as a worker made them. */
        void completed(String id, JobResult result);

        /** A job failed on a worker (or the worker refused it), with the worker's one-line reason. */
        void failed(String id, String reason);

        /** Something the user should know: a worker joined or left, jobs were moved elsewhere. */
        void note(String message);
    }
}
