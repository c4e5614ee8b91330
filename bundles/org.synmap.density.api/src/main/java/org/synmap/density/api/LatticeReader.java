package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that reads uniform lattices in one file format, described by
 * {@code @SynmapPlugin(kind = LATTICE_READER, name, extensions)}.
 */
@ConsumerType
public interface LatticeReader {

    /**
     * Reads a lattice.
     *
     * @throws org.synmap.morphology.api.InputFormatException for malformed content, naming file and line
     */
    Lattice read(Path file) throws IOException;
}
