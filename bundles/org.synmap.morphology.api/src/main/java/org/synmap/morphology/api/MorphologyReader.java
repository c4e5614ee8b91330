package org.synmap.morphology.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that reads one morphology file format. Register an implementation as an OSGi
 * service; the engine picks a reader by {@link #formatName()} or by file extension.
 */
@ConsumerType
public interface MorphologyReader {

    /** Short format name, e.g. {@code hoc} or {@code swc}. */
    String formatName();

    /** File extensions this reader handles, lower case without the dot. */
    List<String> fileExtensions();

    /**
     * Reads a morphology from a file. The morphology's name is the file's base name; what the
     * reader ignored or had to assume is in {@link Morphology#warnings()}.
     *
     * @throws InputFormatException when the content is malformed; the message names the
     *                                   file and line
     */
    Morphology read(Path file) throws IOException;

    /**
     * Reads a morphology from a stream.
     *
     * @param name the name to use for the morphology and in error messages
     */
    Morphology read(InputStream in, String name) throws IOException;
}
