package org.synmap.connectome.barrelcortex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Realization;

/** A realization is a pure function of (seed, sample index). */
class DeterminismTest {

    @Test
    void sameSeedAndIndexGiveTheSameRealizationInAnyOrder() throws IOException {
        PreparedEmbedding e = SyntheticFixture.embedding();
        assertTrue(e.independentSamples());
        Realization first = e.realize(42, 7);
        for (int s = 0; s < 7; s++) {
            e.realize(42, s);
        }
        Realization later = e.realize(42, 7);
        assertEquals(first, later);
        assertTrue(first.synapseCount() > 0);
        assertEquals(7, first.sampleIndex());
        // A freshly prepared embedding of the same request gives the same realization too.
        assertEquals(first, SyntheticFixture.embedding().realize(42, 7));
    }

    @Test
    void samplesDrawnOnManyThreadsEqualSamplesDrawnInOrder() throws Exception {
        PreparedEmbedding e = SyntheticFixture.embedding();
        int n = 64;
        List<Realization> sequential = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            sequential.add(e.realize(5, s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Realization>> futures = new ArrayList<>();
            for (int s = n - 1; s >= 0; s--) {
                int index = s;
                futures.add(pool.submit(() -> e.realize(5, index)));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(sequential.get(n - 1 - i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentSeedsOrIndicesGiveDifferentRealizations() throws IOException {
        PreparedEmbedding e = SyntheticFixture.embedding();
        assertNotEquals(e.realize(1, 0), e.realize(2, 0));
        assertNotEquals(e.realize(1, 0).blocks(), e.realize(1, 1).blocks());
    }

    @Test
    void streamsDifferForSwappedSeedAndIndex() {
        assertNotEquals(SampleStreams.forSample(1, 2).nextLong(), SampleStreams.forSample(2, 1).nextLong());
        assertEquals(SampleStreams.forSample(-9, 3).nextLong(), SampleStreams.forSample(-9, 3).nextLong());
    }
}
