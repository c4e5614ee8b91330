package org.synmap.connectome.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.CombinationSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * A rules file applied to one morphology: per population and structure, the stretches of the
 * cell where its synapses may lie. A realization draws, per population and structure, a Poisson
 * count with mean density × eligible length, places each synapse uniformly by length, groups the
 * population's synapses in random order into connections of 1 + Poisson(m − 1) synapses (the
 * last one takes what is left), and gives each connection its own presynaptic cell, drawn
 * without replacement. Blocks list synapses by presynaptic cell, so rank order is cell order.
 */
final class RulesEmbedding implements Embedding {
    private final Morphology morphology;
    private final Rules rules;
    private final List<Population> populations;
    /** Per population, per structure it has a density for: the eligible stretches, cumulated. */
    private final List<Map<Structure, Stretches>> stretches = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    /** Eligible stretches with their cumulative lengths, for drawing a position uniformly by length. */
    private record Stretches(List<PathDistance.Piece> pieces, double[] cumulative, double total) {
        static Stretches of(List<PathDistance.Piece> pieces) {
            double[] c = new double[pieces.size()];
            double sum = 0;
            for (int i = 0; i < c.length; i++) {
                sum += pieces.get(i).lengthUm();
                c[i] = sum;
            }
            return new Stretches(pieces, c, sum);
        }

        /** The (section, x) at {@code u·total} µm along the stretches. */
        PathDistance.Piece pieceAt(double at) {
            int i = Arrays.binarySearch(cumulative, at);
            i = i >= 0 ? Math.min(i + 1, pieces.size() - 1) : -i - 1;
            return pieces.get(Math.min(i, pieces.size() - 1));
        }

        double startOf(PathDistance.Piece piece, int index) {
            return cumulative[index] - piece.lengthUm();
        }
    }

    RulesEmbedding(Morphology morphology, Rules rules, String rulesDigest) {
        this.morphology = morphology;
        this.rules = rules;
        PathDistance distance = new PathDistance(morphology);
        List<Population> pops = new ArrayList<>();
        facts.put("rules.sha256", rulesDigest);
        for (Rules.PopulationRule p : rules.populations()) {
            pops.add(new Population(p.name(), "", p.cells(), p.excitatory()));
            Map<Structure, Stretches> byStructure = new EnumMap<>(Structure.class);
            double expected = 0;
            double length = 0;
            for (Map.Entry<Structure, Double> d : p.synapsesPerUm().entrySet()) {
                Stretches s = Stretches.of(distance.pieces(d.getKey(), p.windowUm()));
                byStructure.put(d.getKey(), s);
                expected += d.getValue() * s.total();
                length += s.total();
            }
            stretches.add(byStructure);
            facts.put(p.name() + ".eligibleLengthUm", String.format(Locale.ROOT, "%.6f", length));
            facts.put(p.name() + ".expectedSynapses", String.format(Locale.ROOT, "%.6f", expected));
        }
        this.populations = List.copyOf(pops);
    }

    @Override
    public List<Population> populations() {
        return populations;
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    /**
     * A pure function of (seed, sample index): its own xoshiro256++ generator whose whole state is
     * mixed from both (SplitMix64's output function), so neighbouring samples' streams are unrelated.
     * Seeding it with the two raw numbers would leave neighbouring states nearly equal.
     */
    @Override
    public Realization realize(long seed, int sampleIndex) {
        long index = sampleIndex;
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {mix(seed),
            mix(seed + GOLDEN_GAMMA), mix(index), mix(index + GOLDEN_GAMMA)});
        List<SynapseBlock> blocks = new ArrayList<>();
        for (int p = 0; p < populations.size(); p++) {
            blocks.add(new SynapseBlock("", populations.get(p).type(), draw(rules.populations().get(p),
                    stretches.get(p), rng)));
        }
        return new Realization(sampleIndex, blocks);
    }

    /** A synapse before it has a presynaptic cell. */
    private record Placed(int sectionId, double x) {
    }

    private List<Synapse> draw(Rules.PopulationRule rule, Map<Structure, Stretches> byStructure,
            UniformRandomProvider rng) {
        List<Placed> placed = new ArrayList<>();
        for (Map.Entry<Structure, Stretches> e : byStructure.entrySet()) {
            Stretches s = e.getValue();
            int n = poisson(rng, rule.synapsesPerUm().get(e.getKey()) * s.total());
            for (int i = 0; i < n; i++) {
                double at = rng.nextDouble() * s.total();
                PathDistance.Piece piece = s.pieceAt(at);
                int index = s.pieces().indexOf(piece);
                double within = Math.min(Math.max(at - s.startOf(piece, index), 0), piece.lengthUm());
                double x = piece.x0() + within / piece.lengthUm() * (piece.x1() - piece.x0());
                placed.add(new Placed(piece.sectionId(), Math.min(Math.max(x, piece.x0()), piece.x1())));
            }
        }
        // Random order, then consecutive runs form the connections.
        for (int i = placed.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Placed t = placed.get(i);
            placed.set(i, placed.get(j));
            placed.set(j, t);
        }
        List<List<Placed>> connections = new ArrayList<>();
        int next = 0;
        while (next < placed.size()) {
            int size = 1 + poisson(rng, rule.synapsesPerConnection() - 1);
            int end = Math.min(placed.size(), next + size);
            connections.add(new ArrayList<>(placed.subList(next, end)));
            next = end;
        }
        if (connections.size() > rule.cells()) {
            throw new IllegalArgumentException("population " + rule.name() + " needs " + connections.size()
                    + " connections in this sample but has only " + rule.cells() + " cells; raise its cells or"
                    + " synapsesPerConnection, or lower its densities");
        }
        int[] cells = connections.isEmpty() ? new int[0]
                : new CombinationSampler(rng, rule.cells(), connections.size()).sample();
        Arrays.sort(cells);
        List<Synapse> out = new ArrayList<>(placed.size());
        Comparator<Placed> onTheCell = Comparator.comparingInt(Placed::sectionId).thenComparingDouble(Placed::x);
        for (int c = 0; c < connections.size(); c++) {
            List<Placed> connection = connections.get(c);
            connection.sort(onTheCell);
            for (Placed s : connection) {
                out.add(synapse(s, c, cells[c]));
            }
        }
        return out;
    }

    /** SplitMix64's output function: a bijection that spreads nearby inputs over all 64 bits. */
    private static long mix(long x) {
        long z = x + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int poisson(UniformRandomProvider rng, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        return PoissonSampler.of(rng, mean).sample();
    }

    /** The synapse at (section, x) by arc length, with its 3D point on the traced polyline. */
    private Synapse synapse(Placed p, int rank, int cell) {
        Section s = morphology.section(p.sectionId());
        double[] rel = s.relPts();
        int m = 0;
        while (m < rel.length - 2 && rel[m + 1] < p.x()) {
            m++;
        }
        double span = rel[m + 1] - rel[m];
        double t = span > 0 ? (p.x() - rel[m]) / span : 0;
        double px = s.x(m) + t * (s.x(m + 1) - s.x(m));
        double py = s.y(m) + t * (s.y(m + 1) - s.y(m));
        double pz = s.z(m) + t * (s.z(m + 1) - s.z(m));
        int point = p.x() == rel[m] ? m : p.x() == rel[m + 1] ? m + 1 : -1;
        return new Synapse(s.id(), point, p.x(), s.structure(), px, py, pz, rank, cell);
    }

    @Override
    public Map<String, String> describe() {
        return facts;
    }
}
