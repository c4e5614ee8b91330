package org.synmap.connectome.barrelcortex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;

/** The benchmark's model has the real model's size; a tiny benchmark run completes. */
class SyntheticBarrelFieldTest {

    @Test
    void modelHasTheRealCellNumbersAndLatticeSizes() throws Exception {
        Morphology neuron = GeneratedNeuron.generate(0, 0, 0, 1);
        SyntheticBarrelField model = new SyntheticBarrelField(neuron.bounds(), 3);
        assertEquals(24, model.areas().size());
        assertEquals(22, model.cellTypes().size());
        assertEquals(536_162, model.totalCells());
        long l5tt = 0;
        for (String area : model.areas()) {
            l5tt += model.cellCount(area, "L5tt");
        }
        assertEquals(27_630, l5tt);
        assertEquals(CellClass.EXC, model.cellClass("VPM"));
        assertEquals(CellClass.INH, model.cellClass("SymLocal1"));
        Lattice blob = model.boutonLattices("C2", "L5tt").get(0).load();
        assertEquals(30 * 30 * 40, blob.size());
        assertTrue(neuron.totalLength() > 14_000 && neuron.totalLength() < 17_000, "length " + neuron.totalLength());
    }

    @Test
    void aTinyRunReportsEveryFigure() throws Exception {
        BenchmarkReport r = BarrelCortexBenchmark.run(null, 1, 2, 3, 1, null);
        assertEquals(3, r.sampleMs().length);
        assertEquals(1, r.batchMs().length);
        assertTrue(r.meanSynapses() > 1000, "synapses " + r.meanSynapses());
        assertTrue(r.format().contains("536162 presynaptic cells"), r.format());
    }
}
