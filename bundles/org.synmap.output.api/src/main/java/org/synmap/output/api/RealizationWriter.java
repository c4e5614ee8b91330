package org.synmap.output.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that writes finished embeddings in one output format. */
@ConsumerType
public interface RealizationWriter {

    /** Short format name, e.g. {@code isf}. */
    String formatName();

    /** One line saying what the writer produces. */
    String description();

    /**
     * Writes the result into {@code directory} (which exists). Every file is written atomically:
     * to a temporary file first, then moved into place.
     *
     * @return the files written
     */
    List<Path> write(EmbeddingResult result, Path directory) throws IOException;
}
