package org.synmap.morphology.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that writes morphologies in one file format, described by
 * {@code @SynmapPlugin(kind = MORPHOLOGY_WRITER, name, extensions)}; the engine picks a writer
 * by the target's extension.
 */
@ConsumerType
public interface MorphologyWriter {

    /** Writes the morphology to {@code file}, atomically (temporary file, then move). */
    void write(Morphology morphology, Path file) throws IOException;
}
