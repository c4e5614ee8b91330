package org.synmap.connectome.api;

import java.util.List;
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
     * The model's presynaptic populations, in output order: every realization has one block per
     * population, in this order (blocks may be empty). Writers list these populations and only
     * these.
     */
    List<Population> populations();

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

    /**
     * Chooses the sample that stands for all of them, by the model's own rule; null leaves the
     * choice to the engine's generic rule (the sample whose total synapse count is closest to the
     * mean, the earliest on ties).
     *
     * @param samples every sample drawn, in index order
     */
    default Representative representative(List<Realization> samples) {
        return null;
    }

    /** Facts about the precomputation worth recording beside the results (grid size, densities). */
    Map<String, String> describe();
}
