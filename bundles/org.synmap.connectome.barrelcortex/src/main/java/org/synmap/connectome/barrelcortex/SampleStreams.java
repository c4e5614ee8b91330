package org.synmap.connectome.barrelcortex;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * The random stream of one sample: a fresh xoshiro256++ generator whose state is derived from
 * (seed, sample index) alone, so a sample's draws do not depend on thread or order.
 *
 * <p>State = {@code (mix(seed), mix(seed + γ), mix(index), mix(index + γ))}, where mix is the
 * SplitMix64 output function (including its increment γ = 0x9E3779B97F4A7C15). mix is a
 * bijection, so distinct (seed, index) pairs always give distinct states, and the state is
 * never all zero. This derivation is part of the output contract: changing it changes every
 * realization drawn from a given seed.
 */
final class SampleStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SampleStreams() {
    }

    static UniformRandomProvider forSample(long seed, int sampleIndex) {
        long index = sampleIndex;
        return new XoShiRo256PlusPlus(mix(seed), mix(seed + GOLDEN_GAMMA), mix(index), mix(index + GOLDEN_GAMMA));
    }

    /** SplitMix64's step and output function (Stafford's mix13), a bijection on 64-bit values. */
    static long mix(long x) {
        long z = x + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
