package org.synmap.connectome.api;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * A dense connectome model: computes where a neuron's synapses lie and which presynaptic cells
 * make them. Register an implementation as an OSGi service described by
 * {@code @SynmapPlugin(kind = CONNECTOME_MODEL, name, description)}; users select it with
 * {@code --model <name>}.
 */
@ConsumerType
public interface ConnectomeModel {

    /** What {@code --data} must be for this model; the engine prepares it accordingly. */
    ModelInput input();

    /** Parameters {@link #prepare} accepts in {@link EmbeddingRequest#parameters()}. */
    List<Parameter> parameters();

    /**
     * Checks, before any data is loaded, that the model can draw samples with this seed under
     * these parameters (a sampler that replays another program's random stream may accept fewer
     * seeds), so that an impossible request fails at once. Models that take any seed need not
     * override it.
     *
     * @throws IllegalArgumentException when the seed cannot be used, with a message for the user
     */
    default void checkSeed(long seed, Parameters parameters) {
    }

    /**
     * Validates the request and does the one-time precomputation. Invalid requests (a
     * postsynaptic type the model does not know, a morphology outside the model) fail here,
     * before any sampling: the engine checks no cell type itself.
     *
     * @throws IllegalArgumentException for an invalid request, with a message for the user
     * @throws IOException              when the model's input cannot be read; the message names
     *                                  the file (and line)
     */
    Embedding prepare(EmbeddingRequest request, ProgressListener progress) throws IOException;
}
