package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.test.support.Sources;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
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
 * ISF's golden dataset (3 columns × 22 types × 2 bouton lattices, 86_C2_center.hoc as L5tt):
 * the precomputed expectations equal the exact expectations the golden harness derived from
 * ISF's own densities ({@code expected} in isf-run.json, rounded to 3 decimals), and the fast
 * sampler's means over 200 samples agree with them within 5 standard errors.
 */
class GoldenDatasetTest {
    /** isf-run.json rounds expectations to 3 decimals. */
    private static final double ROUNDING = 5e-4 + 1e-9;
    private static final int SAMPLES = 200;
    private static PreparedEmbedding embedding;
    private static JsonNode expected;

    /**
     * Before each test rather than all, so that without the shared data surefire counts each test
     * as skipped (not the class as no tests); the preparation itself runs once.
     */
    @BeforeEach
    void prepare() throws IOException {
        Path golden = SharedData.require("isf-golden");
        Path hoc = SharedData.require("isf-data/morphologies/86_C2_center.hoc");
        if (expected != null) {
            return;
        }
        Morphology cell = new HocReader().read(hoc);
        AnatomicalModel model = Sources.open(new IsfFolderSource(new AmiraMeshReader()), golden.resolve("dataset"), Map.of());
        embedding = (PreparedEmbedding) new BarrelCortexModel()
                .prepare(new EmbeddingRequest(cell, model, "L5tt", BarrelCortexModel.parameters(Map.of()), 2), ProgressListener.NONE);
        ObjectMapper json = new ObjectMapper();
        List<Path> files = SharedData.goldenRuns().stream().map(r -> r.resolve("isf-run.json")).toList();
        assertTrue(!files.isEmpty());
        JsonNode first = json.readTree(files.get(0).toFile()).get("expected");
        for (Path f : files) {
            JsonNode e = json.readTree(f.toFile()).get("expected");
            assertEquals(first.get("synapses_per_type"), e.get("synapses_per_type"), f.toString());
        }
        expected = first;
    }

    @Test
    void gridAndDensitiesAreThoseOfIsf() {
        Map<String, String> d = embedding.describe();
        assertEquals("14x12x25", d.get("grid.dims"));
        assertEquals("132", d.get("densities.lattices"));
        assertEquals("132", d.get("densities.nonNone"));
        assertEquals("15290.386236", d.get("clippedLength.total"));
        assertEquals("7181", d.get("presynapticCells"));
    }

    @Test
    void expectedSynapsesPerTypeAndColumnMatchIsfsExactExpectation() {
        Map<String, Double> perType = sum(Population::type, Population::expectedSynapses);
        Map<String, Double> perColumn = sum(Population::area, Population::expectedSynapses);
        assertMatches(expected.get("synapses_per_type"), perType);
        assertMatches(expected.get("synapses_per_column"), perColumn);
        double total = perType.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(expected.get("synapses_total").asDouble(), total, ROUNDING);
    }

    @Test
    void expectedConnectedCellsPerTypeMatchIsfsExactExpectation() {
        Map<String, Double> perType = sum(Population::type, Population::expectedConnectedCells);
        assertMatches(expected.get("connected_cells_per_type"), perType);
        double total = perType.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(expected.get("connected_cells_total").asDouble(), total, ROUNDING);
    }

    @Test
    void sampleMeansAgreeWithIsfsExpectationWithinPoissonBounds() {
        List<Population> pops = embedding.data().populations();
        Map<String, double[]> observed = new TreeMap<>();
        for (int s = 0; s < SAMPLES; s++) {
            Realization r = embedding.realize(7, s);
            for (int p = 0; p < pops.size(); p++) {
                SynapseBlock b = r.blocks().get(p);
                double[] o = observed.computeIfAbsent(b.type(), k -> new double[2]);
                o[0] += (double) b.size() / SAMPLES;
                o[1] += (double) b.connectedCells() / SAMPLES;
            }
        }
        Map<String, Double> synapseVar = sum(Population::type, GoldenDatasetTest::synapseVariance);
        Map<String, Double> connectedVar = sum(Population::type, GoldenDatasetTest::connectedVariance);
        for (Map.Entry<String, double[]> e : observed.entrySet()) {
            String type = e.getKey();
            double synapses = expected.get("synapses_per_type").get(type).asDouble();
            double connected = expected.get("connected_cells_per_type").get(type).asDouble();
            double synapseBound = 5 * Math.sqrt(synapseVar.get(type) / SAMPLES) + ROUNDING;
            double connectedBound = 5 * Math.sqrt(connectedVar.get(type) / SAMPLES) + ROUNDING;
            assertEquals(synapses, e.getValue()[0], synapseBound, type + " synapses");
            assertEquals(connected, e.getValue()[1], connectedBound, type + " connected cells");
        }
    }

    /** Var of a population's synapse count: N·(E[Λ] + Var[Λ]) over its nD densities. */
    private static double synapseVariance(Population p) {
        int nD = p.densities().size();
        double m1 = 0;
        double m2 = 0;
        for (SparseDensity d : p.densities()) {
            m1 += d.total() / nD;
            m2 += d.total() * d.total() / nD;
        }
        return nD == 0 ? 0 : p.cellCount() * (m1 + m2 - m1 * m1);
    }

    /** Var of a population's connected cells: N·q·(1−q), cells being independent. */
    private static double connectedVariance(Population p) {
        double q = p.cellCount() == 0 ? 0 : p.expectedConnectedCells() / p.cellCount();
        return p.cellCount() * q * (1 - q);
    }

    private static Map<String, Double> sum(Function<Population, String> key, Function<Population, Double> value) {
        Map<String, Double> out = new TreeMap<>();
        for (Population p : embedding.data().populations()) {
            out.merge(key.apply(p), value.apply(p), Double::sum);
        }
        return out;
    }

    private static void assertMatches(JsonNode expectedValues, Map<String, Double> actual) {
        assertEquals(expectedValues.size(), actual.size());
        expectedValues.fields().forEachRemaining(e -> {
            double want = e.getValue().asDouble();
            assertEquals(want, actual.get(e.getKey()), ROUNDING + 1e-9 * want, e.getKey());
        });
    }
}
