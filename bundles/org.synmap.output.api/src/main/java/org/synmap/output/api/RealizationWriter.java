package org.synmap.output.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that writes finished embeddings in one output format, described by
 * {@code @SynmapPlugin(kind = REALIZATION_WRITER, name, description)}; users select it with
 * {@code --format <name>}. It must work for every connectome model: it may rely only on what
 * {@link EmbeddingResult} holds.
 */
@ConsumerType
public interface RealizationWriter {

    /**
     * Writes the result into {@code directory} (which exists). Every file is written atomically:
     * to a temporary file first, then moved into place.
     *
     * @return the files written
     */
    List<Path> write(EmbeddingResult result, Path directory) throws IOException;
}
