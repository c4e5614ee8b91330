package org.synmap.morphology.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that writes morphologies in one file format. */
@ConsumerType
public interface MorphologyWriter {

    /** Short format name, e.g. {@code hoc}. */
    String formatName();

    /** File extensions this writer produces, lower case without the dot; the first is the default. */
    List<String> fileExtensions();

    /** Writes the morphology to {@code file}, atomically (temporary file, then move). */
    void write(Morphology morphology, Path file) throws IOException;
}
