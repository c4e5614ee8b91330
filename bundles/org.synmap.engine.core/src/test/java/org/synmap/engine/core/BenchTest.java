package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.BenchReport;
import org.synmap.engine.api.SynmapException;

/** The benchmark runs the real pipeline; its figures are checked for consistency, not speed. */
class BenchTest {

    @TempDir
    Path dir;

    private static BenchJob bench(String data, Map<String, String> parameters, String cellType, int samples,
            int repeats) {
        return new BenchJob(data, parameters, TestEngines.L5TT, cellType, null, Map.of(), samples, repeats, 2, 1);
    }

    @Test
    void measuresEveryPhaseOfEveryRepeatAndCleansUp() throws Exception {
        long before = benchFolders();
        BenchReport r = TestEngines.full().benchmark(bench(TestEngines.SYNTHETIC, TestEngines.SMALL, "L5tt", 4, 2),
                ProgressListener.NONE);
        assertEquals(before, benchFolders(), "the whole job's outputs are deleted");
        assertEquals("synthetic-barrel-cortex seed=1 scale=0.05 densities=3 spacing=50.0", r.data());
        assertEquals(4, r.samples());
        assertEquals(2, r.threads());
        assertEquals(2, r.repeats().size());
        for (BenchReport.Repeat rep : r.repeats()) {
            assertTrue(rep.openSeconds() > 0 && rep.prepareSeconds() > 0 && rep.jobSeconds() > 0, rep.toString());
            assertTrue(rep.sampleMinMillis() > 0 && rep.sampleMinMillis() <= rep.sampleMedianMillis()
                    && rep.sampleMedianMillis() <= rep.sampleMaxMillis(), rep.toString());
            assertTrue(rep.retainedHeapBytes() > 0 && rep.peakHeapBytes() >= rep.retainedHeapBytes(), rep.toString());
        }
        assertTrue(r.meanSynapses() > 100 && r.meanConnectedCells() > 0 && r.meanConnectedCells() <= r.meanSynapses());
        assertTrue(r.format().contains("load + precompute (open + prepare)"), r.format());
    }

    @Test
    void benchmarksAnIsfFolder() throws Exception {
        Engine engine = TestEngines.full();
        Path folder = dir.resolve("isf");
        // A coarse thinned model keeps the exported AmiraMesh text small.
        engine.exportModel(engine.openModel(TestEngines.SYNTHETIC,
                Map.of("scale", "0.05", "densities", "1", "spacing", "200")), "isf", folder);
        BenchReport r = engine.benchmark(bench(folder.toString(), Map.of(), "L5tt", 2, 1), ProgressListener.NONE);
        assertTrue(r.data().contains(folder.toString()), r.data());
        assertEquals(1, r.repeats().size());
        assertTrue(r.meanSynapses() > 0);
    }

    @Test
    void badInputFailsBeforeTiming() {
        SynmapException e = assertThrows(SynmapException.class, () -> TestEngines.full()
                .benchmark(bench(TestEngines.SYNTHETIC, TestEngines.SMALL, "VPM", 2, 1), ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("barrel-cortex: unknown postsynaptic cell type 'VPM'"), e.getMessage());
    }

    private static long benchFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("synmap-bench-")).count();
        }
    }
}
