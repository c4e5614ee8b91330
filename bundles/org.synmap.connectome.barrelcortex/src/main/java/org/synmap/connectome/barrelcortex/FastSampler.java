package org.synmap.connectome.barrelcortex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Draws realizations with exactly the joint distribution of ISF's per-cell, per-voxel loop
 * (isf-spec §1.10), but in O(cells + densities + synapses) per sample instead of
 * O(cells × voxels). It is distribution-exact, not stream-exact.
 *
 * <p>Per (area, type): every cell picks a density uniformly among the pair's nD (as ISF's R1).
 * For the m cells that picked density d, ISF draws an independent Poisson(λ_e) count for every
 * (cell, entry e); that family has the law of one Poisson(m·Λ_d) total, Λ_d = Σ_e λ_e, whose
 * synapses pick their entry with probability λ_e/Λ_d (alias table) and their cell uniformly
 * among the m — Poisson superposition and thinning. The synapses are then grouped by cell (index
 * order), entry (structure order, then voxel C order); a group of k synapses on a voxel with m
 * candidates takes the first k of a uniformly random permutation of the candidates when k ≤ m
 * (partial Fisher–Yates), else the whole permutation followed by k − m uniform picks with
 * replacement: ISF's permutation + randint rule (R3, R4). Connected cells get ranks 0…K−1 in cell
 * index order (§1.11).
 */
final class FastSampler implements Sampler {
    private final EmbeddingData data;
    /** Per population, per density: the entry table, or null when the density has no entries. */
    private final AliasTable[][] tables;
    /**
     * Per population: whether any density has entries. Where none has, no draw can make a
     * synapse, so the cells' density choices are skipped (they are not observable).
     */
    private final boolean[] canConnect;
    private final int maxCells;
    private final int maxDensities;
    private final int maxCandidates;

    FastSampler(EmbeddingData data) {
        this.data = data;
        List<Population> populations = data.populations();
        tables = new AliasTable[populations.size()][];
        canConnect = new boolean[populations.size()];
        int cells = 0;
        int densities = 0;
        for (int p = 0; p < populations.size(); p++) {
            Population pop = populations.get(p);
            cells = Math.max(cells, pop.cellCount());
            densities = Math.max(densities, pop.densities().size());
            tables[p] = new AliasTable[pop.densities().size()];
            for (int d = 0; d < tables[p].length; d++) {
                SparseDensity density = pop.densities().get(d);
                tables[p][d] = density.total() > 0 ? new AliasTable(density.lambdas()) : null;
                canConnect[p] |= tables[p][d] != null;
            }
        }
        maxCells = cells;
        maxDensities = densities;
        maxCandidates = data.candidates().maxCount();
    }

    @Override
    public boolean independentSamples() {
        return true;
    }

    @Override
    public Realization realize(long seed, int sampleIndex) {
        UniformRandomProvider rng = SampleStreams.forSample(seed, sampleIndex);
        Scratch scratch = new Scratch(maxCells, maxDensities, maxCandidates);
        List<Population> populations = data.populations();
        List<SynapseBlock> blocks = new ArrayList<>(populations.size());
        for (int p = 0; p < populations.size(); p++) {
            Population pop = populations.get(p);
            blocks.add(new SynapseBlock(pop.area(), pop.type(), drawPopulation(p, pop, rng, scratch)));
        }
        return new Realization(sampleIndex, blocks);
    }

    private List<Synapse> drawPopulation(int p, Population pop, UniformRandomProvider rng, Scratch s) {
        int nD = pop.densities().size();
        int n = pop.cellCount();
        if (nD == 0 || n == 0 || !canConnect[p]) {
            return List.of();
        }
        chooseDensities(n, nD, rng, s);
        int count = 0;
        for (int d = 0; d < nD; d++) {
            AliasTable table = tables[p][d];
            int m = s.densityStart[d + 1] - s.densityStart[d];
            if (table == null || m == 0) {
                continue;
            }
            int total = PoissonDraw.sample(rng, m * pop.densities().get(d).total());
            s.ensureSynapses(count + total);
            for (int t = 0; t < total; t++) {
                int entry = table.sample(rng);
                int cell = s.cellsByDensity[s.densityStart[d] + (m == 1 ? 0 : rng.nextInt(m))];
                s.synapseKeys[count++] = ((long) cell << 32) | entry;
            }
        }
        Arrays.sort(s.synapseKeys, 0, count);
        return place(pop, count, rng, s);
    }

