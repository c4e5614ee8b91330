package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Path;

import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeReader;

/**
 * One bouton-density file, parsed on every {@link #load()} and never cached, so that only the
 * lattices in use occupy memory (ISF holds all of them at once, quirk Q21).
 */
record FileBoutonLattice(Path file, LatticeReader reader) implements BoutonLattice {

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    /** Thread-safe as long as the reader is (readers are stateless services). */
    @Override
    public Lattice load() throws IOException {
        return reader.read(file);
    }
}
