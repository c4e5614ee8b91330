package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.plugin.api.Parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Whether a folder already holds the complete outputs of a job, so that a rerun of a batch can
 * skip it: its {@code run.json} (moved in last, so its presence marks a complete set) must
 * record the same job and inputs, and every file it lists must be there. Compared are the
 * versions of synmap's engine, model and reader; run id, seed, samples, cell type, formats and
 * output switches; the morphology's location, reader and effective reader parameters and its
 * checksum (SHA-256 of the file, or of the geometry for built-ins); the data's record (location,
 * effective parameters, source and provenance, or the file's SHA-256); the connectome model and
 * its effective parameters.
 */
final class RunMatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the job's {@code run.json} must say.
     *
     * @param values     JSON pointer to expected value
     * @param dataKnown  whether the data's record is among them (it is not when the data cannot be
     *                   opened here, e.g. a submitter whose cluster reads data this machine lacks)
     */
    record Expected(Map<String, Object> values, boolean dataKnown) {
    }

    private RunMatch() {
    }

    /**
     * The facts of {@code job} that its run.json records.
     *
     * @param dataRecord the data's record as {@link ModelData} makes it, or null when unknown here
     */
    static Expected expected(EmbedJob job, EmbedSession session, Found<ConnectomeModel> model,
            Parameters modelParameters, Map<String, Object> dataRecord) throws IOException {
        Map<String, Object> v = new LinkedHashMap<>();
        Engine.ReaderChoice reader = session.engine().readerFor(job.morphology(), job.readerParameters());
        v.put("/synmap/engine", Engine.version());
        v.put("/synmap/model", model.info().bundle());
        v.put("/synmap/reader", reader.plugin().bundle());
        v.put("/runId", job.runId());
        v.put("/seed", job.seed());
        v.put("/samples", job.samples());
        v.put("/cellType", job.cellType());
        v.put("/formats", job.formats());
        v.put("/allRealizations", job.allRealizations());
        v.put("/" + RunRecord.LANDMARKS, job.landmarks());
        v.put("/morphology/location", job.morphology());
        v.put("/morphology/reader", reader.plugin().name());
        v.put("/morphology/readerParameters", reader.parameters().asText());
        if (job.morphology().startsWith(Engine.BUILTIN_PREFIX)) {
            v.put("/morphology/geometrySha256", MorphologyDigest.ofGeometry(
                    session.morphology(job.morphology(), job.readerParameters()).morphology()));
        } else {
            v.put("/morphology/sha256", MorphologyDigest.ofFile(Path.of(job.morphology())));
        }
        if (dataRecord != null) {
            v.put("/data", dataRecord);
        }
        v.put("/connectomeModel/name", model.info().name());
        v.put("/connectomeModel/parameters", modelParameters.asText());
        return new Expected(v, dataRecord != null);
    }

    /**
     * Why {@code folder} does not hold the complete outputs of the job, or null when it does.
     * A folder without {@code run.json} gives {@code "no run.json"}.
     */
    static String mismatch(Path folder, Expected expected) {
        Path runJson = folder.resolve(StagedOutputs.RUN_JSON);
        if (!Files.isRegularFile(runJson)) {
            return "no " + StagedOutputs.RUN_JSON;
        }
        JsonNode run;
        try {
            run = JSON.readTree(runJson.toFile());
        } catch (IOException e) {
            return runJson + " cannot be read: " + PluginCalls.message(e);
        }
        for (Map.Entry<String, Object> e : expected.values().entrySet()) {
            JsonNode want = node(e.getValue());
            JsonNode have = run.at(e.getKey());
            if (!want.equals(have)) {
                return e.getKey().substring(1).replace('/', '.') + " is " + text(have) + " in " + runJson
                        + ", the job has " + text(want);
            }
        }
        JsonNode outputs = run.path("outputs");
        if (!outputs.isArray() || outputs.isEmpty()) {
            return runJson + " lists no outputs";
        }
        Path base = folder.toAbsolutePath().normalize();
        for (JsonNode n : outputs) {
            Path f = base.resolve(n.asText()).normalize();
            if (!f.startsWith(base) || !Files.isRegularFile(f)) {
                return "output " + n.asText() + " listed in " + runJson + " is missing";
            }
        }
        return null;
    }

    /**
     * The representative sample's synapses and connected cells as {@code run.json} records them,
     * or {-1, -1} when it does not.
     */
    static long[] representativeCounts(Path folder) {
        try {
            JsonNode run = JSON.readTree(folder.resolve(StagedOutputs.RUN_JSON).toFile());
            int index = run.path("representativeSample").asInt(-1);
            for (JsonNode s : run.path("perSample")) {
                if (s.path("sample").asInt(-2) == index) {
                    return new long[] {s.path("synapses").asLong(-1), s.path("connectedCells").asLong(-1)};
                }
            }
        } catch (IOException e) {
            // unknown: the index leaves the counts empty
        }
        return new long[] {-1, -1};
    }

    /** A value as JSON parsed from its text, so that numbers compare as they would when read from a file. */
    private static JsonNode node(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot express " + value + " as JSON", e);
        }
    }

    private static String text(JsonNode n) {
        if (n.isMissingNode()) {
            return "absent";
        }
        String t = n.toString();
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }

    /** Every listed output path of a run, for messages and tests. */
    static List<String> outputs(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(folder.resolve(StagedOutputs.RUN_JSON).toFile()).path("outputs")) {
            out.add(n.asText());
        }
        return out;
    }
}
