package org.synmap.connectome.barrelcortex;

import java.util.ArrayList;
import java.util.List;

import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.random.numpy.LegacyRandomState;

/**
 * Replays a seeded ISF run: ISF's sampling loop (isf-spec §1.10) driven by numpy's legacy
 * global generator (§1.16), so that {@code realize(S, 0), realize(S, 1), …} return exactly the
 * realizations ISF draws after {@code numpy.random.seed(S)}.
 *
 * <p>numpy's global stream is seeded once and runs through all samples, so this sampler holds
 * one stream per embedding: {@code realize(seed, 0)} starts it and every later sample continues
 * it. Samples must therefore be drawn in order 0, 1, 2, … with one seed; anything else is an
 * {@link IllegalStateException}.
 *
 * <p>Per (area, type) with nD &gt; 0 densities: one vectorised {@code randint(0, nD, size=N)}
 * (R1) picks every cell's density. Each cell then visits its density's entries in ISF's order
 * (structure order, voxel C order; only λ ≠ 0 at voxels with candidates, where ISF draws) and
 * draws k = {@code poisson(λ)} (R2); when k &gt; 0 the voxel's candidates are permuted (R3) and,
 * when k exceeds their number m, topped up with {@code randint(0, m)} draws (R4). Synapses go
 * on the first k points of that list. Densities without entries (ISF's None, all-zero ones)
 * draw nothing, as in ISF.
 */
final class IsfReplaySampler implements Sampler {
    /** The sampler's parameter value. */
    static final String NAME = "isf-replay";

    private final EmbeddingData data;
    private LegacyRandomState stream;
    private long streamSeed;
    private int nextSample;

    IsfReplaySampler(EmbeddingData data) {
        this.data = data;
    }

    @Override
    public boolean independentSamples() {
        return false;
    }

    /** numpy.random.seed takes seeds in [0, 2^32). */
    static void checkSeed(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("sampler " + NAME + " replays numpy.random.seed(" + seed
                    + "), which needs a seed in [0, 4294967295]");
        }
    }

    /**
     * The realization of sample {@code sampleIndex}, continuing the stream of the previous one.
     *
     * @throws IllegalArgumentException if a new stream is asked for with a seed numpy rejects
     *                                  (outside [0, 2³²))
     * @throws IllegalStateException    if samples are not asked for in order 0, 1, 2, … with
     *                                  one seed
     */
    @Override
    public synchronized Realization realize(long seed, int sampleIndex) {
        if (sampleIndex == 0) {
            checkSeed(seed);
            stream = new LegacyRandomState(seed);
            streamSeed = seed;
            nextSample = 0;
        } else if (stream == null || sampleIndex != nextSample || seed != streamSeed) {
            String expected = stream == null ? "sample 0" : "sample " + nextSample + " of seed " + streamSeed
                    + " (or sample 0 to restart)";
            throw new IllegalStateException("sampler " + NAME + " replays one sequential random stream: expected "
                    + expected + ", got sample " + sampleIndex + " of seed " + seed);
        }
        List<Population> populations = data.populations();
        List<SynapseBlock> blocks = new ArrayList<>(populations.size());
        for (Population pop : populations) {
            blocks.add(new SynapseBlock(pop.area(), pop.type(), drawPopulation(pop)));
        }
        nextSample++;
        return new Realization(sampleIndex, blocks);
    }

    /** One (area, type) of §1.10: R1, then every cell in index order. */
    private List<Synapse> drawPopulation(Population pop) {
        int nD = pop.densities().size();
        if (nD == 0) {
            return List.of();
        }
        long[] choice = stream.randint(0, nD, pop.cellCount());
        List<Synapse> synapses = new ArrayList<>();
        int rank = 0;
        for (int cell = 0; cell < choice.length; cell++) {
            int before = synapses.size();
            drawCell(pop.densities().get((int) choice[cell]), rank, cell, synapses);
            if (synapses.size() > before) {
                rank++;
            }
        }
        return synapses;
    }

    /** One presynaptic cell's synapses on its chosen density: R2, then R3 and R4 where k &gt; 0. */
    private void drawCell(SparseDensity density, int rank, int cell, List<Synapse> out) {
        CandidateMap candidates = data.candidates();
        for (int e = 0; e < density.size(); e++) {
            long k = stream.poisson(density.lambda(e));
            if (k == 0) {
                continue;
            }
            int key = density.key(e);
            int m = candidates.count(key);
            int[] order = stream.permutation(m);
            Structure structure = data.structures().get(data.structureIndexOf(key));
            for (long n = 0; n < k; n++) {
                int candidate = n < m ? order[(int) n] : (int) stream.randint(0, m);
                out.add(synapse(candidates, key, candidate, structure, rank, cell));
            }
        }
    }

    private Synapse synapse(CandidateMap candidates, int key, int candidate, Structure structure, int rank,
            int cell) {
        int sectionId = candidates.section(key, candidate);
        int point = candidates.point(key, candidate);
        Section section = data.morphology().section(sectionId);
        return new Synapse(sectionId, point, section.relPt(point), structure, section.x(point), section.y(point),
                section.z(point), rank, cell);
    }
}
