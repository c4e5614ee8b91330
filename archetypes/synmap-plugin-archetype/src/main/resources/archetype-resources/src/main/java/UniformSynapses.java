package ${package};

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;

/**
 * One morphology prepared for the example model. Each sample is a pure function of (seed,
 * sample index), so the engine may draw samples on any threads in any order and the outputs do
 * not depend on the thread count.
 */
final class UniformSynapses implements Embedding {
    /** The one presynaptic population: its name is the .syn file's synapse type. */
    static final String POPULATION = "Uniform";

    private final Dendrites dendrites;
    private final int synapses;
    private final int cells;
    private final Map<String, String> facts = new LinkedHashMap<>();

    UniformSynapses(Dendrites dendrites, int synapses, int cells, String cellType, Object data) {
        this.dendrites = dendrites;
        this.synapses = synapses;
        this.cells = cells;
        facts.put("dendriticLengthUm", String.format(Locale.ROOT, "%.6f", dendrites.length()));
        facts.put("synapsesPerSample", Integer.toString(synapses));
        facts.put("presynapticCells", Integer.toString(cells));
        facts.put("cellType", cellType);
        facts.put("data", data == null ? "none" : "not used: " + data);
    }

    @Override
    public List<Population> populations() {
        return List.of(new Population(POPULATION, "", cells, true));
    }

    /**
     * Places {@code synapses} synapses uniformly by length, gives each a presynaptic cell drawn
     * uniformly, and lists them by presynaptic cell: the block's ranks (ISF's {@code .con} ids)
     * then number the connected cells 0, 1, 2, … in cell order, one rank per cell, as
     * {@link SynapseBlock} requires.
     */
    @Override
    public Realization realize(long seed, int sampleIndex) {
        SplittableRandom random = new SplittableRandom(streamSeed(seed, sampleIndex));
        double[] at = new double[synapses];
        int[] cell = new int[synapses];
        for (int i = 0; i < synapses; i++) {
            at[i] = random.nextDouble() * dendrites.length();
            cell[i] = random.nextInt(cells);
        }
        Integer[] order = new Integer[synapses];
        Arrays.setAll(order, i -> i);
        // by presynaptic cell, then along the dendrites: a stable, seed-determined order
        Arrays.sort(order, (a, b) -> cell[a] != cell[b] ? Integer.compare(cell[a], cell[b]) : Double.compare(at[a],
                at[b]));
        List<Synapse> placed = new ArrayList<>(synapses);
        int rank = -1;
        int previous = -1;
        for (int i : order) {
            if (cell[i] != previous) {
                rank++;
                previous = cell[i];
            }
            placed.add(dendrites.synapseAt(at[i], rank, cell[i]));
        }
        return new Realization(sampleIndex, List.of(new SynapseBlock("", POPULATION, placed)));
    }

    /**
     * The seed of one sample's random stream: both numbers through SplitMix64's mixing function,
     * so that neighbouring seeds and sample indices give unrelated streams (seeding with
     * {@code seed + sampleIndex} would make sample 1 of seed 7 equal sample 0 of seed 8).
     */
    static long streamSeed(long seed, int sampleIndex) {
        return mix(mix(seed) ^ (sampleIndex + 0x632BE59BD9B4E019L));
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public Map<String, String> describe() {
        return facts;
    }
}
