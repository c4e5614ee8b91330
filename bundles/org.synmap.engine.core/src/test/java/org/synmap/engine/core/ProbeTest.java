package org.synmap.engine.core;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedOutcome;

class ProbeTest {
    @Test
    void probe(@TempDir Path dir) throws Exception {
        Engine e = TestEngines.full();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            EmbedOutcome o = e.embed(new org.synmap.engine.api.EmbedJob("synthetic-barrel-cortex", java.util.Map.of(), "builtin:l5tt-c2", "L5tt", null, java.util.Map.of(), 50, 1, 2, dir.resolve("o" + i), false, java.util.List.of("isf"), false), ProgressListener.NONE);
            System.out.printf("run %d: %.2f s total, pre %.2f samp %.2f, files %s%n", i, (System.nanoTime() - t0) / 1e9,
                    o.precomputeSeconds(), o.samplingSeconds(), o.files());
        }
    }
}
