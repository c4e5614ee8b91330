package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that writes a whole anatomical model in some folder layout, e.g. ISF's ({@code @SynmapPlugin(kind = MODEL_WRITER, name)}). */
@ConsumerType
public interface ModelWriter {

    /**
     * Writes the model into {@code directory}, creating it when needed. Each file is written
     * atomically.
     *
     * @return the files written
     */
    List<Path> write(AnatomicalModel model, Path directory) throws IOException;
}
