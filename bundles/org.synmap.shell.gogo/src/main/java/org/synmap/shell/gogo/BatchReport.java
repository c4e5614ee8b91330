package org.synmap.shell.gogo;

import java.util.List;
import java.util.Locale;

import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.BatchOutcome.JobNote;

/** What {@code batch} prints at the end: the counts, the speed, and each job that failed or is left. */
final class BatchReport {
    /** Jobs listed by name under "failed" and "left"; the index lists them all. */
    static final int LISTED = 20;

    private BatchReport() {
    }

    static String render(BatchOutcome o) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "batch: %d jobs: %d done, %d reused from an earlier run, %d failed, %d"
                + " left%s%n", o.jobs(), o.done(), o.reused(), o.failed().size(), o.left().size(),
                o.interrupted() ? " (stopped)" : ""));
        list(b, "failed", o.failed());
        list(b, "left", o.left());
        b.append(speed(o)).append('\n');
        b.append("index: ").append(o.index());
        return b.toString();
    }

    /**
     * The closing line: jobs run per minute counted from the process's start (what a user waits
     * for), and within the batch alone.
     */
    static String speed(BatchOutcome o) {
        if (o.done() == 0) {
            // a resumed batch with nothing left to run, or one whose every job failed: no rate to give
            return String.format(Locale.ROOT, "no job ran to completion in this run; %.1f s from the process's start",
                    o.processSeconds());
        }
        double perMinute = o.processSeconds() > 0 ? o.done() * 60.0 / o.processSeconds() : 0;
        double inBatch = o.batchSeconds() > 0 ? o.done() * 60.0 / o.batchSeconds() : 0;
        return String.format(Locale.ROOT, "%d jobs in %.1f s on %s: %.1f jobs/min counted from the process's start"
                + " (%.1f s), %.1f/min within the batch; median job %.2f s", o.done(), o.batchSeconds(), o.where(),
                perMinute, o.processSeconds(), inBatch, o.medianJobSeconds());
    }

    /**
     * The process's CPU time per job so far: on a machine shared with other work the wall figures
     * above depend on the load, this does not (much).
     */
    static String cpu(BatchOutcome o) {
        double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        int processors = Runtime.getRuntime().availableProcessors();
        if (Double.isNaN(cpu) || o.done() == 0) {
            return "";
        }
        double perJob = cpu / o.done();
        return String.format(Locale.ROOT, "CPU time of the process %.1f s, %.2f s per job: %d idle processors would"
                + " run %.0f jobs/min", cpu, perJob, processors, processors * 60 / perJob);
    }

    private static void list(StringBuilder b, String what, List<JobNote> notes) {
        for (int i = 0; i < notes.size() && i < LISTED; i++) {
            JobNote n = notes.get(i);
            b.append(what).append(": line ").append(n.line()).append(" (").append(n.job()).append("): ")
                    .append(n.reason()).append('\n');
        }
        if (notes.size() > LISTED) {
            b.append(what).append(": ... and ").append(notes.size() - LISTED).append(" more (see the index)\n");
        }
    }
}
