package org.synmap.output.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.connectome.api.Realization;

/**
 * A plugin that reads realizations written by some tool back into the realization model,
 * described by {@code @SynmapPlugin(kind = REALIZATION_READER, name, extensions)}; the engine
 * picks it by the main file's extension.
 */
@ConsumerType
public interface RealizationReader {

    /**
     * Reads a realization. Synapses read from files that hold no point index get
     * {@code pointIndex = -1}, a null structure and NaN coordinates; those that hold no
     * presynaptic identity get {@code presynapticCell = -1}.
     *
     * @param file the main file (for ISF, the {@code .syn}; the {@code .con} is found beside it)
     */
    Realization read(Path file) throws IOException;
}
