package org.synmap.output.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.connectome.api.Realization;

/** A plugin that reads realizations written by some tool back into the realization model. */
@ConsumerType
public interface RealizationReader {

    /** Short format name, e.g. {@code isf}. */
    String formatName();

    /** File extensions of the main file, lower case without the dot. */
    List<String> fileExtensions();

    /**
     * Reads a realization. Synapses read from files that hold no point index get
     * {@code pointIndex = -1}, a null structure and NaN coordinates.
     *
     * @param file the main file (for ISF, the {@code .syn}; the {@code .con} is found beside it)
     */
    Realization read(Path file) throws IOException;
}
