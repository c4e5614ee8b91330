package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.plugin.api.Parameters;

/**
 * The example model on a hand-made cell: a soma, a 100 µm basal dendrite along x and a 300 µm
 * apical dendrite along z, so that where synapses must lie can be worked out by hand.
 */
class UniformSynapsesModelTest {
    private static final Morphology CELL = new Morphology("test-cell.swc", List.of(
            new Section(0, "soma", Structure.SOMA, -1, Double.NaN, new double[] {0, 0, 0, 0, 0, 10}, new double[] {10, 10}),
            new Section(1, "dend", Structure.DENDRITE, 0, 0.5, new double[] {0, 0, 0, 50, 0, 0, 100, 0, 0},
                    new double[] {2, 2, 2}),
            new Section(2, "apic", Structure.APICAL_DENDRITE, 0, 1.0, new double[] {0, 0, 10, 0, 0, 310},
                    new double[] {3, 3})));

    private static Embedding prepare(Map<String, String> parameters) {
        UniformSynapsesModel model = new UniformSynapsesModel();
        // the engine does this conversion before calling a plugin; tests do it themselves
        Parameters p = Parameters.parse(UniformSynapsesModel.NAME, model.parameters(), parameters);
        return model.prepare(new EmbeddingRequest(CELL, null, "AnyType", p, 1), ProgressListener.NONE);
    }

    @Test
    void placesTheGivenNumberOfSynapsesOnDendritesOnly() {
        Realization r = prepare(Map.of("synapses", "4000")).realize(1, 0);
        assertEquals(4000, r.synapseCount());
        for (Synapse s : r.blocks().get(0).synapses()) {
            assertTrue(s.sectionId() == 1 || s.sectionId() == 2, "not on the soma: " + s);
            assertTrue(s.x() >= 0 && s.x() <= 1, "x in [0,1]: " + s);
        }
    }

    /** Uniform by length: 3/4 of the dendritic length is apical; binomial sd is 0.7 %, the bound 4 sd. */
    @Test
    void uniformByLength() {
        Realization r = prepare(Map.of("synapses", "4000")).realize(2, 0);
        long apical = r.blocks().get(0).synapses().stream().filter(s -> s.structure() == Structure.APICAL_DENDRITE)
                .count();
        assertEquals(0.75, apical / 4000.0, 0.028);
        long firstHalfOfBasal = r.blocks().get(0).synapses().stream().filter(s -> s.sectionId() == 1 && s.x() < 0.5)
                .count();
        long basal = 4000 - apical;
        assertEquals(0.5, firstHalfOfBasal / (double) basal, 0.065);
    }

    /** The point lies where x says: x·100 µm along the basal dendrite, 10 + x·300 µm up the apical one. */
    @Test
    void coordinatesAgreeWithX() {
        for (Synapse s : prepare(Map.of()).realize(3, 0).blocks().get(0).synapses()) {
            if (s.sectionId() == 1) {
                assertEquals(100 * s.x(), s.px(), 1e-9);
                assertEquals(0, s.pz(), 0);
            } else {
                assertEquals(10 + 300 * s.x(), s.pz(), 1e-9);
                assertEquals(0, s.px(), 0);
            }
        }
    }

    @Test
    void presynapticCellsAreInThePopulationAndRanksNumberThemInOrder() {
        Embedding e = prepare(Map.of("synapses", "500", "cells", "7"));
        assertEquals(7, e.populations().get(0).cells());
        SynapseBlock block = e.realize(4, 0).blocks().get(0);
        int lastCell = -1;
        for (Synapse s : block.synapses()) {
            assertTrue(s.presynapticCell() >= 0 && s.presynapticCell() < 7, s.toString());
            assertTrue(s.presynapticCell() >= lastCell, "listed by presynaptic cell");
            lastCell = s.presynapticCell();
        }
        assertEquals(7, block.connectedCells(), "500 synapses from 7 cells reach all of them");
    }

    /** Same seed, same realization, whatever other samples were drawn before; other seeds differ. */
    @Test
    void deterministicPerSeedAndSample() {
        Embedding a = prepare(Map.of());
        Embedding b = prepare(Map.of());
        b.realize(9, 0);
        assertEquals(a.realize(5, 3), b.realize(5, 3));
        assertNotEquals(a.realize(5, 3), a.realize(6, 3));
        assertNotEquals(a.realize(5, 3), a.realize(5, 4));
        assertNotEquals(UniformSynapses.streamSeed(7, 1), UniformSynapses.streamSeed(8, 0));
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> prepare(Map.of("synapses", "-1")));
        assertTrue(e.getMessage().contains("'synapses'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> prepare(Map.of("synapses", "many")),
                "the engine's conversion names the parameter and the expected type");
        Morphology somaOnly = new Morphology("soma-only.swc", List.of(CELL.section(0)));
        UniformSynapsesModel model = new UniformSynapsesModel();
        e = assertThrows(IllegalArgumentException.class, () -> model.prepare(new EmbeddingRequest(somaOnly, null, "X",
                Parameters.parse(UniformSynapsesModel.NAME, model.parameters(), Map.of()), 1), ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("soma-only.swc has no dendrites"), e.getMessage());
    }
}
