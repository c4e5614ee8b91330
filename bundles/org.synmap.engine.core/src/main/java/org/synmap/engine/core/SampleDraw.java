package org.synmap.engine.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;

/**
 * Draws every sample of a job. Samples run in parallel when the model allows
 * it; each is a pure function of (seed, index), so the result never depends on the thread count.
 */
final class SampleDraw {

    private SampleDraw() {
    }

    /** Every sample in index order, each checked against the embedding's populations. */
    static List<Realization> drawAll(Found<ConnectomeModel> model, Embedding embedding, List<Population> populations,
            long seed, int samples, int threads, ProgressListener progress) {
        Realization[] realizations = new Realization[samples];
        progress.start("samples", samples);
        if (!embedding.independentSamples() || threads == 1) {
            // Sequential samplers replay one random stream: samples 0, 1, 2, … in order, one thread.
            for (int i = 0; i < samples; i++) {
                realizations[i] = draw(model, embedding, populations, seed, i);
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
                        realizations[index] = draw(model, embedding, populations, seed, index);
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
        return Arrays.asList(realizations);
    }

    /**
     * One sample, checked to be the one asked for and to have one block per population, in the
     * populations' order: writers rely on it.
     */
    static Realization draw(Found<ConnectomeModel> model, Embedding embedding, List<Population> populations, long seed,
            int index) {
        Realization r = PluginCalls.call(model.info(), () -> embedding.realize(seed, index));
        if (r == null || r.sampleIndex() != index) {
            throw new SynmapException(PluginCalls.describe(model.info()) + " returned "
                    + (r == null ? "no realization" : "sample " + r.sampleIndex()) + " when asked for sample " + index);
        }
        if (r.blocks().size() != populations.size()) {
            throw new SynmapException(PluginCalls.describe(model.info()) + " returned " + r.blocks().size()
                    + " synapse blocks in sample " + index + " for " + populations.size() + " populations");
        }
        for (int b = 0; b < populations.size(); b++) {
            SynapseBlock block = r.blocks().get(b);
            Population p = populations.get(b);
            if (!block.type().equals(p.type()) || !block.area().equals(p.area())) {
                throw new SynmapException(PluginCalls.describe(model.info()) + " returned block " + block.label()
                        + " in place of population " + p.label() + " in sample " + index);
            }
            for (int i = 0; i < block.size(); i++) {
                int cell = block.synapses().get(i).presynapticCell();
                if (cell >= p.cells()) {
                    throw new SynmapException(PluginCalls.describe(model.info()) + ": synapse " + i + " of "
                            + block.label() + " in sample " + index + " names presynaptic cell " + cell + " of "
                            + p.cells());
                }
            }
        }
        return r;
    }
}
