package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that provides anatomical models: from a folder in some layout, or generated.
 * Register an implementation as an OSGi service.
 */
@ConsumerType
public interface DensitySource {

    /** Short unique name, e.g. {@code isf-folder} or {@code synthetic-barrel-cortex}. */
    String name();

    /** One line saying what the source provides. */
    String description();

    /** Parameters {@link #open} accepts. */
    List<ParameterDescriptor> parameters();

    /** Whether this source recognises the layout of {@code location}. */
    boolean canOpen(Path location);

    /**
     * Opens a model. Implementations validate the model's consistency here (names that do not
     * match between files, missing folders) so that errors surface before any work starts.
     *
     * @param location   a folder or file for sources that read data, null for generated models
     * @param parameters source parameters by name; unknown names are an error
     */
    AnatomicalModel open(Path location, Map<String, String> parameters) throws IOException;
}
