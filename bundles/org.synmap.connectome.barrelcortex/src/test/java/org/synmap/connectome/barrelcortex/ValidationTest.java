package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/** Bad requests fail before any bouton lattice is loaded; partial overlap is clipped and reported. */
class ValidationTest {

    private static EmbeddingRequest request(Morphology cell, TestModel model, String postType, Map<String, String> p) {
        return new EmbeddingRequest(cell, model, postType, BarrelCortexModel.parameters(p), 1);
    }

    @Test
    void unknownPostsynapticTypeNamesTheTypeAndTheValidOnes() {
        TestModel model = SyntheticFixture.model().type("VPM", CellClass.EXC);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BarrelCortexModel()
                .prepare(request(SyntheticFixture.cell(), model, "VPM", Map.of()), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("'VPM'"), e.getMessage());
        assertTrue(e.getMessage().contains("valid types: P"), e.getMessage());
        assertEquals(0, model.latticeLoads.get());
    }

    @Test
    void unknownParameterOrSamplerIsRejected() {
        TestModel model = SyntheticFixture.model();
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> new BarrelCortexModel()
                .prepare(request(SyntheticFixture.cell(), model, "P", Map.of("seed", "1")), ProgressListener.NONE));
        assertTrue(p.getMessage().contains("'seed'"), p.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> new BarrelCortexModel()
                .prepare(request(SyntheticFixture.cell(), model, "P", Map.of("sampler", "slow")),
                        ProgressListener.NONE));
        assertTrue(s.getMessage().contains("'slow'") && s.getMessage().contains("fast"), s.getMessage());
        assertEquals(0, model.latticeLoads.get());
    }

    @Test
    void morphologyOutsideThePstLatticeIsRejected() {
        TestModel model = SyntheticFixture.model();
        Morphology far = Shapes.cell(Shapes.alongX(0, Structure.DENDRITE, -1, 20, 1, 400, 500));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BarrelCortexModel()
                .prepare(request(far, model, "P", Map.of()), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("outside the EXC normalization PST lattice"), e.getMessage());
        assertEquals(0, model.latticeLoads.get());
    }

    /**
     * The PST lattice spans x 0..300; a dendrite from x = 250 to 400 keeps 50 µm and drops 100 µm.
     * Its box touches voxel 4 ([200,250]), so the grid has voxels 4 and 5.
     */
    @Test
    void partlyOutsideMorphologyIsClippedAndReported() throws IOException {
        Morphology cell = Shapes.cell(Shapes.alongX(0, Structure.DENDRITE, -1, 20, 1, Shapes.range(250, 400, 10)));
        List<String> notes = new ArrayList<>();
        ProgressListener listener = ProgressListener.notesTo(notes::add);
        PreparedEmbedding e = (PreparedEmbedding) new BarrelCortexModel()
                .prepare(request(cell, SyntheticFixture.model(), "P", Map.of()), listener);
        assertEquals("2x1x1", e.describe().get("grid.dims"));
        assertEquals("50.000000", e.describe().get("clippedLength.total"));
        assertEquals("100.000000", e.describe().get("droppedLength"));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("100.000 of 150.000 µm"), notes.get(0));
        // Only the points inside the grid are candidates: x = 250 (both voxels) and 260..300.
        CandidateMap map = e.data().candidates();
        assertEquals(1, map.count(0));
        assertEquals(6, map.count(1));
    }

    @Test
    void aLatticeThatFailsToLoadFailsThePreparation() {
        BoutonLattice broken = new BoutonLattice() {
            @Override
            public String name() {
                return "broken.am";
            }

            @Override
            public Lattice load() throws IOException {
                throw new IOException("broken.am: line 7: expected a number");
            }
        };
        TestModel model = SyntheticFixture.model().handles("B", "I", 10, List.of(broken));
        IOException e = assertThrows(IOException.class, () -> new BarrelCortexModel()
                .prepare(new EmbeddingRequest(SyntheticFixture.cell(), model, "P", BarrelCortexModel.parameters(Map.of()), 2), ProgressListener.NONE));
        assertEquals("broken.am: line 7: expected a number", e.getMessage());
    }

    @Test
    void negativeBoutonValuesAreRejectedNamingTheLattice() {
        TestModel model = SyntheticFixture.model().population("B", "I", 10,
                Shapes.constant(new int[] {6, 2, 2}, new double[] {0, 0, 0}, -0.5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BarrelCortexModel()
                .prepare(request(SyntheticFixture.cell(), model, "P", Map.of()), ProgressListener.NONE));
        // A lattice's name is unique only within its (area, type), so the message names both.
        assertTrue(e.getMessage().startsWith("bouton lattice B/I/B_I_0.am gives synapse density -"), e.getMessage());
    }

    @Test
    void describeReportsGridDensitiesAndLengths() throws IOException {
        Map<String, String> d = SyntheticFixture.embedding().describe();
        assertEquals("fast", d.get("sampler"));
        assertEquals("6x1x1", d.get("grid.dims"));
        assertEquals("6", d.get("grid.voxels"));
        assertEquals("8", d.get("densities.lattices"));
        assertEquals("6", d.get("densities.nonNone"));
        assertEquals("2", d.get("densities.none"));
        assertEquals("1", d.get("densities.allZeroLattices"));
        assertEquals("20.000000", d.get("clippedLength.Soma"));
        assertEquals("110.000000", d.get("clippedLength.Dendrite"));
        assertEquals("120.000000", d.get("clippedLength.ApicalDendrite"));
        assertEquals("250.000000", d.get("clippedLength.total"));
        assertEquals("78", d.get("presynapticCells"));
        assertTrue(d.containsKey("time.precomputeMs"));
    }
}
