package org.synmap.engine.core;

import java.util.List;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.Population;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.Parameters;

/**
 * A job's resolved plugins and inputs after the one-time precomputation: everything sampling
 * and outputs need.
 *
 * @param model             the connectome model
 * @param modelParameters   its checked parameters
 * @param writers           the output writers, in the job's format order
 * @param morphology        the postsynaptic morphology, with the reader that read it
 * @param data              the model's data, with where it came from
 * @param embedding         the prepared embedding
 * @param populations       the embedding's presynaptic populations
 * @param precomputeSeconds wall time of {@code prepare()}
 */
record Prepared(Found<ConnectomeModel> model, Parameters modelParameters, List<Found<RealizationWriter>> writers,
        Engine.ReadMorphology morphology, ModelData data, Embedding embedding, List<Population> populations,
        double precomputeSeconds) {

    Prepared {
        writers = List.copyOf(writers);
        populations = List.copyOf(populations);
    }

    /** The same precomputation for a job with other output formats. */
    Prepared withWriters(List<Found<RealizationWriter>> jobWriters) {
        return new Prepared(model, modelParameters, jobWriters, morphology, data, embedding, populations,
                precomputeSeconds);
    }

    Morphology cell() {
        return morphology.morphology();
    }
}
