package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Path;

import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.Lattice;

/**
 * One bouton-density file, loaded on every {@link #load()} (parsed, or from the binary cache)
 * and never held, so that only the lattices in use occupy memory (ISF holds all of them at
 * once, quirk Q21).
 */
record FileBoutonLattice(Path file, LatticeLoader loader) implements BoutonLattice {

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    /** Thread-safe: loaders are. */
    @Override
    public Lattice load() throws IOException {
        return loader.load(file);
    }
}
