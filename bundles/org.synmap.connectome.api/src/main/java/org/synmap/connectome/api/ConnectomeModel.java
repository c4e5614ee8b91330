package org.synmap.connectome.api;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.density.api.ParameterDescriptor;

/**
 * A dense connectome model: computes where a neuron's synapses lie and which presynaptic
 * cells make them. Register an implementation as an OSGi service.
 */
@ConsumerType
public interface ConnectomeModel {

    /** Short unique name, e.g. {@code barrel-cortex}. */
    String name();

    /** One line saying what the model computes. */
    String description();

    /** Parameters {@link #prepare} accepts in {@link EmbeddingRequest#parameters()}. */
    List<ParameterDescriptor> parameters();

    /**
     * Validates the request and does the one-time precomputation. Invalid requests (unknown
     * postsynaptic type, morphology outside the model) fail here, before any sampling.
     *
     * @throws IllegalArgumentException for an invalid request, with a message for the user
     */
    Embedding prepare(EmbeddingRequest request, ProgressListener progress) throws IOException;
}
