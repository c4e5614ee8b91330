package org.synmap.engine.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.output.summary.SampleSummary;

/**
 * Draws every sample of a job and summarises it. Samples run in parallel when the model allows
 * it; each is a pure function of (seed, index), so the result never depends on the thread count.
 */
final class SampleDraw {

    /** The samples in index order, with their summaries. */
    record Drawn(List<Realization> realizations, List<SampleSummary> summaries) {
    }

    private SampleDraw() {
    }

    static Drawn drawAll(Found<ConnectomeModel> model, Embedding embedding, long seed, int samples, int threads,
            Function<Realization, SampleSummary> summarize, ProgressListener progress) {
        Realization[] realizations = new Realization[samples];
        SampleSummary[] summaries = new SampleSummary[samples];
        progress.start("samples", samples);
        if (!embedding.independentSamples() || threads == 1) {
            // Sequential samplers replay one random stream: samples 0, 1, 2, … in order, one thread.
            for (int i = 0; i < samples; i++) {
                realizations[i] = draw(model, embedding, seed, i);
                summaries[i] = summary(summarize, realizations[i]);
                progress.advance(1);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, samples), r -> {
                Thread t = new Thread(r, "synmap-sample");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < samples; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        realizations[index] = draw(model, embedding, seed, index);
                        summaries[index] = summary(summarize, realizations[index]);
                        progress.advance(1);
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SynmapException("interrupted while sampling", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SynmapException s) {
                    throw s;
                }
                throw new SynmapException("sampling failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        progress.finish();
        return new Drawn(Arrays.asList(realizations), Arrays.asList(summaries));
    }

    /** ISF's summary of one sample; it fails only for a realization that does not fit the morphology or model. */
    private static SampleSummary summary(Function<Realization, SampleSummary> summarize, Realization r) {
        try {
            return summarize.apply(r);
        } catch (IllegalArgumentException e) {
            throw new SynmapException("cannot summarise sample " + r.sampleIndex() + ": " + e.getMessage(), e);
        }
    }

    /** One sample, checked to be the one asked for. */
    static Realization draw(Found<ConnectomeModel> model, Embedding embedding, long seed, int index) {
        Realization r = PluginCalls.call(model.info(), () -> embedding.realize(seed, index));
        if (r == null || r.sampleIndex() != index) {
            throw new SynmapException(PluginCalls.describe(model.info()) + " returned "
                    + (r == null ? "no realization" : "sample " + r.sampleIndex()) + " when asked for sample " + index);
        }
        return r;
    }
}
