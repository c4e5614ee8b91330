package org.synmap.density.api;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/** A plugin that writes uniform lattices in one file format ({@code @SynmapPlugin(kind = LATTICE_WRITER, name)}). */
@ConsumerType
public interface LatticeWriter {

    /** Writes the lattice atomically (temporary file, then move). */
    void write(Lattice lattice, Path file) throws IOException;
}
