package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that reads uniform lattices in one file format. */
@ConsumerType
public interface LatticeReader {

    /** Short format name, e.g. {@code amiramesh}. */
    String formatName();

    /** File extensions, lower case without the dot. */
    List<String> fileExtensions();

    /**
     * Reads a lattice.
     *
     * @throws org.synmap.morphology.api.InputFormatException for malformed content, naming file and line
     */
    Lattice read(Path file) throws IOException;
}
