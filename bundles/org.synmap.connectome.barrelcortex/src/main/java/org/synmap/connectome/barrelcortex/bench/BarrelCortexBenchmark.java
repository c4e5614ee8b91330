package org.synmap.connectome.barrelcortex.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.barrelcortex.BarrelCortexModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.morphology.api.Morphology;

/**
 * Times the barrel-cortex model on a full-size synthetic model (24 columns, 22 types, 536,162
 * presynaptic cells, 50 µm lattices, bouton lattices of 30 × 30 × 40 voxels): precomputation,
 * single samples, and batches of samples on all threads. Not a unit test: it takes about a
 * minute and its figures depend on the machine.
 */
public final class BarrelCortexBenchmark {
    private static final long SEED = 20240611L;
    private static final int WARM_UP_SAMPLES = 50;

    private BarrelCortexBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param neuron          the postsynaptic cell, or null for a generated L5 pyramid; the
     *                        synthetic field is centred on it
     * @param latticesPerPair bouton lattices per (column, type), at least 1
     * @param threads         worker threads for the precomputation and the sample batches
     * @param samples         samples per batch (and timed single samples)
     * @param repeats         repetitions of the precomputation and of the batch
     * @param log             receives progress lines, or null
     */
    public static BenchmarkReport run(Morphology neuron, int latticesPerPair, int threads, int samples, int repeats,
            PrintStream log) throws IOException, InterruptedException {
        Morphology cell = neuron != null ? neuron : GeneratedNeuron.generate(0, 0, 0, SEED);
        SyntheticBarrelField model = new SyntheticBarrelField(cell.bounds(), latticesPerPair);
        EmbeddingRequest request = new EmbeddingRequest(cell, model, "L5tt", Map.of(), threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "barrel-cortex-benchmark");
            t.setDaemon(true);
            return t;
        });
        try {
            double[] generation = new double[repeats];
            double[] precompute = new double[repeats];
            Embedding embedding = null;
            for (int r = 0; r < repeats; r++) {
                generation[r] = generateAll(model, pool);
                long t0 = System.nanoTime();
                embedding = new BarrelCortexModel().prepare(request, ProgressListener.NONE);
                precompute[r] = millis(t0);
                say(log, "repeat %d: generation %.0f ms, precomputation %.0f ms", r, generation[r], precompute[r]);
            }
            for (int s = 0; s < WARM_UP_SAMPLES; s++) {
                embedding.realize(SEED + 1, s);
            }
            double[] single = new double[samples];
            for (int s = 0; s < samples; s++) {
                long t0 = System.nanoTime();
                embedding.realize(SEED, s);
                single[s] = millis(t0);
            }
            double[] batch = new double[repeats];
            double[] means = new double[2];
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                List<Realization> results = batch(embedding, samples, pool);
                batch[r] = millis(t0);
                means = means(results);
                say(log, "repeat %d: %d samples in %.0f ms", r, samples, batch[r]);
            }
            String setup = setup(cell, model, embedding);
            return new BenchmarkReport(setup, threads, samples, generation, precompute, single, batch, means[0],
                    means[1]);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Generates (and drops) every bouton lattice once on the pool: the stand-in for loading. */
    private static double generateAll(SyntheticBarrelField model, ExecutorService pool)
            throws InterruptedException, IOException {
        long t0 = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (String area : model.areas()) {
            for (String type : model.cellTypes()) {
                for (BoutonLattice l : model.boutonLattices(area, type)) {
                    futures.add(pool.submit(() -> l.load().size()));
                }
            }
        }
        for (Future<Integer> f : futures) {
            get(f);
        }
        return millis(t0);
    }

    private static List<Realization> batch(Embedding embedding, int samples, ExecutorService pool)
            throws InterruptedException, IOException {
        List<Future<Realization>> futures = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            int index = s;
            futures.add(pool.submit(() -> embedding.realize(SEED, index)));
        }
        List<Realization> out = new ArrayList<>();
        for (Future<Realization> f : futures) {
            out.add(get(f));
        }
        return out;
    }

    private static <T> T get(Future<T> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IOException("benchmark task failed", e.getCause());
        }
    }

    private static double[] means(List<Realization> results) {
        double synapses = 0;
        double connected = 0;
        for (Realization r : results) {
            synapses += r.synapseCount();
            connected += r.connectedCells();
        }
        return new double[] {synapses / results.size(), connected / results.size()};
    }

    private static String setup(Morphology cell, SyntheticBarrelField model, Embedding embedding) {
        Map<String, String> d = embedding.describe();
        return String.format(Locale.ROOT,
                "model: %s, %d presynaptic cells%nneuron: %s, %d sections, %d points, %.1f µm%n"
                        + "grid %s (%s voxels, %s with points); densities %s non-None of %s; "
                        + "expected synapses per sample %s%n",
                model.name(), model.totalCells(), cell.name(), cell.sections().size(), cell.pointCount(),
                cell.totalLength(), d.get("grid.dims"), d.get("grid.voxels"), d.get("grid.voxelsWithPoints"),
                d.get("densities.nonNone"), d.get("densities.lattices"), d.get("expected.synapsesPerSample"));
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void say(PrintStream log, String format, Object... args) {
        if (log != null) {
            log.println(String.format(Locale.ROOT, format, args));
        }
    }

    /**
     * Runs the benchmark on the generated neuron and prints the report. Arguments (all optional):
     * threads (default: all processors), samples (50), repeats (3), lattices per pair (3).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int lattices = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.print(run(null, lattices, threads, samples, repeats, System.out).format());
    }
}
