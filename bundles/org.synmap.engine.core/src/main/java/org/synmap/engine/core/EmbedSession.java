package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.Parameters;

/**
 * Where the runs of one front end get their expensive inputs: the morphology as read, the
 * model's data, and the precomputed embedding. A one-off session ({@link #oneOff}, what
 * {@code embed} uses) computes each anew. A caching session (batches, cluster members) opens each
 * anatomical model once and keeps its bouton lattices once loaded ({@link LatticeMemo}, within a
 * memory budget), and shares a precomputed embedding among the jobs of one morphology, cell
 * type and model: such jobs differ in seed and samples only, which {@code prepare()} never sees.
 * Either way a job's outputs are the same bytes: what is cached is immutable and was computed
 * by the same calls.
 */
final class EmbedSession {
    /** Precomputed embeddings kept beyond the ones in use: enough for jobs grouped by morphology. */
    private static final int PREPARED_KEPT = 4;

    private final Engine engine;
    private final boolean caching;
    private final LatticeMemo.Budget latticeBudget;
    private final Map<String, CompletableFuture<ModelData>> data = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Engine.ReadMorphology>> morphologies = new LruMap<>(64);
    private final Map<String, CompletableFuture<Prepared>> prepared = new LruMap<>(PREPARED_KEPT);

    private EmbedSession(Engine engine, boolean caching) {
        this.engine = engine;
        this.caching = caching;
        this.latticeBudget = new LatticeMemo.Budget(Runtime.getRuntime().maxMemory() / 2);
    }

    /** A session that caches nothing: every run reads, opens and precomputes its own inputs. */
    static EmbedSession oneOff(Engine engine) {
        return new EmbedSession(engine, false);
    }

    /** A session that shares inputs among its runs. */
    static EmbedSession caching(Engine engine) {
        return new EmbedSession(engine, true);
    }

    Engine engine() {
        return engine;
    }

    /**
     * Whether each run removes its own staging folder when the process is stopped: yes for one-off
     * runs; a caching session's owner (a batch) stops its runs itself and cleans up after them.
     */
    boolean stagingExitHooks() {
        return !caching;
    }

    /** The morphology at {@code location} as read with these reader parameters. */
    Engine.ReadMorphology morphology(String location, Map<String, String> readerParameters) {
        if (!caching) {
            return engine.read(location, readerParameters);
        }
        String key = location + "\u0000" + new TreeMap<>(readerParameters) + "\u0000" + fileStamp(location);
        return shared(morphologies, key, () -> engine.read(location, readerParameters));
    }

    /** The data of {@code model} made from {@code --data}; anatomical models are opened once per session. */
    ModelData data(Found<ConnectomeModel> model, String location, Map<String, String> parameters) {
        if (!caching) {
            return ModelData.of(engine, model, location, parameters);
        }
        String key = model.info().serviceId() + "\u0000" + location + "\u0000" + new TreeMap<>(parameters);
        return shared(data, key, () -> {
            ModelData d = ModelData.of(engine, model, location, parameters);
            return d.value() instanceof AnatomicalModel a
                    ? new ModelData(new LatticeMemo(a, latticeBudget), d.record()) : d;
        });
    }

    /**
     * The embedding of one morphology as one cell type in one model, precomputed once per session
     * and shared by every job that asks for the same; the writers are the job's own.
     */
    Prepared prepare(Found<ConnectomeModel> model, Parameters parameters, List<Found<RealizationWriter>> writers,
            Engine.ReadMorphology morphology, ModelData modelData, String cellType, int threads,
            ProgressListener progress) {
        if (!caching) {
            return EmbedRunner.prepare(model, parameters, writers, morphology, modelData, cellType, threads, progress);
        }
        String key = model.info().serviceId() + "\u0000" + new TreeMap<>(parameters.asText()) + "\u0000"
                + System.identityHashCode(morphology) + "\u0000" + System.identityHashCode(modelData) + "\u0000"
                + cellType;
        Prepared p = shared(prepared, key, () -> EmbedRunner.prepare(model, parameters, writers, morphology,
                modelData, cellType, threads, progress));
        // Identity hash codes may collide: the key's objects must be the very ones asked for.
        if (p.morphology() != morphology || p.data() != modelData) {
            return EmbedRunner.prepare(model, parameters, writers, morphology, modelData, cellType, threads, progress);
        }
        return p.withWriters(writers);
    }

    /**
     * The value under {@code key}, computed once by the first caller; others wait for it. A
     * failure is not kept, so that a later job can try again (and fail with its own message).
     */
    private static <T> T shared(Map<String, CompletableFuture<T>> cache, String key, Supplier<T> compute) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> existing;
        synchronized (cache) {
            existing = cache.putIfAbsent(key, mine);
        }
        if (existing == null) {
            try {
                T value = compute.get();
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                synchronized (cache) {
                    cache.remove(key, mine);
                }
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SynmapException("interrupted while waiting for another job's precomputation", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SynmapException s) {
                throw new SynmapException(s.getMessage(), s);
            }
            throw new SynmapException(PluginCalls.message(e.getCause()), e.getCause());
        }
    }

    /** Size and modification time of a morphology file, so that a replaced file is read again. */
    private static String fileStamp(String location) {
        if (location.startsWith(Engine.BUILTIN_PREFIX)) {
            return "";
        }
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(location), BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis();
        } catch (IOException | RuntimeException e) {
            return "unreadable"; // reading it fails with the reader's own message
        }
    }

    /** A map that forgets its least recently used entries beyond {@code capacity}. */
    private static final class LruMap<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        LruMap(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }
}
