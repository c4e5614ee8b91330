package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.engine.api.SynmapException;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Another output format for an output folder written earlier: the result is rebuilt from the
 * folder's {@code run.json} (populations, seed, run id, representative sample), its
 * {@code .syn}/{@code .con} and the morphology it names, which must still be the one embedded.
 */
final class ExistingOutput {
    private ExistingOutput() {
    }

    static List<Path> write(Engine engine, Path folder, String format, String morphology) {
        Path runJson = folder.resolve(StagedOutputs.RUN_JSON);
        if (!Files.isRegularFile(runJson)) {
            throw new SynmapException(folder + " holds no " + StagedOutputs.RUN_JSON + ": not a synmap output folder");
        }
        Map<String, Object> run = readRun(runJson);
        Map<String, Object> morph = map(run, "morphology", runJson);
        String location = morphology != null ? morphology : text(morph, "location", runJson);
        Path asPath = ModelData.asPath(location);
        if (morphology == null && !location.startsWith(Engine.BUILTIN_PREFIX)
                && (asPath == null || !Files.exists(asPath))) {
            throw new SynmapException("the morphology " + runJson + " names, " + location + ", is not there (moved,"
                    + " or the folder comes from another machine); name it with --morphology");
        }
        Map<String, String> readerParameters = new java.util.LinkedHashMap<>();
        map(morph, "readerParameters", runJson).forEach((k, v) -> readerParameters.put(k, String.valueOf(v)));
        Morphology m = engine.read(location, readerParameters).morphology();
        String recorded = text(morph, "geometrySha256", runJson);
        if (!recorded.equals(MorphologyDigest.ofGeometry(m))) {
            throw new SynmapException(location + (morphology != null ? " is not" : " is no longer")
                    + " the morphology this run embedded (its geometry's checksum differs from " + runJson
                    + "); the outputs cannot be rebuilt from it");
        }
        Path syn = synapseFile(folder);
        Realization read = engine.readRealization(syn);
        Object rep = run.get("representativeSample");
        Realization realization = new Realization(rep instanceof Number n ? n.intValue() : read.sampleIndex(),
                read.blocks());
        Map<String, Object> model = map(run, "connectomeModel", runJson);
        List<Population> populations = new ArrayList<>();
        for (Object o : list(model, "populations", runJson)) {
            Map<?, ?> p = (Map<?, ?>) o;
            populations.add(new Population(String.valueOf(p.get("type")),
                    p.get("area") == null ? "" : String.valueOf(p.get("area")), ((Number) p.get("cells")).intValue(),
                    Boolean.TRUE.equals(p.get("excitatory"))));
        }
        EmbeddingResult result = new EmbeddingResult(m, text(run, "cellType", runJson), text(model, "name", runJson),
                populations, realization, List.of(), text(run, "runId", runJson), run);
        Found<RealizationWriter> writer = engine.byName(RealizationWriter.class, SynmapPlugin.REALIZATION_WRITER,
                format, "output writer");
        return PluginCalls.callOn(writer.info(), folder, () -> writer.service().write(result, folder));
    }

    private static Path synapseFile(Path folder) {
        List<Path> syn;
        try (Stream<Path> files = Files.list(folder)) {
            syn = files.filter(f -> f.getFileName().toString().endsWith(".syn")).sorted().toList();
        } catch (IOException e) {
            throw new SynmapException("cannot list " + folder + ": " + PluginCalls.message(e), e);
        }
        if (syn.size() != 1) {
            throw new SynmapException("expected one .syn file in " + folder + ", found " + syn.size());
        }
        return syn.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readRun(Path runJson) {
        try {
            return new ObjectMapper().readValue(runJson.toFile(), Map.class);
        } catch (IOException e) {
            throw new SynmapException("cannot read " + runJson + ": " + PluginCalls.message(e), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key, Path file) {
        if (m.get(key) instanceof Map<?, ?> v) {
            return (Map<String, Object>) v;
        }
        throw new SynmapException(file + ": expected an object at '" + key + "'");
    }

    private static List<?> list(Map<String, Object> m, String key, Path file) {
        if (m.get(key) instanceof List<?> v) {
            return v;
        }
        throw new SynmapException(file + ": expected a list at '" + key + "'");
    }

    private static String text(Map<String, Object> m, String key, Path file) {
        Object v = m.get(key);
        if (v == null) {
            throw new SynmapException(file + ": expected a value at '" + key + "'");
        }
        return String.valueOf(v);
    }
}
