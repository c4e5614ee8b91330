package org.synmap.connectome.api;

import java.util.Objects;

import org.synmap.morphology.api.Morphology;
import org.synmap.plugin.api.Parameters;

/**
 * What to embed: a morphology, with the model's data, as a postsynaptic cell type.
 *
 * @param morphology       the postsynaptic neuron, placed in the model's coordinates
 * @param data             what the model's {@link ConnectomeModel#input()} asks for: null, a
 *                         {@link java.nio.file.Path}, an
 *                         {@code org.synmap.density.api.AnatomicalModel}, or the text of
 *                         {@code --data} ({@link ModelInput#ANY})
 * @param postsynapticType the postsynaptic cell type, as the user gave it
 * @param parameters       the model's parameters, checked against
 *                         {@link ConnectomeModel#parameters()}
 * @param threads          worker threads the model may use for its precomputation
 */
public record EmbeddingRequest(Morphology morphology, Object data, String postsynapticType, Parameters parameters,
        int threads) {

    public EmbeddingRequest {
        Objects.requireNonNull(morphology);
        Objects.requireNonNull(postsynapticType);
        Objects.requireNonNull(parameters);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /**
     * The data as the type the model expects.
     *
     * @throws IllegalArgumentException when the data is absent or of another type
     */
    public <T> T data(Class<T> type) {
        if (!type.isInstance(data)) {
            throw new IllegalArgumentException("expected " + type.getSimpleName() + " as data, got "
                    + (data == null ? "none" : data.getClass().getSimpleName()));
        }
        return type.cast(data);
    }
}
