package org.synmap.morphology.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * A plugin that reads one morphology file format. Register an implementation as an OSGi
 * service described by {@code @SynmapPlugin(kind = MORPHOLOGY_READER, name, extensions)}; the
 * engine picks a reader by the file's extension (the highest {@code service.ranking} where
 * several claim it). Implementations are stateless or thread-safe.
 */
@ConsumerType
public interface MorphologyReader {

    /** The parameters {@link #read(Path, Parameters)} takes; none by default. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /**
     * Reads a morphology from a file with the reader's default parameters. The morphology's
     * name is the file's base name; what the reader ignored or had to assume is in
     * {@link Morphology#warnings()}.
     *
     * @throws InputFormatException when the content is malformed; the message names the
     *                                   file and line
     */
    Morphology read(Path file) throws IOException;

    /**
     * Reads a morphology from a file with parameters the engine checked against
     * {@link #parameters()}. Readers without parameters need not override this.
     *
     * @throws InputFormatException when the content is malformed; the message names the
     *                                   file and line
     */
    default Morphology read(Path file, Parameters parameters) throws IOException {
        return read(file);
    }

    /**
     * Reads a morphology from a stream.
     *
     * @param name the name to use for the morphology and in error messages
     */
    Morphology read(InputStream in, String name) throws IOException;
}
