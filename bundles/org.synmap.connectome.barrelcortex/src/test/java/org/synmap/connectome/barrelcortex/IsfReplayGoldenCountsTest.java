package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.test.support.Sources;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.isf.IsfFolderSource;
import org.synmap.lattice.amira.AmiraMeshReader;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.test.support.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The replay sampler against ISF's golden runs (isf-golden, 86_C2_center.hoc as L5tt): every
 * sample's synapse counts per type, column, structure and (type, column), and its connected
 * cells per type and column, equal ISF's per-sample record in {@code isf-run.json}. Files are
 * compared byte for byte by the engine's golden tests; these counts locate the first sample
 * where a replay diverges.
 */
class IsfReplayGoldenCountsTest {
    private static Path golden;
    private static PreparedEmbedding embedding;

    /**
     * Before each test rather than all, so that without the shared data surefire counts each test
     * as skipped (not the class as no tests); the preparation itself runs once.
     */
    @BeforeEach
    void prepare() throws IOException {
        golden = SharedData.require("isf-golden");
        Path hoc = SharedData.require("isf-data/morphologies/86_C2_center.hoc");
        if (embedding != null) {
            return;
        }
        Morphology cell = new HocReader().read(hoc);
        AnatomicalModel model = Sources.open(new IsfFolderSource(new AmiraMeshReader()), golden.resolve("dataset"), Map.of());
        embedding = (PreparedEmbedding) new BarrelCortexModel().prepare(new EmbeddingRequest(cell, model, "L5tt", BarrelCortexModel.parameters(Map.of(BarrelCortexModel.SAMPLER, IsfReplaySampler.NAME)), 2), ProgressListener.NONE);
    }

    @Test
    void sampleZeroOfSeedSevenHasIsfsCounts() throws IOException {
        JsonNode run = readRun(golden.resolve("runs/seed7-samples1/isf-run.json"));
        assertEquals(7, run.get("numpy_seed").asLong());
        assertCounts(run.get("samples").get(0), embedding.realize(7, 0), "seed 7 sample 0");
        // The record's own totals, as literals, so that a changed record cannot pass silently.
        assertEquals(981, embedding.realize(7, 0).synapseCount());
        assertEquals(897, embedding.realize(7, 0).connectedCells());
    }

    @Test
    void everySampleOfEveryGoldenRunHasIsfsCounts() throws IOException {
        List<Path> runs = SharedData.goldenRuns().stream().map(r -> r.resolve("isf-run.json")).toList();
        assertFalse(runs.isEmpty(), "no golden runs under " + golden.resolve("runs"));
        for (Path file : runs) {
            JsonNode run = readRun(file);
            long seed = run.get("numpy_seed").asLong();
            JsonNode samples = run.get("samples");
            assertEquals(run.get("nr_of_samples").asInt(), samples.size(), file.toString());
            for (int s = 0; s < samples.size(); s++) {
                assertCounts(samples.get(s), embedding.realize(seed, s), file.getParent().getFileName() + " sample " + s);
            }
        }
    }

    private static JsonNode readRun(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** Compares every count of ISF's per-sample record with the realization's. */
    private static void assertCounts(JsonNode isf, Realization r, String what) {
        Map<String, Integer> perType = new TreeMap<>();
        Map<String, Integer> perColumn = new TreeMap<>();
        Map<String, Integer> perStructure = new TreeMap<>();
        Map<String, Map<String, Integer>> perTypeColumn = new TreeMap<>();
        Map<String, Integer> connectedPerType = new TreeMap<>();
        Map<String, Integer> connectedPerColumn = new TreeMap<>();
        for (SynapseBlock b : r.blocks()) {
            if (b.size() == 0) {
                continue;
            }
            perType.merge(b.type(), b.size(), Integer::sum);
            perColumn.merge(b.area(), b.size(), Integer::sum);
            perTypeColumn.computeIfAbsent(b.type(), t -> new TreeMap<>()).put(b.area(), b.size());
            connectedPerType.merge(b.type(), b.connectedCells(), Integer::sum);
            connectedPerColumn.merge(b.area(), b.connectedCells(), Integer::sum);
            for (Synapse s : b.synapses()) {
                perStructure.merge(s.structure().label(), 1, Integer::sum);
            }
        }
        assertEquals(isf.get("total_synapses").asInt(), r.synapseCount(), what + " synapses");
        assertEquals(isf.get("connected_cells_total").asInt(), r.connectedCells(), what + " connected cells");
        assertEquals(ints(isf.get("synapses_per_type")), perType, what + " synapses per type");
        assertEquals(ints(isf.get("synapses_per_column")), perColumn, what + " synapses per column");
        assertEquals(ints(isf.get("synapses_per_structure")), perStructure, what + " synapses per structure");
        Map<String, Map<String, Integer>> isfTypeColumn = new TreeMap<>();
        isf.get("synapses_per_type_column").fields()
                .forEachRemaining(e -> isfTypeColumn.put(e.getKey(), ints(e.getValue())));
        assertEquals(isfTypeColumn, perTypeColumn, what + " synapses per type and column");
        assertEquals(ints(isf.get("connected_cells_per_type")), connectedPerType, what + " connected cells per type");
        assertEquals(ints(isf.get("connected_cells_per_column")), connectedPerColumn,
                what + " connected cells per column");
    }

    /** A JSON object of counts, without zero entries (ISF's record omits them; check it does). */
    private static Map<String, Integer> ints(JsonNode object) {
        Map<String, Integer> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> {
            if (e.getValue().asInt() != 0) {
                out.put(e.getKey(), e.getValue().asInt());
            }
        });
        return out;
    }
}
