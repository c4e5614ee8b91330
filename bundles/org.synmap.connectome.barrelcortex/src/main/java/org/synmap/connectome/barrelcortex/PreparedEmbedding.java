package org.synmap.connectome.barrelcortex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.Realization;

/** A prepared barrel-cortex embedding: the shared precomputation and the chosen sampler. */
final class PreparedEmbedding implements Embedding {
    private final EmbeddingData data;
    private final Sampler sampler;
    private final Map<String, String> description;

    PreparedEmbedding(EmbeddingData data, String samplerName, Sampler sampler) {
        this.data = data;
        this.sampler = sampler;
        Map<String, String> d = new LinkedHashMap<>();
        d.put("sampler", samplerName);
        d.putAll(data.facts());
        this.description = Collections.unmodifiableMap(d);
    }

    @Override
    public Realization realize(long seed, int sampleIndex) {
        return sampler.realize(seed, sampleIndex);
    }

    @Override
    public boolean independentSamples() {
        return sampler.independentSamples();
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
