package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.BenchReport;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.plugin.api.Parameters;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;

/**
 * Times an embedding set-up, repeat by repeat:
 * <ol>
 * <li>open the anatomical model, then the connectome model's {@code prepare()} (which loads —
 * parses or generates — every bouton lattice and precomputes), with the heap's peak reset first;</li>
 * <li>{@code samples} samples drawn one after another on this thread, each timed;</li>
 * <li>a whole {@code embed} job after precomputation, exactly as {@code embed} runs it: all
 * samples on {@code threads} threads, summaries, representative choice, ISF outputs and
 * {@code run.json}, written to a temporary folder that is deleted afterwards.</li>
 * </ol>
 */
final class BenchRunner {
    private final Engine engine;

    BenchRunner(Engine engine) {
        this.engine = engine;
    }

    BenchReport run(BenchJob job, ProgressListener progress) {
        EmbedRunner runner = new EmbedRunner(engine, EmbedRunner::isfRunId);
        Found<ConnectomeModel> model = runner.chooseModel(job.model());
        Parameters parameters = Engine.parameters(model.info(), model.service()::parameters, job.modelParameters());
        List<Found<RealizationWriter>> writers = runner.writers(job.formats());
        Engine.ReadMorphology morphology = engine.read(job.morphology(), Map.of());
        List<BenchReport.Repeat> repeats = new ArrayList<>();
        String dataName = null;
        double[] means = null;
        for (int r = 0; r < job.repeats(); r++) {
            HeapMeter.resetPeak();
            long t0 = System.nanoTime();
            ModelData data = ModelData.of(engine, model, job.data(), job.dataParameters());
            double open = seconds(t0);
            dataName = String.valueOf(data.record().getOrDefault("model", data.record().getOrDefault("location",
                    "none")));
            Prepared prepared = EmbedRunner.prepare(model, parameters, writers, morphology, data, job.cellType(),
                    job.threads(), progress);
            long retained = HeapMeter.retainedBytes();

            List<Realization> drawn = new ArrayList<>(job.samples());
            double[] sampleMillis = new double[job.samples()];
            for (int i = 0; i < job.samples(); i++) {
                long t = System.nanoTime();
                drawn.add(SampleDraw.draw(model, prepared.embedding(), prepared.populations(), job.seed(), i));
                sampleMillis[i] = (System.nanoTime() - t) / 1e6;
            }
            means = means(drawn);
            Map<String, Double> writeSeconds = timeWriters(job, prepared, drawn.get(0), progress);
            drawn.clear();

            double jobSeconds = timeWholeJob(job, prepared, progress);
            long peak = HeapMeter.peakBytes();
            Arrays.sort(sampleMillis);
            BenchReport.Repeat repeat = new BenchReport.Repeat(open, prepared.precomputeSeconds(),
                    median(sampleMillis), sampleMillis[0], sampleMillis[sampleMillis.length - 1], jobSeconds, peak,
                    retained, writeSeconds);
            repeats.add(repeat);
            progress.note(String.format(Locale.ROOT,
                    "repeat %d/%d: load + precompute %.2f s, one sample %.1f ms (median), %d samples %.2f s",
                    r + 1, job.repeats(), repeat.loadSeconds(), repeat.sampleMedianMillis(), job.samples(),
                    jobSeconds));
        }
        return new BenchReport(dataName, job.morphology(), job.cellType(), job.samples(), job.threads(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                HeapMeter.maxBytes(), means[0], means[1], repeats);
    }

    /** One {@code embed} job after precomputation, into a temporary folder that is deleted afterwards. */
    private static double timeWholeJob(BenchJob job, Prepared prepared, ProgressListener progress) {
        Path out;
        try {
            out = Files.createTempDirectory("synmap-bench-");
        } catch (IOException e) {
            throw new SynmapException("cannot create a temporary folder for the benchmark's outputs: "
                    + PluginCalls.message(e), e);
        }
        try {
            EmbedJob embed = new EmbedJob(job.data(), job.dataParameters(), job.morphology(), Map.of(), job.cellType(),
                    job.model(), job.modelParameters(), job.samples(), job.seed(), job.threads(), out, false,
                    job.formats(), false);
            long t0 = System.nanoTime();
            try (StagedOutputs staged = StagedOutputs.open(out)) {
                EmbedRunner.complete(embed, prepared, EmbedRunner.isfRunId(), staged, progress);
            }
            return seconds(t0);
        } catch (IOException e) {
            throw EmbedRunner.cannotWrite(out, e);
        } finally {
            deleteTree(out, progress);
        }
    }

    /** Each writer alone on one realization, into a temporary folder that is deleted afterwards. */
    private static Map<String, Double> timeWriters(BenchJob job, Prepared prepared, Realization realization,
            ProgressListener progress) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        EmbeddingResult result = new EmbeddingResult(prepared.cell(), job.cellType(), prepared.model().info().name(),
                prepared.populations(), realization, List.of(), EmbedRunner.isfRunId(), Map.of("seed", job.seed()));
        for (int i = 0; i < job.formats().size(); i++) {
            Found<RealizationWriter> w = prepared.writers().get(i);
            Path out;
            try {
                out = Files.createTempDirectory("synmap-bench-write-");
            } catch (IOException e) {
                throw new SynmapException("cannot create a temporary folder for the benchmark's outputs: "
                        + PluginCalls.message(e), e);
            }
            try {
                long t0 = System.nanoTime();
                PluginCalls.call(w.info(), () -> w.service().write(result, out));
                seconds.put(job.formats().get(i), seconds(t0));
            } finally {
                deleteTree(out, progress);
            }
        }
        return seconds;
    }

    private static double[] means(List<Realization> realizations) {
        double synapses = 0;
        double connected = 0;
        for (Realization r : realizations) {
            synapses += r.synapseCount();
            connected += r.connectedCells();
        }
        return new double[] {synapses / realizations.size(), connected / realizations.size()};
    }

    /** Median of sorted values. */
    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Deletes the benchmark's outputs; a failure is only worth a note (they are in the temporary folder). */
    private static void deleteTree(Path root, ProgressListener progress) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            progress.note("could not delete the benchmark's outputs in " + root + ": " + PluginCalls.message(e));
        }
    }
}
