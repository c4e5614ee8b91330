package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Embedding;
import org.synmap.test.support.Sources;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.connectome.barrelcortex.BarrelCortexModel;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.CellClass;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.test.support.SharedData;

/**
 * The calibration of {@link CalibrationTest}, end to end through the real barrel-cortex model
 * (fast sampler): an L5tt cell embedded in the default synthetic model, 5 samples drawn, and
 * the mean synapses per major type, the inhibitory total, the total and those from C2 each
 * within a factor of 1.5 of ISF's example embedding of 86_C2_center.hoc (isf-spec §3.2).
 */
class EmbeddingCalibrationTest {
    private static final double FACTOR = 1.5;
    private static final int SAMPLES = 5;
    private static final long SEED = 1;
    private static AnatomicalModel model;

    @BeforeAll
    static void openModel() {
        model = Sources.generate(new SyntheticBarrelCortex(), Map.of());
    }

    @Test
    void defaultNeuronEmbedsLikeIsfsExample() throws IOException {
        assertMatchesExample(new SyntheticMorphologies().morphology("l5tt-c2"));
    }

    @Test
    void exampleCell86C2CenterEmbedsLikeIsfsExample() throws IOException {
        assertMatchesExample(new HocReader().read(SharedData.require("isf-data/morphologies/86_C2_center.hoc")));
    }

    private static void assertMatchesExample(Morphology cell) throws IOException {
        Embedding embedding = new BarrelCortexModel().prepare(
                new EmbeddingRequest(cell, model, "L5tt",
                        BarrelCortexModel.parameters(Map.of(BarrelCortexModel.SAMPLER, BarrelCortexModel.FAST)), 2),
                ProgressListener.NONE);
        Map<String, Double> byType = new LinkedHashMap<>();
        double inh = 0;
        double fromC2 = 0;
        double total = 0;
        for (int sample = 0; sample < SAMPLES; sample++) {
            Realization r = embedding.realize(SEED, sample);
            assertEquals(model.areas().size() * model.cellTypes().size(), r.blocks().size());
            for (SynapseBlock block : r.blocks()) {
                double share = (double) block.size() / SAMPLES;
                byType.merge(block.type(), share, Double::sum);
                inh += model.cellClass(block.type()) == CellClass.INH ? share : 0;
                fromC2 += block.area().equals("C2") ? share : 0;
                total += share;
            }
        }
        StringBuilder report = new StringBuilder(cell.name() + " as L5tt, mean of " + SAMPLES
                + " samples (embedded / example):");
        for (var example : CalibrationTest.example().entrySet()) {
            report.append(String.format(" %s %.0f/%d", example.getKey(), byType.get(example.getKey()), example.getValue()));
        }
        report.append(String.format(" INH %.0f/%d total %.0f/%d C2 %.0f/%d", inh, CalibrationTest.EXAMPLE_INH, total,
                CalibrationTest.EXAMPLE_TOTAL, fromC2, CalibrationTest.EXAMPLE_C2));
        System.out.println(report);
        for (var example : CalibrationTest.example().entrySet()) {
            assertWithinFactor(example.getValue(), byType.get(example.getKey()), cell.name() + " " + example.getKey());
        }
        assertWithinFactor(CalibrationTest.EXAMPLE_INH, inh, cell.name() + " INH");
        assertWithinFactor(CalibrationTest.EXAMPLE_TOTAL, total, cell.name() + " total");
        assertWithinFactor(CalibrationTest.EXAMPLE_C2, fromC2, cell.name() + " from C2");
    }

    private static void assertWithinFactor(double example, double embedded, String what) {
        assertTrue(embedded >= example / FACTOR && embedded <= example * FACTOR,
                what + ": " + Math.round(embedded) + " synapses per sample, example has " + Math.round(example));
    }
}
