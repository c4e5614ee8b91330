package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Path;

import org.synmap.density.api.Lattice;

/** Turns a lattice file into a {@link Lattice}: by parsing it, or from a {@link LatticeCache}. */
@FunctionalInterface
interface LatticeLoader {

    /** Thread-safe: bouton lattices are loaded from several threads at once. */
    Lattice load(Path file) throws IOException;
}
