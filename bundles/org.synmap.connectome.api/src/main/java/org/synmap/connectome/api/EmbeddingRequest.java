package org.synmap.connectome.api;

import java.util.Map;
import java.util.Objects;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.morphology.api.Morphology;

/**
 * What to embed: a morphology, in an anatomical model, as a postsynaptic cell type.
 *
 * @param morphology       the postsynaptic neuron, placed in the model's coordinates
 * @param model            the anatomical model
 * @param postsynapticType the postsynaptic cell type, one of the model's postsynaptic types
 * @param parameters       model parameters by name (see {@link ConnectomeModel#parameters()})
 * @param threads          worker threads the model may use for its precomputation
 */
public record EmbeddingRequest(Morphology morphology, AnatomicalModel model, String postsynapticType,
        Map<String, String> parameters, int threads) {

    public EmbeddingRequest {
        Objects.requireNonNull(morphology);
        Objects.requireNonNull(model);
        Objects.requireNonNull(postsynapticType);
        parameters = Map.copyOf(parameters);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
