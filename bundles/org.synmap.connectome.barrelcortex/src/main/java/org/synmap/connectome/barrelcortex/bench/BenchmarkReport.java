package org.synmap.connectome.barrelcortex.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@link BarrelCortexBenchmark#run} measured. All times in milliseconds.
 *
 * @param setup           model, neuron and grid facts, one per line
 * @param threads         worker threads used for the precomputation and the batches
 * @param samples         samples per batch
 * @param generationMs    generating every bouton lattice once on all threads (stands in for
 *                        reading the files), per repeat
 * @param precomputeMs    {@code prepare()} (including lattice generation), per repeat
 * @param sampleMs        single-thread time of each of {@code samples} consecutive samples
 * @param batchMs         {@code samples} samples on all threads, per repeat
 * @param meanSynapses    mean synapses per sample over one batch
 * @param meanConnected   mean connected presynaptic cells per sample over one batch
 */
public record BenchmarkReport(String setup, int threads, int samples, double[] generationMs, double[] precomputeMs,
        double[] sampleMs, double[] batchMs, double meanSynapses, double meanConnected) {

    /** Median, minimum and maximum of some times. */
    public static String summary(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return String.format(Locale.ROOT, "median %.1f ms (range %.1f–%.1f, n=%d)", median, s[0], s[s.length - 1],
                s.length);
    }

    /** A readable multi-line report. */
    public String format() {
        StringBuilder b = new StringBuilder(setup);
        b.append(String.format(Locale.ROOT, "threads: %d, samples per batch: %d%n", threads, samples));
        b.append("lattice generation (stands in for loading): ").append(summary(generationMs)).append('\n');
        b.append("precomputation (prepare, incl. generation): ").append(summary(precomputeMs)).append('\n');
        b.append("one sample, one thread: ").append(summary(sampleMs)).append('\n');
        b.append(samples).append(" samples on ").append(threads).append(" threads: ").append(summary(batchMs))
                .append('\n');
        b.append(String.format(Locale.ROOT, "mean synapses per sample %.1f, mean connected cells %.1f%n",
                meanSynapses, meanConnected));
        return b.toString();
    }
}
