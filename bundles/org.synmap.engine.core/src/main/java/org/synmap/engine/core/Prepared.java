package org.synmap.engine.core;

import java.util.List;

import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.engine.core.PluginRegistry.Found;
import org.synmap.morphology.api.Morphology;
import org.synmap.output.api.RealizationWriter;

/**
 * A job's resolved plugins and inputs after the one-time precomputation: everything sampling,
 * summaries and outputs need.
 *
 * @param model             the connectome model
 * @param writers           the output writers, in the job's format order
 * @param morphology        the postsynaptic morphology
 * @param data              the anatomical model and the source that opened it
 * @param embedding         the prepared embedding
 * @param precomputeSeconds wall time of {@code prepare()}
 */
record Prepared(Found<ConnectomeModel> model, List<Found<RealizationWriter>> writers, Morphology morphology,
        Engine.Opened data, Embedding embedding, double precomputeSeconds) {

    Prepared {
        writers = List.copyOf(writers);
    }

    AnatomicalModel anatomy() {
        return data.model();
    }
}
