package org.synmap.density.api;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A handle on one single-axon bouton-density lattice (boutons per voxel) that loads on
 * demand. Callers load, use and drop one lattice at a time.
 */
@ConsumerType
public interface BoutonLattice {

    /** A name that identifies the lattice within its (area, type), e.g. its file name. */
    String name();

    /** Loads the lattice as stored (not cropped). May be called from several threads. */
    Lattice load() throws IOException;
}
