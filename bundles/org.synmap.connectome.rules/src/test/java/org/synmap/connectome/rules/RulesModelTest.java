package org.synmap.connectome.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.plugin.api.Parameters;

class RulesModelTest {
    @TempDir
    Path tmp;

    /**
     * A 10 µm soma along x from 0 to 10; a 400 µm basal dendrite from soma(1) along x, in two
     * traced segments; a 900 µm apical dendrite from soma(1) along z.
     */
    static Morphology cell() {
        return new Morphology("cell.hoc", List.of(
                new Section(0, "soma", Structure.SOMA, -1, Double.NaN, new double[] {0, 0, 0, 10, 0, 0},
                        new double[] {10, 10}),
                new Section(1, "dend", Structure.DENDRITE, 0, 1.0,
                        new double[] {10, 0, 0, 110, 0, 0, 410, 0, 0}, new double[] {2, 2, 2}),
                new Section(2, "apic", Structure.APICAL_DENDRITE, 0, 1.0, new double[] {10, 0, 0, 10, 0, 900},
                        new double[] {2, 2})));
    }

    private Path rules(String populations) throws IOException {
        return Files.writeString(tmp.resolve("rules.json"),
                "{\"postsynapticTypes\": [\"Pyramid\"], \"populations\": [" + populations + "]}");
    }

    private static Embedding prepare(Path rules) throws IOException {
        return new RulesModel().prepare(new EmbeddingRequest(cell(), rules, "Pyramid", Parameters.none("rules"), 1),
                ProgressListener.NONE);
    }

