package org.synmap.engine.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.PopulationRow;
import org.synmap.output.api.RealizationWriter;
import org.synmap.output.summary.SampleSummary;
import org.synmap.output.summary.Representative;
import org.synmap.output.summary.SummaryCalculator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Runs one embedding job: resolve every plugin and input first (so that bad input fails before
 * any work), precompute once, draw the samples in parallel, summarise them, choose the
 * representative sample (ISF's ±2 SD rule), write the outputs and {@code run.json}.
 */
final class EmbedRunner {
    private static final DateTimeFormatter RUN_MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Engine engine;

    EmbedRunner(Engine engine) {
        this.engine = engine;
    }

    EmbedOutcome run(EmbedJob job, ProgressListener progress) {
        // 1. Resolve everything before any expensive work.
        Found<ConnectomeModel> model = chooseModel(job.model());
        List<Found<RealizationWriter>> writers = new ArrayList<>();
        for (String format : job.formats()) {
            writers.add(engine.byName(RealizationWriter.class, format, "output writer", RealizationWriter::formatName));
        }
        Morphology morphology = engine.readMorphology(job.morphology());
        AnatomicalModel anatomy = engine.openModel(job.data(), job.dataParameters());
        if (!anatomy.postsynapticTypes().contains(job.cellType())) {
            throw new SynmapException("unknown postsynaptic cell type '" + job.cellType() + "' for " + anatomy.name()
                    + "; valid types: " + String.join(" ", anatomy.postsynapticTypes()));
        }
        String runId = LocalDateTime.now().format(RUN_MINUTE) + "_" + ProcessHandle.current().pid();
        Path directory = job.out() != null ? job.out() : isfDirectory(job.morphology(), morphology, runId);

        // 2. One-time precomputation.
        long t0 = System.nanoTime();
        EmbeddingRequest request = new EmbeddingRequest(morphology, anatomy, job.cellType(), job.modelParameters(),
                job.threads());
        Embedding embedding = PluginCalls.call(model.info(), () -> model.service().prepare(request, progress));
        double precompute = (System.nanoTime() - t0) / 1e9;

        // 3. Samples: parallel when the model allows it; the result never depends on the thread count.
        long t1 = System.nanoTime();
        Realization[] realizations = sample(model, embedding, job, progress);
        double sampling = (System.nanoTime() - t1) / 1e9;

        // 4. Summaries, population, representative sample.
        List<String> areas = anatomy.areas();
        List<String> types = anatomy.cellTypes();
        List<SampleSummary> summaries = new ArrayList<>(realizations.length);
        for (Realization r : realizations) {
            summaries.add(SummaryCalculator.summarize(morphology, r, areas, types, anatomy::cellCount));
        }
        List<PopulationRow> population = SummaryCalculator.population(summaries);
        Representative chosen = SummaryCalculator.representative(summaries);
        if (!chosen.withinTwoSd()) {
            progress.note("Could not find representative sample with all parameters within +-2 SD; "
                    + "using the sample closest to the mean (" + chosen.index() + ")");
        }

        // 5. Outputs.
        Map<String, Object> run = runRecord(job, morphology, anatomy, model, embedding, chosen, realizations,
                precompute, sampling);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            SampleSummary rep = summaries.get(chosen.index());
            EmbeddingResult result = new EmbeddingResult(morphology, job.cellType(), areas, types,
                    realizations[chosen.index()], rep.perType(), rep.perColumnType(), population,
                    realizations.length, runId, run);
            for (Found<RealizationWriter> w : writers) {
                files.addAll(PluginCalls.call(w.info(), () -> w.service().write(result, directory)));
            }
            if (job.allRealizations()) {
                files.addAll(writeAll(writers, job, morphology, areas, types, realizations, summaries, runId, run,
                        directory, progress));
            }
            Path runJson = directory.resolve("run.json");
            Map<String, Object> withOutputs = new LinkedHashMap<>(run);
            Path base = directory.toAbsolutePath().normalize();
            List<String> names = new ArrayList<>();
            for (Path f : files) {
                Path abs = f.toAbsolutePath().normalize();
                names.add(abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString());
            }
            withOutputs.put("outputs", names);
            writeJson(withOutputs, runJson);
            files.add(runJson);
        } catch (IOException e) {
            throw new SynmapException("cannot write outputs to " + directory + ": " + PluginCalls.message(e), e);
        }
        return new EmbedOutcome(directory, files, summaries.get(chosen.index()).perType(), chosen.index(),
                chosen.withinTwoSd(), realizations.length, job.seed(), precompute, sampling);
    }

    private Found<ConnectomeModel> chooseModel(String name) {
        List<Found<ConnectomeModel>> models = engine.all(ConnectomeModel.class);
        if (name != null) {
            return engine.byName(ConnectomeModel.class, name, "connectome model", ConnectomeModel::name);
        }
        if (models.isEmpty()) {
            throw new SynmapException("no connectome model installed");
        }
        for (Found<ConnectomeModel> m : models) {
            if (m.service().name().equals("barrel-cortex")) {
                return m;
            }
        }
        return models.get(0);
    }

    private static Realization[] sample(Found<ConnectomeModel> model, Embedding embedding, EmbedJob job,
            ProgressListener progress) {
        int n = job.samples();
        Realization[] out = new Realization[n];
        progress.start("samples", n);
        if (!embedding.independentSamples() || job.threads() == 1) {
            for (int i = 0; i < n; i++) {
                int index = i;
                out[i] = PluginCalls.call(model.info(), () -> embedding.realize(job.seed(), index));
                progress.advance(1);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(job.threads(), r -> {
                Thread t = new Thread(r, "synmap-sample");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Realization>> futures = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        Realization r = PluginCalls.call(model.info(), () -> embedding.realize(job.seed(), index));
                        progress.advance(1);
                        return r;
                    }));
                }
                for (int i = 0; i < n; i++) {
                    out[i] = futures.get(i).get();
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
        for (int i = 0; i < n; i++) {
            if (out[i].sampleIndex() != i) {
                throw new SynmapException("plugin '" + model.info().name() + "' returned sample " + out[i].sampleIndex()
                        + " when asked for sample " + i);
            }
        }
        return out;
    }

    /** Every realization in its own folder, with ISF's sample-only summary (no overwriting, unlike ISF's Q10). */
    private static List<Path> writeAll(List<Found<RealizationWriter>> writers, EmbedJob job, Morphology morphology,
            List<String> areas, List<String> types, Realization[] realizations, List<SampleSummary> summaries,
            String runId, Map<String, Object> run, Path directory, ProgressListener progress) throws IOException {
        List<Path> files = new ArrayList<>();
        progress.start("writing realizations", realizations.length);
        int digits = Math.max(3, Integer.toString(realizations.length - 1).length());
        for (int i = 0; i < realizations.length; i++) {
            Path dir = directory.resolve("realizations").resolve(String.format("sample_%0" + digits + "d", i));
            Files.createDirectories(dir);
            Map<String, Object> sampleRun = new LinkedHashMap<>(run);
            sampleRun.put("sampleIndex", i);
            EmbeddingResult result = new EmbeddingResult(morphology, job.cellType(), areas, types, realizations[i],
                    summaries.get(i).perType(), summaries.get(i).perColumnType(), List.of(), realizations.length,
                    runId, sampleRun);
            for (Found<RealizationWriter> w : writers) {
                files.addAll(PluginCalls.call(w.info(), () -> w.service().write(result, dir)));
            }
            progress.advance(1);
        }
        progress.finish();
        return files;
    }

    /** ISF's output folder (§2.12): the morphology path minus its last 4 characters, then {@code _synapses_<runId>}. */
    private static Path isfDirectory(String location, Morphology morphology, String runId) {
        if (location.startsWith(Engine.BUILTIN_PREFIX)) {
            return Path.of("synmap-out", morphology.name() + "_synapses_" + runId);
        }
        String prefix = location.length() > 4 ? location.substring(0, location.length() - 4) : location;
        return Path.of(prefix + "_synapses_" + runId);
    }

    private static Map<String, Object> runRecord(EmbedJob job, Morphology morphology, AnatomicalModel anatomy,
            Found<ConnectomeModel> model, Embedding embedding, Representative chosen,
            Realization[] realizations, double precompute, double sampling) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("synmap", Map.of("engine", Engine.version(), "model", model.info().bundle()));
        run.put("seed", job.seed());
        run.put("samples", job.samples());
        run.put("cellType", job.cellType());
        Map<String, Object> morph = new LinkedHashMap<>();
        morph.put("location", job.morphology());
        morph.put("name", morphology.name());
        if (!job.morphology().startsWith(Engine.BUILTIN_PREFIX)) {
            morph.put("sha256", sha256(Path.of(job.morphology())));
        }
        morph.put("sections", morphology.sections().size());
        morph.put("points", morphology.pointCount());
        morph.put("lengthUm", morphology.totalLength());
        run.put("morphology", morph);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("location", job.data());
        data.put("parameters", new java.util.TreeMap<>(job.dataParameters()));
        data.put("model", anatomy.name());
        data.put("provenance", new java.util.TreeMap<>(anatomy.provenance()));
        run.put("data", data);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", model.info().name());
        m.put("parameters", new java.util.TreeMap<>(job.modelParameters()));
        m.put("embedding", new java.util.TreeMap<>(embedding.describe()));
        run.put("connectomeModel", m);
        run.put("representativeSample", chosen.index());
        run.put("representativeWithinTwoSd", chosen.withinTwoSd());
        List<Map<String, Object>> perSample = new ArrayList<>();
        for (Realization r : realizations) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("sample", r.sampleIndex());
            s.put("synapses", r.synapseCount());
            s.put("connectedCells", r.connectedCells());
            perSample.add(s);
        }
        run.put("perSample", perSample);
        // Timings and threads vary between runs; everything above is a function of the inputs and the seed.
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("threads", job.threads());
        machine.put("precomputeSeconds", precompute);
        machine.put("samplingSeconds", sampling);
        run.put("execution", machine);
        return run;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    static void writeJson(Object value, Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        mapper.writeValue(tmp.toFile(), value);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
