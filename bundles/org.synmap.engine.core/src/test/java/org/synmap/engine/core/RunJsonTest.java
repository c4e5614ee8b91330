package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.TypeCounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code run.json}: valid JSON that records everything needed to reproduce the outputs. */
class RunJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void recordsSeedInputsParametersAndPerSampleCounts() throws Exception {
        Engine engine = TestEngines.full();
        Path hoc = dir.resolve("cell.hoc");
        engine.writeMorphology(engine.readMorphology(TestEngines.L5TT), hoc);
        Path out = dir.resolve("out");
        EmbedOutcome o = engine.embed(TestEngines.job(hoc.toString(), 5, 77, 2, out, false, List.of("isf")),
                ProgressListener.NONE);
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());

        assertEquals(77, run.get("seed").asLong());
        assertEquals(5, run.get("samples").asInt());
        assertEquals("L5tt", run.get("cellType").asText());
        assertEquals(TestEngines.RUN_ID, run.get("runId").asText());
        assertFalse(run.get("landmarks").asBoolean());

        JsonNode morph = run.get("morphology");
        assertEquals(hoc.toString(), morph.get("location").asText());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(hoc)));
        assertEquals(sha, morph.get("sha256").asText());
        assertEquals(64, morph.get("geometrySha256").asText().length());
        assertEquals(175, morph.get("sections").asInt(), "the built-in cell has 175 sections");
        assertTrue(morph.get("warnings").isArray() && morph.get("warnings").isEmpty(), "a clean hoc has no warnings");

        JsonNode data = run.get("data");
        assertEquals("synthetic-barrel-cortex", data.get("source").asText());
        assertEquals("0.05", data.get("parameters").get("scale").asText());
        assertEquals("0.05", data.get("provenance").get("scale").asText());
        JsonNode model = run.get("connectomeModel");
        assertEquals("barrel-cortex", model.get("name").asText());
        assertEquals("fast", model.get("parameters").get("sampler").asText(), "the default is recorded too");
        assertTrue(model.get("embedding").size() > 0);
        // Timings vary between runs: they belong under "execution", not with the embedding's facts.
        model.get("embedding").fieldNames().forEachRemaining(k -> assertFalse(k.startsWith("time."), k));
        assertTrue(run.get("execution").get("embedding").has("time.precomputeMs"));
        assertTrue(model.get("embedding").has("grid.voxels"));

        assertEquals(o.representative(), run.get("representativeSample").asInt());
        assertEquals(o.representativeRule(), run.get("representativeRule").asText());
        assertTrue(o.representativeRule().startsWith("ISF"), "the barrel-cortex model chooses by ISF's rule");
        JsonNode perSample = run.get("perSample");
        assertEquals(5, perSample.size());
        for (int i = 0; i < 5; i++) {
            JsonNode s = perSample.get(i);
            assertEquals(i, s.get("sample").asInt());
            int sum = 0;
            for (JsonNode n : s.get("synapsesPerType")) {
                sum += n.asInt();
            }
            assertEquals(s.get("synapses").asInt(), sum, "sample " + i + ": per-type counts add up to the total");
            assertTrue(s.get("connectedCells").asInt() <= s.get("synapses").asInt());
        }
        JsonNode rep = perSample.get(o.representative());
        assertEquals(o.perType().stream().mapToInt(TypeCounts::synapses).sum(), rep.get("synapses").asInt());
        for (TypeCounts r : o.perType()) {
            assertEquals(r.synapses(), rep.get("synapsesPerType").get(r.type()).asInt(), r.type());
        }

        List<String> outputs = new ArrayList<>();
        run.get("outputs").forEach(n -> outputs.add(n.asText()));
        // ISF's order of writing; names from the .hoc's name minus ".hoc" (isf-spec §2.12).
        String id = TestEngines.RUN_ID;
        assertEquals(List.of("cell_synapses_" + id + ".syn", "cell_synapses_" + id + ".con",
                "NumberOfConnectedCells.csv", "cell_summary_" + id + ".csv"), outputs);
        assertEquals(2, run.get("execution").get("threads").asInt());
    }

    @Test
    void builtinMorphologyIsFingerprintedByGeometryAsItsHocCopy() throws Exception {
        Engine engine = TestEngines.full();
        Path hoc = dir.resolve("cell.hoc");
        engine.writeMorphology(engine.readMorphology(TestEngines.L5TT), hoc);
        engine.embed(TestEngines.small(2, 1, 1, dir.resolve("builtin")), ProgressListener.NONE);
        engine.embed(TestEngines.job(hoc.toString(), 2, 1, 1, dir.resolve("file"), false, List.of("isf")),
                ProgressListener.NONE);
        JsonNode builtin = JSON.readTree(dir.resolve("builtin/run.json").toFile()).get("morphology");
        JsonNode file = JSON.readTree(dir.resolve("file/run.json").toFile()).get("morphology");
        assertFalse(builtin.has("sha256"), "a built-in morphology has no file to fingerprint");
        // The built-in cell is rounded to 1 nm so that its .hoc round trip is exact.
        assertEquals(builtin.get("geometrySha256").asText(), file.get("geometrySha256").asText());
    }

    @Test
    void landmarksAreWrittenWhenAsked() throws Exception {
        Engine engine = TestEngines.full();
        Path out = dir.resolve("lm");
        EmbedJob job = new EmbedJob(TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, Map.of(), "L5tt", null, Map.of(),
                2, 1, 2, out, false, List.of("isf"), true);
        engine.embed(job, ProgressListener.NONE);
        assertTrue(JSON.readTree(out.resolve("run.json").toFile()).get("landmarks").asBoolean());
        for (String folder : List.of("total_synapses", "apical_synapses", "basal_synapses", "soma_synapses")) {
            assertTrue(Files.isDirectory(out.resolve(folder)), folder + " missing");
        }
        // One landmark file per (area, type) of the model: 24 columns × 22 types.
        try (var files = Files.list(out.resolve("total_synapses"))) {
            assertEquals(24 * 22, files.count());
        }
    }
}
