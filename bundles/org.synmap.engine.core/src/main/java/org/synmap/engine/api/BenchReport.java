package org.synmap.engine.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * What a benchmark measured, repeat by repeat, with the project's targets and ISF's figures to
 * compare against.
 *
 * @param data               the anatomical model, as it names itself
 * @param morphology         the morphology as given (file or {@code builtin:<name>})
 * @param cellType           the postsynaptic cell type
 * @param samples            samples per repeat (timed one by one, and in the whole job)
 * @param threads            worker threads of precomputation and the whole job
 * @param processors         processors the JVM sees
 * @param java               Java version and VM
 * @param maxHeapBytes       the JVM's maximum heap
 * @param meanSynapses       mean synapses per sample (of the last whole job)
 * @param meanConnectedCells mean connected presynaptic cells per sample (of the last whole job)
 * @param repeats            the measurements, one per repeat
 */
public record BenchReport(String data, String morphology, String cellType, int samples, int threads, int processors,
        String java, long maxHeapBytes, double meanSynapses, double meanConnectedCells, List<Repeat> repeats) {

    /** Per-sample target on one core, after precomputation (project goal G1). */
    public static final double TARGET_SAMPLE_MILLIS = 50;
    /** Target for 50 samples with selection and outputs, after loading (goal G2). */
    public static final double TARGET_SECONDS_PER_50_SAMPLES = 10;
    /** Target for loading and precomputing a full ISF folder. */
    public static final double TARGET_LOAD_SECONDS = 10;
    /** ISF's time per sample on the real barrel-cortex data, one core (figure given by the project). */
    public static final double ISF_SAMPLE_SECONDS = 220;
    /** ISF's loading and precomputation on the real barrel-cortex data (figure given by the project). */
    public static final double ISF_PRECOMPUTE_SECONDS = 70;

    /**
     * One repeat of the measurement.
     *
     * @param openSeconds        opening the anatomical model
     * @param prepareSeconds     the connectome model's {@code prepare()}: loading (parsing or
     *                           generating) the bouton lattices and the precomputation
     * @param sampleMedianMillis median time of one sample drawn on one thread
     * @param sampleMinMillis    fastest such sample
     * @param sampleMaxMillis    slowest such sample
     * @param jobSeconds         all samples on all threads, summaries, representative choice and
     *                           ISF outputs (an {@code embed} job after precomputation)
     * @param peakHeapBytes      peak heap used during the repeat (sum of the heap pools' peaks)
     * @param retainedHeapBytes  heap used after precomputation and a full collection, i.e. what
     *                           the model and the prepared embedding hold
     * @param writeSeconds       per output format, writing one realization (sample 0) alone
     */
    public record Repeat(double openSeconds, double prepareSeconds, double sampleMedianMillis, double sampleMinMillis,
            double sampleMaxMillis, double jobSeconds, long peakHeapBytes, long retainedHeapBytes,
            Map<String, Double> writeSeconds) {

        public Repeat {
            writeSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(writeSeconds));
        }

        /** A repeat without writer timings. */
        public Repeat(double openSeconds, double prepareSeconds, double sampleMedianMillis, double sampleMinMillis,
                double sampleMaxMillis, double jobSeconds, long peakHeapBytes, long retainedHeapBytes) {
            this(openSeconds, prepareSeconds, sampleMedianMillis, sampleMinMillis, sampleMaxMillis, jobSeconds,
                    peakHeapBytes, retainedHeapBytes, Map.of());
        }

        /** Loading and precomputation together. */
        public double loadSeconds() {
            return openSeconds + prepareSeconds;
        }
    }

    public BenchReport {
        repeats = List.copyOf(repeats);
        if (repeats.isEmpty()) {
            throw new IllegalArgumentException("a benchmark report needs at least one repeat");
        }
    }

    /** The target for this report's number of samples (goal G2 scaled from 50 samples). */
    public double targetJobSeconds() {
        return TARGET_SECONDS_PER_50_SAMPLES * samples / 50.0;
    }

    /** The median over repeats of one measurement. */
    public double median(ToDoubleFunction<Repeat> measure) {
        double[] v = values(measure);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The smallest value over repeats of one measurement. */
    public double min(ToDoubleFunction<Repeat> measure) {
        return values(measure)[0];
    }

    /** The largest value over repeats of one measurement. */
    public double max(ToDoubleFunction<Repeat> measure) {
        double[] v = values(measure);
        return v[v.length - 1];
    }

    private double[] values(ToDoubleFunction<Repeat> measure) {
        double[] v = repeats.stream().mapToDouble(measure).toArray();
        Arrays.sort(v);
        return v;
    }

    /** The report as a table: medians and ranges over the repeats, targets and ISF's figures. */
    public String format() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"MEASURE", "MEDIAN", "RANGE", "TARGET", "MET", "ISF", "ISF/SYNMAP"});
        rows.add(seconds("open model", Repeat::openSeconds, Double.NaN, Double.NaN));
        rows.add(seconds("prepare: load lattices + precompute", Repeat::prepareSeconds, Double.NaN, Double.NaN));
        rows.add(seconds("load + precompute (open + prepare)", Repeat::loadSeconds, TARGET_LOAD_SECONDS,
                ISF_PRECOMPUTE_SECONDS));
        rows.add(millis("one sample, 1 thread: median of " + samples, Repeat::sampleMedianMillis,
                TARGET_SAMPLE_MILLIS, ISF_SAMPLE_SECONDS * 1000));
        rows.add(millis("one sample, 1 thread: fastest", Repeat::sampleMinMillis, Double.NaN, Double.NaN));
        rows.add(millis("one sample, 1 thread: slowest", Repeat::sampleMaxMillis, Double.NaN, Double.NaN));
        rows.add(seconds(samples + " samples + summaries + outputs, " + threads + " threads", Repeat::jobSeconds,
                targetJobSeconds(), ISF_SAMPLE_SECONDS * samples));
        for (String format : repeats.get(0).writeSeconds().keySet()) {
            rows.add(seconds("write " + format + ": one realization (sample 0)",
                    r -> r.writeSeconds().getOrDefault(format, Double.NaN), Double.NaN, Double.NaN));
        }
        rows.add(bytes("peak heap used", Repeat::peakHeapBytes));
        rows.add(bytes("heap retained after precompute", Repeat::retainedHeapBytes));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "synmap bench: %s as %s in %s%n", morphology, cellType, data));
        b.append(String.format(Locale.ROOT,
                "%d samples, %d repeat%s, %d thread%s, %d processor%s, Java %s, max heap %s%n", samples,
                repeats.size(), repeats.size() == 1 ? "" : "s", threads, threads == 1 ? "" : "s", processors,
                processors == 1 ? "" : "s", java, bytes(maxHeapBytes)));
        b.append(String.format(Locale.ROOT, "per sample: %.1f synapses, %.1f connected presynaptic cells (mean)%n%n",
                meanSynapses, meanConnectedCells));
        b.append(table(rows)).append('\n');
        b.append(String.format(Locale.ROOT, "%nRANGE is the smallest and largest of the %d repeats. Targets: "
                + "<= %.0f ms per sample on one core; <= %.0f s per 50 samples after loading; <= %.0f s to load and "
                + "precompute a full ISF folder (a generated model is generated instead).%n", repeats.size(),
                TARGET_SAMPLE_MILLIS, TARGET_SECONDS_PER_50_SAMPLES, TARGET_LOAD_SECONDS));
        b.append(String.format(Locale.ROOT, "ISF on the real barrel-cortex data, one core: ~%,.0f s precompute, "
                + "~%,.0f s per sample (%d samples: ~%,.0f s). ISF/SYNMAP is ISF's figure over the median.",
                ISF_PRECOMPUTE_SECONDS, ISF_SAMPLE_SECONDS, samples, ISF_SAMPLE_SECONDS * samples));
        return b.toString();
    }

    private String[] seconds(String name, ToDoubleFunction<Repeat> m, double targetSeconds, double isfSeconds) {
        return row(name, m, v -> String.format(Locale.ROOT, v < 10 ? "%.2f s" : "%.1f s", v), 1, targetSeconds,
                isfSeconds);
    }

    private String[] millis(String name, ToDoubleFunction<Repeat> m, double targetMillis, double isfMillis) {
        return row(name, m, v -> String.format(Locale.ROOT, "%.1f ms", v), 1e-3, targetMillis, isfMillis);
    }

    private String[] bytes(String name, ToDoubleFunction<Repeat> m) {
        return row(name, m, v -> bytes((long) v), 1, Double.NaN, Double.NaN);
    }

    /**
     * One measurement: median and range in its unit; target and ISF's figure (NaN: none) as round
     * numbers of seconds or milliseconds, whichever {@code secondsPerUnit} says the unit is.
     */
    private String[] row(String name, ToDoubleFunction<Repeat> m, DoubleFunction<String> unit, double secondsPerUnit,
            double target, double isf) {
        double median = median(m);
        String range = unit.apply(min(m)) + " - " + unit.apply(max(m));
        boolean hasTarget = !Double.isNaN(target);
        boolean hasIsf = !Double.isNaN(isf);
        return new String[] {name, unit.apply(median), range, hasTarget ? "<= " + round(target, secondsPerUnit) : "",
            hasTarget ? (median <= target ? "yes" : "NO") : "", hasIsf ? "~" + round(isf * secondsPerUnit, 1) : "",
            hasIsf ? String.format(Locale.ROOT, "%,.0fx", isf / median) : ""};
    }

    /** A target or reference figure: whole milliseconds below a second, else whole seconds. */
    private static String round(double value, double secondsPerUnit) {
        double seconds = value * secondsPerUnit;
        return seconds < 1 ? String.format(Locale.ROOT, "%,.0f ms", seconds * 1000)
                : String.format(Locale.ROOT, "%,.0f s", seconds);
    }

    private static String bytes(long b) {
        double mib = b / (1024.0 * 1024.0);
        return mib >= 1024 ? String.format(Locale.ROOT, "%.2f GiB", mib / 1024) : String.format(Locale.ROOT, "%.0f MiB", mib);
    }

    /** Left-aligned columns, two spaces apart. */
    private static String table(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(r[c]).append(" ".repeat(width[c] - r[c].length() + 2));
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line.toString().stripTrailing());
        }
        return b.toString();
    }
}
