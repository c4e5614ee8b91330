package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * A plugin that provides ISF-style anatomical models (PSTs, bouton lattices, cell counts): from a
 * folder in some layout, or generated. Register an implementation as an OSGi service described
 * by {@code @SynmapPlugin(kind = DENSITY_SOURCE, name, description)}; users name a generated
 * source by its name, and a folder is offered to each source's {@link #canOpen}.
 */
@ConsumerType
public interface DensitySource {

    /** Parameters {@link #open} accepts. */
    List<Parameter> parameters();

    /** Whether this source recognises the layout of {@code location}. */
    boolean canOpen(Path location);

    /**
     * Opens a model. Implementations validate the model's consistency here (names that do not
     * match between files, missing folders) so that errors surface before any work starts.
     *
     * @param location   a folder or file for sources that read data, null for generated models
     * @param parameters the source's parameters, checked against {@link #parameters()}
     */
    AnatomicalModel open(Path location, Parameters parameters) throws IOException;
}
