package org.synmap.connectome.barrelcortex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Representative;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.density.api.CellClass;
import org.synmap.output.summary.SummaryCalculator;

/** A prepared barrel-cortex embedding: the shared precomputation and the chosen sampler. */
final class PreparedEmbedding implements Embedding {
    /** How {@link #representative} chooses, as recorded in run.json. */
    static final String RULE = "ISF: every presynaptic type's synapse count within +-2 SD of the mean over samples, "
            + "smallest sum of squared z-scores (isf-spec 1.13)";

    private final EmbeddingData data;
    private final Sampler sampler;
    private final Map<String, String> description;
    private final List<org.synmap.connectome.api.Population> populations;

    PreparedEmbedding(EmbeddingData data, String samplerName, Sampler sampler) {
        this.data = data;
        this.sampler = sampler;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("sampler", samplerName);
        d.putAll(data.facts());
        this.description = Collections.unmodifiableMap(d);
        List<org.synmap.connectome.api.Population> pops = new ArrayList<>();
        for (Population p : data.populations()) {
            pops.add(new org.synmap.connectome.api.Population(p.type(), p.area(), p.cellCount(),
                    p.cellClass() == CellClass.EXC));
        }
        this.populations = List.copyOf(pops);
    }

    @Override
    public List<org.synmap.connectome.api.Population> populations() {
        return populations;
    }

    @Override
    public Realization realize(long seed, int sampleIndex) {
        return sampler.realize(seed, sampleIndex);
    }

    @Override
    public boolean independentSamples() {
        return sampler.independentSamples();
    }

    /** ISF's representative sample (isf-spec §1.13) from the per-type synapse counts. */
    @Override
    public Representative representative(List<Realization> samples) {
        List<String> types = new ArrayList<>(new LinkedHashSet<>(populations.stream()
                .map(org.synmap.connectome.api.Population::type).toList()));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int t = 0; t < types.size(); t++) {
            index.put(types.get(t), t);
        }
        List<int[]> counts = new ArrayList<>(samples.size());
        for (Realization r : samples) {
            int[] c = new int[types.size()];
            for (SynapseBlock b : r.blocks()) {
                c[index.get(b.type())] += b.size();
            }
            counts.add(c);
        }
        org.synmap.output.summary.Representative chosen = SummaryCalculator.representative(types, counts);
        return new Representative(chosen.index(), RULE, chosen.withinTwoSd() ? null
                : "Could not find representative sample with all parameters within +-2 SD; using the sample "
                        + "closest to the mean (" + chosen.index() + ")");
    }

    @Override
    public Map<String, String> describe() {
        return description;
    }

    /** The precomputed data (for tests in this package). */
    EmbeddingData data() {
        return data;
    }
}
