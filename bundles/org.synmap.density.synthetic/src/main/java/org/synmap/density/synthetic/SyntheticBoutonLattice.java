package org.synmap.density.synthetic;

import java.util.Locale;

import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.Lattice;

/**
 * One generated single-axon bouton lattice. Loading draws the axon's variation from a stream
 * seeded by (seed, column, type, lattice index) alone, so the result does not depend on which
 * lattices were loaded before, in which order, or on which thread.
 */
final class SyntheticBoutonLattice implements BoutonLattice {
    private final ModelGrid grid;
    private final PresynapticType type;
    private final Column column;
    private final long streamSeed;
    private final String name;

    SyntheticBoutonLattice(ModelGrid grid, long seed, int columnIndex, int typeIndex, int latticeIndex, int nameWidth) {
        this.grid = grid;
        this.type = PresynapticTypes.ALL.get(typeIndex);
        this.column = BarrelField.columns().get(columnIndex);
        this.streamSeed = SplitMix64.seedOf(seed, columnIndex, typeIndex, latticeIndex);
        // Locale.ROOT: the default locale may print other digits (axon_٠٣ in Arabic locales)
        this.name = String.format(Locale.ROOT, "axon_%0" + nameWidth + "d", latticeIndex);
    }

    /** {@code axon_00}, {@code axon_01}, …: zero-padded, so name order is load order. */
    @Override
    public String name() {
        return name;
    }

    @Override
    public Lattice load() {
        return AxonProfile.individual(type, column, new SplitMix64(streamSeed)).render(grid);
    }

    @Override
    public String toString() {
        return column.name() + "/" + type.name() + "/" + name;
    }
}
