package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Representative;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.api.TypeCounts;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.Parameters;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Runs one embedding job: resolve every plugin and input first (so that bad input fails before
 * any work, an unwritable output folder included), precompute once, draw and count the samples
 * in parallel, let the model choose the representative sample (or the generic rule), then write
 * the outputs and {@code run.json} through a staging folder (nothing appears unless everything
 * was written). Nothing here knows a particular model or format.
 */
final class EmbedRunner {
    private static final DateTimeFormatter RUN_MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Engine engine;
    private final Supplier<String> runIds;
    private final EmbedSession session;

    EmbedRunner(Engine engine, Supplier<String> runIds) {
        this(EmbedSession.oneOff(engine), runIds);
    }

    /** A runner that takes its inputs from {@code session} (shared among a batch's jobs). */
    EmbedRunner(EmbedSession session, Supplier<String> runIds) {
        this.engine = session.engine();
        this.session = session;
        this.runIds = runIds;
    }

    /** ISF's run id (§2.12): local time to the minute, then the process id. */
    static String isfRunId() {
        return LocalDateTime.now().format(RUN_MINUTE) + "_" + ProcessHandle.current().pid();
    }

    EmbedOutcome run(EmbedJob job, ProgressListener progress) {
        // 1. Resolve everything before any expensive work.
        Found<ConnectomeModel> model = chooseModel(job.model());
        Parameters modelParameters = Engine.parameters(model.info(), model.service()::parameters,
                job.modelParameters());
        List<Found<RealizationWriter>> writers = writers(job.formats());
        Engine.ReadMorphology morphology = session.morphology(job.morphology(), job.readerParameters());
        // What the reader could not take literally (skipped sections, fallbacks) must reach the user.
        for (String warning : morphology.morphology().warnings()) {
            progress.note(warning);
        }
        checkSeed(model, job.seed(), modelParameters);
        ModelData data = session.data(model, job.data(), job.dataParameters());
        String runId = job.runId() != null ? job.runId() : runIds.get();
        Path directory = job.out() != null ? job.out()
                : isfDirectory(job.morphology(), morphology.morphology(), runId);
        refuseInsideData(directory, job.data());

        // The output folder is claimed first too, so that an unwritable location fails before any work.
        StagedOutputs out = claim(directory, job.out() == null, job.overwrite(), session.stagingExitHooks(),
                progress);
        try (out) {
            // 2. One-time precomputation (once per morphology, cell type and model in a session).
            Prepared prepared = session.prepare(model, modelParameters, writers, morphology, data, job.cellType(),
                    job.threads(), progress);
            // 3.–5. Samples, representative, outputs.
            return complete(job, prepared, runId, out, progress);
        } catch (IOException e) {
            throw cannotWrite(directory, e);
        }
    }

    /** A seed the model cannot use is refused before its data is loaded. */
    static void checkSeed(Found<ConnectomeModel> model, long seed, Parameters parameters) {
        PluginCalls.call(model.info(), () -> {
            model.service().checkSeed(seed, parameters);
            return null;
        });
    }

    /** Outputs inside the data folder could replace or shadow the dataset's own files: refused. */
    static void refuseInsideData(Path directory, String data) {
        if (data == null || !Files.isDirectory(Path.of(data))) {
            return;
        }
        Path folder = Path.of(data).toAbsolutePath().normalize();
        if (directory.toAbsolutePath().normalize().startsWith(folder)) {
            throw new SynmapException("output folder " + directory + " lies inside the data folder " + data
                    + "; write the outputs elsewhere, so that the dataset stays as it was");
        }
    }

    /**
     * Claims the output folder. A folder given with {@code --out} may exist (files in it are
     * replaced); ISF's default folder must be new: its name holds only the minute and the process
     * id, so in a long-lived shell a second run of the same morphology within one minute would
     * otherwise silently replace the first run's files.
     */
    private static StagedOutputs claim(Path directory, boolean isfNamed, boolean overwrite, boolean exitHook,
            ProgressListener progress) {
        try {
            for (Path stale : StagedOutputs.removeStale(directory)) {
                progress.note("removed " + stale + ", left by an earlier run that was killed before it finished");
            }
        } catch (IOException e) {
            throw cannotWrite(directory, e);
        }
        if (!isfNamed && !overwrite && Files.isRegularFile(directory.resolve(StagedOutputs.RUN_JSON))) {
            throw new SynmapException("output folder " + directory + " holds another run (" + StagedOutputs.RUN_JSON
                    + "); give another --out, or --overwrite to replace that run as a whole");
        }
        try {
            return isfNamed ? StagedOutputs.openNew(directory, exitHook) : StagedOutputs.open(directory, exitHook);
        } catch (FileAlreadyExistsException e) {
            if (!directory.toString().equals(e.getFile())) {
                throw cannotWrite(directory, e);
            }
            throw new SynmapException("output folder " + directory + " already exists: ISF's folder name holds only "
                    + "the minute and the process id, so a run of this morphology in the same minute made it; "
                    + "give --out, or wait a minute", e);
        } catch (IOException e) {
            throw cannotWrite(directory, e);
        }
    }

