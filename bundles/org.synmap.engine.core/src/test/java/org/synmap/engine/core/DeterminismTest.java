package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedOutcome;

/** The same seed gives the same bytes whatever the thread count; another seed gives other synapses. */
class DeterminismTest {
    private static final long SEED = 42;
    private static final int SAMPLES = 12;
    /** Every ISF output whose bytes must not depend on the thread count (run.json holds timings). */
    private static final List<String> OUTPUTS = List.of(TestEngines.l5ttFile("synapses", "syn"),
            TestEngines.l5ttFile("synapses", "con"), "NumberOfConnectedCells.csv",
            TestEngines.l5ttFile("summary", "csv"));

    @TempDir
    static Path dir;
    private static final Engine ENGINE = TestEngines.full();
    private static EmbedOutcome oneThread;

    @BeforeAll
    static void embedOnOneThread() {
        oneThread = ENGINE.embed(TestEngines.small(SAMPLES, SEED, 1, dir.resolve("t1")), ProgressListener.NONE);
    }

    @Test
    void writesTheFourIsfFilesAndRunJson() throws Exception {
        List<Path> expected = new java.util.ArrayList<>();
        for (String name : OUTPUTS) {
            expected.add(Path.of(name));
        }
        expected.add(Path.of("run.json"));
        expected.sort(null);
        assertEquals(expected, TestEngines.files(dir.resolve("t1")));
        assertEquals(5, oneThread.files().size());
        for (Path f : oneThread.files()) {
            assertTrue(Files.isRegularFile(f), f + " is reported but absent");
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesOnTwoAndEightThreads() throws Exception {
        for (int threads : new int[] {2, 8}) {
            Path out = dir.resolve("t" + threads);
            EmbedOutcome o = ENGINE.embed(TestEngines.small(SAMPLES, SEED, threads, out), ProgressListener.NONE);
            assertEquals(oneThread.representative(), o.representative(), threads + " threads");
            assertEquals(oneThread.perType(), o.perType(), threads + " threads");
            for (String name : OUTPUTS) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("t1").resolve(name)),
                        Files.readAllBytes(out.resolve(name)), name + " differs with " + threads + " threads");
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherSyn() throws Exception {
        Path out = dir.resolve("seed43");
        ENGINE.embed(TestEngines.small(SAMPLES, SEED + 1, 2, out), ProgressListener.NONE);
        String syn = TestEngines.l5ttFile("synapses", "syn");
        byte[] a = Files.readAllBytes(dir.resolve("t1").resolve(syn));
        byte[] b = Files.readAllBytes(out.resolve(syn));
        assertFalse(Arrays.equals(a, b), "seeds 42 and 43 gave the same .syn");
        // Both are full-size embeddings of the same cell: thousands of synapse lines each.
        assertTrue(Files.readAllLines(out.resolve(syn)).size() > 1000);
    }
}
