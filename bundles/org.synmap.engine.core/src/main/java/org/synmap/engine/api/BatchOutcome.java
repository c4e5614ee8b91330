package org.synmap.engine.api;

import java.nio.file.Path;

/**
 * What a batch did.
 *
 * @param jobs        rows in the manifest
 * @param done        jobs run now
 * @param skipped     jobs whose complete outputs were already there (a resumed batch)
 * @param failed      jobs that failed (each reported with its row and reason)
 * @param interrupted whether the batch was stopped before every job ran
 * @param seconds     wall time from the process's start to the batch's end
 * @param index       {@code batch.csv}
 */
public record BatchOutcome(int jobs, int done, int skipped, int failed, boolean interrupted, double seconds,
        Path index) {

    /** Jobs per minute, counted from the process's start. */
    public double perMinute() {
        return seconds > 0 ? (done + skipped) * 60 / seconds : 0;
    }
}
