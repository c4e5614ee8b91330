package org.synmap.connectome.api;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A prepared embedding of one morphology: all one-time precomputation is done, and
 * realizations can be drawn. Implementations are thread-safe when
 * {@link #independentSamples()} holds.
 */
@ConsumerType
public interface Embedding {

    /**
     * Draws the realization of one sample. When {@link #independentSamples()} holds, the result
     * is a pure function of ({@code seed}, {@code sampleIndex}): the same arguments give the same
     * realization whichever thread asks and in whatever order.
     */
    Realization realize(long seed, int sampleIndex);

    /**
     * Whether samples may be drawn in any order and in parallel. When false, the caller draws
     * samples 0, 1, 2, … in order on one thread, all with the same seed (used by samplers that
     * replay one sequential random stream).
     */
    default boolean independentSamples() {
        return true;
    }

    /** Facts about the precomputation worth recording beside the results (grid size, densities). */
    Map<String, String> describe();
}