    @Test
    void expectedCountIsDensityTimesLength() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"Basal\", \"cells\": 1000, \"excitatory\": true,"
                + " \"synapsesPerUm\": {\"Dendrite\": 0.5}, \"synapsesPerConnection\": 2}"));
        assertEquals("400.000000", e.describe().get("Basal.eligibleLengthUm"));
        assertEquals("200.000000", e.describe().get("Basal.expectedSynapses"));
    }

    /** The dendrite starts 5 µm from soma(0.5); [100, 300] µm keeps x in [0.2375, 0.7375]: 200 µm. */
    @Test
    void aWindowCutsASection() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"Mid\", \"cells\": 1000, \"excitatory\": true,"
                + " \"synapsesPerUm\": {\"Dendrite\": 0.25}, \"pathDistanceUm\": [100, 300],"
                + " \"synapsesPerConnection\": 1}"));
        assertEquals("200.000000", e.describe().get("Mid.eligibleLengthUm"));
        assertEquals("50.000000", e.describe().get("Mid.expectedSynapses"));
        for (int i = 0; i < 20; i++) {
            for (Synapse s : e.realize(3, i).blocks().get(0).synapses()) {
                double d = 5 + s.x() * 400;
                assertTrue(d >= 100 - 1e-9 && d <= 300 + 1e-9, "distance " + d);
                assertEquals(Structure.DENDRITE, s.structure());
            }
        }
    }

    /** On the soma the distance is |x − 0.5|·L: [0, 2] µm of a 10 µm soma is x in [0.3, 0.7]. */
    @Test
    void onTheSomaDistanceRunsFromItsMidpoint() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"S\", \"cells\": 10000, \"excitatory\": false,"
                + " \"synapsesPerUm\": {\"Soma\": 10}, \"pathDistanceUm\": [0, 2], \"synapsesPerConnection\": 1}"));
        assertEquals("4.000000", e.describe().get("S.eligibleLengthUm"));
        for (Synapse s : e.realize(1, 0).blocks().get(0).synapses()) {
            assertTrue(s.x() >= 0.3 - 1e-12 && s.x() <= 0.7 + 1e-12, "x " + s.x());
        }
    }

    @Test
    void meansMatchTheExactExpectation() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"Basal\", \"cells\": 100000, \"excitatory\": true,"
                + " \"synapsesPerUm\": {\"Dendrite\": 0.5, \"ApicalDendrite\": 0.1}, \"synapsesPerConnection\": 3}"));
        double expected = 0.5 * 400 + 0.1 * 900;
        int samples = 400;
        double synapses = 0;
        double connections = 0;
        for (int i = 0; i < samples; i++) {
            SynapseBlock b = e.realize(11, i).blocks().get(0);
            synapses += b.size();
            connections += b.connectedCells();
        }
        double mean = synapses / samples;
        // Poisson: SD of the mean is sqrt(expected / samples)
        assertEquals(expected, mean, 4 * Math.sqrt(expected / samples), "synapses per sample");
        // connections of 1 + Poisson(2): mean size 3 (the last of a sample is cut short, a bias below 1/n)
        assertEquals(3.0, synapses / connections, 0.1, "synapses per connection");
    }

    @Test
    void synapsesLieOnTheirTracedStructureWithOneCellPerConnection() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"A\", \"cells\": 500, \"excitatory\": true,"
                + " \"synapsesPerUm\": {\"ApicalDendrite\": 0.2, \"Dendrite\": 0.1}, \"synapsesPerConnection\": 2.5}"));
        Morphology cell = cell();
        for (int i = 0; i < 10; i++) {
            SynapseBlock b = e.realize(5, i).blocks().get(0);
            Set<Integer> cells = new HashSet<>();
            int lastRank = -1;
            for (Synapse s : b.synapses()) {
                Section sec = cell.section(s.sectionId());
                assertEquals(sec.structure(), s.structure());
                assertTrue(s.x() >= 0 && s.x() <= 1);
                assertTrue(s.presynapticCell() >= 0 && s.presynapticCell() < 500);
                if (s.cellRank() != lastRank) {
                    assertTrue(cells.add(s.presynapticCell()), "a cell makes one connection");
                    lastRank = s.cellRank();
                }
                // the 3D point lies on the traced polyline at x by arc length
                if (sec.structure() == Structure.APICAL_DENDRITE) {
                    assertEquals(10, s.px(), 1e-9);
                    assertEquals(900 * s.x(), s.pz(), 1e-9);
                } else {
                    assertEquals(10 + 400 * s.x(), s.px(), 1e-9);
                    assertEquals(0, s.pz(), 1e-9);
                }
            }
            assertEquals(cells.size(), b.connectedCells());
        }
    }

    @Test
    void samplesAreAPureFunctionOfSeedAndIndex() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"A\", \"cells\": 500, \"excitatory\": true,"
                + " \"synapsesPerUm\": {\"Dendrite\": 0.2}, \"synapsesPerConnection\": 2}"));
        Realization late = e.realize(9, 4);
        e.realize(9, 0);
        e.realize(8, 4);
        assertEquals(late, prepare(tmp.resolve("rules.json")).realize(9, 4));
        assertNotEquals(late, e.realize(9, 5));
    }

    @Test
    void moreConnectionsThanCellsNamesThePopulation() throws IOException {
        Embedding e = prepare(rules("{\"name\": \"Few\", \"cells\": 3, \"excitatory\": true,"
                + " \"synapsesPerUm\": {\"Dendrite\": 1}, \"synapsesPerConnection\": 1}"));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> e.realize(1, 0));
        assertTrue(x.getMessage().startsWith("population Few needs "), x.getMessage());
    }

    @Test
    void anUnknownCellTypeIsRefusedWithTheValidOnes() throws IOException {
        Path file = rules("{\"name\": \"A\", \"cells\": 5, \"excitatory\": true, \"synapsesPerUm\": {\"Soma\": 1},"
                + " \"synapsesPerConnection\": 1}");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new RulesModel().prepare(
                new EmbeddingRequest(cell(), file, "L5tt", Parameters.none("rules"), 1), ProgressListener.NONE));
        assertEquals("unknown postsynaptic cell type 'L5tt' for " + file + "; valid types: Pyramid", x.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"synapsesPerUm\": {\"Soma\": -1} | populations[0].synapsesPerUm.Soma: expected a number ≥ 0",
        "\"synapsesPerUm\": {\"Axon\": 1} | populations[0].synapsesPerUm.Axon: unknown structure; expected Soma,"
                + " Dendrite or ApicalDendrite",
        "\"synapsesPerUm\": {\"Soma\": 1}, \"colour\": 3 | populations[0].colour: unknown key; expected one of cells,"
                + " excitatory, name, pathDistanceUm, synapsesPerConnection, synapsesPerUm",
        "\"synapsesPerUm\": {\"Soma\": 1}, \"pathDistanceUm\": [5, 2] | populations[0].pathDistanceUm: expected from"
                + " < to, found [5.0, 2.0]",
    })
    void malformedRulesNameTheFileAndTheJsonPath(String fields, String message) throws IOException {
        Path file = rules("{\"name\": \"A\", \"cells\": 5, \"excitatory\": true, \"synapsesPerConnection\": 1, "
                + fields + "}");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> prepare(file));
        assertEquals(file + ": " + message, x.getMessage());
    }

    @Test
    void brokenJsonNamesItsLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("broken.json"), "{\"postsynapticTypes\": [\"P\"],\n\"populations\": [\n{,}]}");
        InputFormatException x = assertThrows(InputFormatException.class, () -> prepare(file));
        assertEquals(3, x.line());
        assertTrue(x.getMessage().startsWith(file + ":3: malformed JSON"), x.getMessage());
    }

    @Test
    void missingCellsAreNamed() throws IOException {
        Path file = rules("{\"name\": \"A\", \"excitatory\": true, \"synapsesPerUm\": {\"Soma\": 1},"
                + " \"synapsesPerConnection\": 1}");
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> prepare(file));
        assertEquals(file + ": populations[0].cells: expected a whole number ≥ 1", x.getMessage());
    }
}
