package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that writes uniform lattices in one file format. */
@ConsumerType
public interface LatticeWriter {

    /** Short format name, e.g. {@code amiramesh}. */
    String formatName();

    /** Writes the lattice atomically (temporary file, then move). */
    void write(Lattice lattice, Path file) throws IOException;
}
