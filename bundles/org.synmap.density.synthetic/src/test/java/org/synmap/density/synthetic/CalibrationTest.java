package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.test.support.Sources;
import org.synmap.density.api.CellClass;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.test.support.SharedData;

/**
 * Embedding an L5tt cell in C2 of the default synthetic model gives synapse counts of the same
 * magnitude as ISF's example embedding of 86_C2_center.hoc (isf-spec §3.2): every major type
 * and the inhibitory total within a factor of 1.5, for that real cell and for the default
 * synthetic neuron. Counts are expected values (no sampling), see {@link ExpectedSynapses}.
 */
class CalibrationTest {
    private static final double FACTOR = 1.5;
    private static AnatomicalModel model;

    /** Synapses per major type in ISF's example embedding (isf-spec §3.2). */
    static Map<String, Integer> example() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("L2", 3_937);
        m.put("L34", 6_339);
        m.put("L4py", 967);
        m.put("L4sp", 1_014);
        m.put("L4ss", 1_793);
        m.put("L5st", 3_509);
        m.put("L5tt", 807);
        m.put("L6cc", 1_868);
        m.put("L6ccinv", 1_032);
        m.put("L6ct", 927);
        m.put("VPM", 357);
        return m;
    }

    static final int EXAMPLE_INH = 2_230;
    static final int EXAMPLE_TOTAL = 24_780;
    static final int EXAMPLE_C2 = 10_673;

    @BeforeAll
    static void openModel() throws java.io.IOException {
        model = Sources.generate(new SyntheticBarrelCortex(), Map.of());
    }

    @Test
    void exampleCell86C2CenterMatchesIsfsExampleEmbedding() throws Exception {
        Morphology cell = new HocReader().read(SharedData.require("isf-data/morphologies/86_C2_center.hoc"));
        assertMatchesExample(new ExpectedSynapses(model, cell, "L5tt"), cell.name());
    }

    @Test
    void defaultNeuronMatchesIsfsExampleEmbedding() throws Exception {
        Morphology cell = new SyntheticMorphologies().morphology("l5tt-c2");
        assertMatchesExample(new ExpectedSynapses(model, cell, "L5tt"), cell.name());
    }

    /** The estimator's length and area per voxel add up to the cell's (isf-spec §1.6, §3.1). */
    @Test
    void estimatorCountsAllOf86C2CentersLengthAndArea() throws Exception {
        Morphology cell = new HocReader().read(SharedData.require("isf-data/morphologies/86_C2_center.hoc"));
        CellTargets t = new CellTargets(cell, model.normalizationPst(CellClass.EXC));
        double length = t.totalLength(Structure.SOMA) + t.totalLength(Structure.DENDRITE)
                + t.totalLength(Structure.APICAL_DENDRITE);
        assertEquals(15_290.386236, length, 1e-3);
        assertEquals(2_195.55, t.totalArea(Structure.SOMA), 0.01);
        assertEquals(22_836.43, t.totalArea(Structure.DENDRITE), 0.01);
        assertEquals(33_712.97, t.totalArea(Structure.APICAL_DENDRITE), 0.01);
        // A 50 µm lattice aligned to multiples of 50 µm gives ISF's 14 x 12 x 25 grid (isf-spec §1.5).
        assertEquals(4_200, t.grid.size());
    }

    private static void assertMatchesExample(ExpectedSynapses e, String cell) {
        StringBuilder report = new StringBuilder(cell + " as L5tt in the default synthetic model (expected / example):");
        for (var x : example().entrySet()) {
            report.append(String.format(" %s %.0f/%d", x.getKey(), e.total(x.getKey()), x.getValue()));
        }
        double inh = e.total(model, CellClass.INH);
        double c2 = e.byArea.get("C2");
        report.append(String.format(" INH %.0f/%d total %.0f/%d C2 %.0f/%d", inh, EXAMPLE_INH, e.total(), EXAMPLE_TOTAL,
                c2, EXAMPLE_C2));
        System.out.println(report);
        for (var x : example().entrySet()) {
            assertWithinFactor(x.getValue(), e.total(x.getKey()), cell + " " + x.getKey());
        }
        assertWithinFactor(EXAMPLE_INH, inh, cell + " INH");
        assertWithinFactor(EXAMPLE_TOTAL, e.total(), cell + " total");
        assertWithinFactor(EXAMPLE_C2, c2, cell + " from C2");
        // No excitatory synapse can land on the soma (isf-spec §1.7).
        for (String t : example().keySet()) {
            assertEquals(0.0, e.byType.get(t).getOrDefault(Structure.SOMA, 0.0), t);
        }
    }

    private static void assertWithinFactor(double example, double expected, String what) {
        assertTrue(expected >= example / FACTOR && expected <= example * FACTOR,
                what + ": " + Math.round(expected) + " expected synapses, example has " + Math.round(example));
    }
}
