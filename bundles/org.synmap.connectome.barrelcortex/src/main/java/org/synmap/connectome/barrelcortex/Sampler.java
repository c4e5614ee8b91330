package org.synmap.connectome.barrelcortex;

import org.synmap.connectome.api.Realization;

/**
 * A way of drawing realizations from the precomputed {@link EmbeddingData} (isf-spec §1.10–§1.11).
 * Implementations hold only immutable tables built from the data; per-sample state lives in
 * {@link #realize}.
 */
interface Sampler {

    /** The realization of one sample; see {@link org.synmap.connectome.api.Embedding#realize}. */
    Realization realize(long seed, int sampleIndex);

    /**
     * Whether samples are pure functions of (seed, sample index). A sampler that replays one
     * sequential random stream returns false.
     */
    boolean independentSamples();
}