    /** Each cell's density (uniform over nD), and the cells of each density in index order. */
    private static void chooseDensities(int n, int nD, UniformRandomProvider rng, Scratch s) {
        Arrays.fill(s.densityStart, 0, nD + 1, 0);
        for (int c = 0; c < n; c++) {
            int d = nD == 1 ? 0 : rng.nextInt(nD);
            s.choice[c] = d;
            s.densityStart[d + 1]++;
        }
        for (int d = 0; d < nD; d++) {
            s.densityStart[d + 1] += s.densityStart[d];
        }
        System.arraycopy(s.densityStart, 0, s.fill, 0, nD);
        for (int c = 0; c < n; c++) {
            s.cellsByDensity[s.fill[s.choice[c]]++] = c;
        }
    }

    /** Turns sorted (cell, entry) keys into synapses on traced points, with cell ranks. */
    private List<Synapse> place(Population pop, int count, UniformRandomProvider rng, Scratch s) {
        List<Synapse> out = new ArrayList<>(count);
        CandidateMap candidates = data.candidates();
        int rank = -1;
        int lastCell = -1;
        int i = 0;
        while (i < count) {
            long key = s.synapseKeys[i];
            int k = 1;
            while (i + k < count && s.synapseKeys[i + k] == key) {
                k++;
            }
            i += k;
            int cell = (int) (key >>> 32);
            int entry = (int) key;
            if (cell != lastCell) {
                rank++;
                lastCell = cell;
            }
            int mapKey = pop.densities().get(s.choice[cell]).key(entry);
            Structure structure = data.structures().get(data.structureIndexOf(mapKey));
            int m = candidates.count(mapKey);
            int distinct = Math.min(k, m);
            // Partial Fisher–Yates on the identity permutation; undone below.
            for (int j = 0; j < distinct; j++) {
                int swap = j + (m - j == 1 ? 0 : rng.nextInt(m - j));
                int tmp = s.perm[j];
                s.perm[j] = s.perm[swap];
                s.perm[swap] = tmp;
                s.swaps[j] = swap;
                out.add(synapse(candidates, mapKey, s.perm[j], structure, rank, cell));
            }
            for (int j = distinct; j < k; j++) {
                out.add(synapse(candidates, mapKey, rng.nextInt(m), structure, rank, cell));
            }
            for (int j = distinct - 1; j >= 0; j--) {
                int tmp = s.perm[j];
                s.perm[j] = s.perm[s.swaps[j]];
                s.perm[s.swaps[j]] = tmp;
            }
        }
        return out;
    }

    private Synapse synapse(CandidateMap candidates, int mapKey, int candidate, Structure structure, int rank,
            int cell) {
        int sectionId = candidates.section(mapKey, candidate);
        int point = candidates.point(mapKey, candidate);
        Section section = data.morphology().section(sectionId);
        return new Synapse(sectionId, point, section.relPt(point), structure, section.x(point), section.y(point),
                section.z(point), rank, cell);
    }

    /** Per-sample working arrays, sized once per realization. */
    private static final class Scratch {
        final int[] choice;
        final int[] cellsByDensity;
        final int[] densityStart;
        final int[] fill;
        final int[] perm;
        final int[] swaps;
        long[] synapseKeys = new long[1024];

        Scratch(int maxCells, int maxDensities, int maxCandidates) {
            choice = new int[maxCells];
            cellsByDensity = new int[maxCells];
            densityStart = new int[maxDensities + 1];
            fill = new int[maxDensities];
            perm = new int[maxCandidates];
            swaps = new int[maxCandidates];
            for (int j = 0; j < maxCandidates; j++) {
                perm[j] = j;
            }
        }

        void ensureSynapses(int size) {
            if (size > synapseKeys.length) {
                synapseKeys = Arrays.copyOf(synapseKeys, Math.max(size, 2 * synapseKeys.length));
            }
        }
    }
}