    static SynmapException cannotWrite(Path directory, IOException e) {
        return new SynmapException("cannot write outputs to " + directory + ": " + PluginCalls.message(e), e);
    }

    /** The named connectome model; without a name, the best-ranked one installed. */
    Found<ConnectomeModel> chooseModel(String name) {
        if (name != null) {
            return engine.byName(ConnectomeModel.class, SynmapPlugin.CONNECTOME_MODEL, name, "connectome model");
        }
        List<Found<ConnectomeModel>> models = engine.all(ConnectomeModel.class, SynmapPlugin.CONNECTOME_MODEL);
        if (models.isEmpty()) {
            throw new SynmapException("no connectome model installed");
        }
        return models.get(0);
    }

    List<Found<RealizationWriter>> writers(List<String> formats) {
        List<Found<RealizationWriter>> writers = new ArrayList<>();
        for (String format : formats) {
            writers.add(engine.byName(RealizationWriter.class, SynmapPlugin.REALIZATION_WRITER, format,
                    "output writer"));
        }
        return writers;
    }

    static Prepared prepare(Found<ConnectomeModel> model, Parameters parameters,
            List<Found<RealizationWriter>> writers, Engine.ReadMorphology morphology, ModelData data, String cellType,
            int threads, ProgressListener progress) {
        long t0 = System.nanoTime();
        EmbeddingRequest request = new EmbeddingRequest(morphology.morphology(), data.value(), cellType, parameters,
                threads);
        Embedding embedding = PluginCalls.call(model.info(), () -> model.service().prepare(request, progress));
        if (embedding == null) {
            throw new SynmapException(PluginCalls.describe(model.info()) + " returned no embedding");
        }
        List<Population> populations = PluginCalls.call(model.info(), embedding::populations);
        return new Prepared(model, parameters, writers, morphology, data, embedding, populations,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Everything after precomputation: what {@code embed} does, and what the benchmark times as
     * one job. Outputs are staged in {@code out} and committed only when all are written.
     */
    static EmbedOutcome complete(EmbedJob job, Prepared p, String runId, StagedOutputs out, ProgressListener progress)
            throws IOException {
        long t0 = System.nanoTime();
        List<Realization> realizations;
        if (p.embedding().independentSamples()) {
            realizations = SampleDraw.drawAll(p.model(), p.embedding(), p.populations(), job.seed(), job.samples(),
                    job.threads(), progress);
        } else {
            // A sequential sampler replays one stream; jobs sharing its embedding take turns.
            synchronized (p.embedding()) {
                realizations = SampleDraw.drawAll(p.model(), p.embedding(), p.populations(), job.seed(),
                        job.samples(), job.threads(), progress);
            }
        }
        List<List<TypeCounts>> counts = new ArrayList<>(realizations.size());
        for (Realization r : realizations) {
            counts.add(TypeCounter.count(p.cell(), p.populations(), r));
        }
        double sampling = (System.nanoTime() - t0) / 1e9;
        Representative chosen = representative(p, realizations);
        if (chosen.note() != null) {
            progress.note(chosen.note());
        }
        Map<String, Object> run = RunRecord.build(job, p, runId, chosen, realizations, counts, sampling);

        Path staging = out.staging();
        List<Path> staged = new ArrayList<>();
        String model = p.model().info().name();
        EmbeddingResult result = new EmbeddingResult(p.cell(), job.cellType(), model, p.populations(),
                realizations.get(chosen.index()), realizations, runId, run);
        for (Found<RealizationWriter> w : p.writers()) {
            staged.addAll(PluginCalls.call(w.info(), () -> w.service().write(result, staging)));
        }
        if (job.allRealizations()) {
            staged.addAll(writeEach(p, job, realizations, runId, run, staging, progress));
        }
        Map<String, Object> withOutputs = new LinkedHashMap<>(run);
        List<String> names = new ArrayList<>();
        for (Path f : staged) {
            names.add(relativeName(staging, f));
        }
        withOutputs.put("outputs", names);
        Path runJson = staging.resolve(StagedOutputs.RUN_JSON);
        RunRecord.write(withOutputs, runJson);
        staged.add(runJson);
        List<Path> files = out.commit(staged, job.overwrite());
        return new EmbedOutcome(out.directory(), files, counts.get(chosen.index()), chosen.index(), chosen.rule(),
                chosen.note(), realizations.size(), job.seed(), p.precomputeSeconds(), sampling);
    }

    /** The model's representative sample, or the engine's generic choice where the model has no rule. */
    static Representative representative(Prepared p, List<Realization> realizations) {
        Representative chosen = PluginCalls.call(p.model().info(), () -> p.embedding().representative(realizations));
        if (chosen == null) {
            return closestToMeanTotal(realizations);
        }
        if (chosen.index() >= realizations.size()) {
            throw new SynmapException(PluginCalls.describe(p.model().info()) + " chose sample " + chosen.index()
                    + " as representative of " + realizations.size());
        }
        return chosen;
    }

    /** The generic rule: the sample whose total synapse count is closest to the mean, the earliest on ties. */
    static Representative closestToMeanTotal(List<Realization> realizations) {
        double mean = 0;
        for (Realization r : realizations) {
            mean += r.synapseCount();
        }
        mean /= realizations.size();
        int best = 0;
        for (int i = 1; i < realizations.size(); i++) {
            if (Math.abs(realizations.get(i).synapseCount() - mean) < Math.abs(realizations.get(best).synapseCount()
                    - mean)) {
                best = i;
            }
        }
        return new Representative(best, GENERIC_RULE, null);
    }

    static final String GENERIC_RULE = "synmap: total synapse count closest to the mean over samples, earliest on ties";

    private static String relativeName(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(b) ? b.relativize(f).toString() : f.toString();
    }

    /**
     * Every realization in its own folder {@code realizations/sample_NNN/}, with ISF's
     * sample-only summary (§1.15, variant B); one folder per sample fixes ISF's overwriting (Q10).
     */
    private static List<Path> writeEach(Prepared p, EmbedJob job, List<Realization> realizations, String runId,
            Map<String, Object> run, Path staging, ProgressListener progress) throws IOException {
        List<Path> files = new ArrayList<>();
        progress.start("writing realizations", realizations.size());
        int digits = Math.max(3, Integer.toString(realizations.size() - 1).length());
        String model = p.model().info().name();
        for (int i = 0; i < realizations.size(); i++) {
            Path dir = staging.resolve("realizations").resolve(String.format("sample_%0" + digits + "d", i));
            Files.createDirectories(dir);
            Map<String, Object> sampleRun = new LinkedHashMap<>(run);
            sampleRun.put("sampleIndex", i);
            EmbeddingResult result = new EmbeddingResult(p.cell(), job.cellType(), model, p.populations(),
                    realizations.get(i), List.of(), runId, sampleRun);
            for (Found<RealizationWriter> w : p.writers()) {
                files.addAll(PluginCalls.call(w.info(), () -> w.service().write(result, dir)));
            }
            progress.advance(1);
        }
        progress.finish();
        return files;
    }

    /**
     * ISF's output folder (§2.12): the morphology path minus its last 4 characters (quirk Q15,
     * reproduced for {@code .hoc}, the only files ISF reads), then {@code _synapses_<runId>}, next
     * to the morphology. Other files lose their extension, as their output files do. Built-in
     * morphologies have no path; their folder goes under {@code synmap-out/} in the working directory.
     */
    static Path isfDirectory(String location, Morphology morphology, String runId) {
        if (location.startsWith(Engine.BUILTIN_PREFIX)) {
            return Path.of("synmap-out", morphology.name() + "_synapses_" + runId);
        }
        return Path.of(withoutExtension(location) + "_synapses_" + runId);
    }

    private static String withoutExtension(String location) {
        if (location.endsWith(".hoc") || location.endsWith(".HOC")) {
            return location.substring(0, location.length() - 4);
        }
        int dot = location.lastIndexOf('.');
        int separator = Math.max(location.lastIndexOf('/'), location.lastIndexOf(java.io.File.separatorChar));
        return dot > separator + 1 ? location.substring(0, dot) : location;
    }
}
