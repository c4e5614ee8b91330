package org.synmap.density.isf;

import java.io.IOException;

import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.InputFormatException;

/**
 * Every lattice of an ISF folder is a density (PST normalization, boutons per voxel): a negative
 * value anywhere is damage, and is refused when the lattice is read, whether or not the voxel is
 * ever used.
 */
final class Densities {

    private Densities() {
    }

    /** A loader that refuses lattices with a negative (or NaN) value, naming the file and the first voxel. */
    static LatticeLoader nonNegative(LatticeLoader loader) {
        return file -> {
            Lattice l = loader.load(file);
            for (int n = 0; n < l.size(); n++) {
                double v = l.get(n);
                if (!(v >= 0)) {
                    // flat indices are C order, k fastest (Lattice.index)
                    int k = n % l.nz();
                    int j = (n / l.nz()) % l.ny();
                    int i = n / (l.nz() * l.ny());
                    throw new InputFormatException(file.toString(), 0, "voxel (" + i + ", " + j + ", " + k
                            + ") holds " + v + "; a density must be a number ≥ 0");
                }
            }
            return l;
        };
    }
}
