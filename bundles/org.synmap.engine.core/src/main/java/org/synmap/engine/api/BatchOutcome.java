package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch did.
 *
 * @param index             the batch's index, {@code batch.csv}
 * @param jobs              jobs in the manifest
 * @param done              jobs run to completion by this run
 * @param reused            jobs whose complete, matching outputs an earlier run left
 * @param failed            jobs that failed, with the reason
 * @param left              jobs not finished: the batch was interrupted, or no worker was left
 * @param interrupted       whether the batch was stopped (SIGINT, SIGTERM) before it finished
 * @param batchSeconds      wall time of the batch
 * @param processSeconds    wall time from the start of the process to the end of the batch
 * @param medianJobSeconds  median wall time of the jobs run by this run (0 when none ran)
 * @param where             where the jobs ran: {@code this process, N jobs at a time}, or the executor
 * @since 2.1
 */
public record BatchOutcome(Path index, int jobs, int done, int reused, List<JobNote> failed, List<JobNote> left,
        boolean interrupted, double batchSeconds, double processSeconds, double medianJobSeconds, String where) {

    /**
     * One job of the manifest with something to say about it.
     *
     * @param line   its line in the manifest
     * @param job    the job as the user knows it: morphology, cell type and seed
     * @param reason what happened
     */
    public record JobNote(int line, String job, String reason) {
    }

    public BatchOutcome {
        failed = List.copyOf(failed);
        left = List.copyOf(left);
    }

    /** Whether every job of the manifest has its outputs. */
    public boolean complete() {
        return done + reused == jobs;
    }
}
