package org.synmap.connectome.barrelcortex;

/**
 * The synapse density of one bouton lattice on the cell grid, kept sparse: its non-zero
 * values λ at the (structure, voxel) keys that have candidate points, in ISF's iteration order
 * (structure order, then voxel C order; keys ascending). Immutable.
 *
 * <p>Voxels where λ ≠ 0 but no traced point lies are not kept: ISF makes no synapse and no RNG
 * call there (quirk Q4, reproduced); their λ sum is kept in {@link #lostLambda()} for reporting.
 */
final class SparseDensity {

    /** Why a density has no entries, or that it may have some. */
    enum Kind {
        /** The lattice overlaps the cell grid; entries may still be empty. */
        OVERLAPPING,
        /** The cropped lattice's box does not overlap the grid's box: ISF's None. */
        NO_OVERLAP,
        /** Every value of the lattice is zero (ISF crashes, quirk Q20; treated as None). */
        ALL_ZERO
    }

    private static final int[] NO_KEYS = {};
    private static final double[] NO_LAMBDA = {};

    private final String name;
    private final Kind kind;
    private final int[] keys;
    private final double[] lambda;
    private final double total;
    private final double lostLambda;

    SparseDensity(String name, Kind kind, int[] keys, double[] lambda, double lostLambda) {
        if (keys.length != lambda.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
        this.name = name;
        this.kind = kind;
        this.keys = keys;
        this.lambda = lambda;
        double sum = 0.0;
        for (double l : lambda) {
            sum += l;
        }
        this.total = sum;
        this.lostLambda = lostLambda;
    }

    /** A density without entries, for a lattice that does not overlap or is all zero. */
    static SparseDensity empty(String name, Kind kind) {
        return new SparseDensity(name, kind, NO_KEYS, NO_LAMBDA, 0.0);
    }

    /** The bouton lattice's name. */
    String name() { return name; }

    Kind kind() { return kind; }

    /** Number of entries. */
    int size() { return keys.length; }

    /** Candidate-map key ({@code structureIndex · voxels + voxel}) of entry {@code e}. */
    int key(int e) { return keys[e]; }

    /** λ of entry {@code e}: the expected synapses one presynaptic cell makes there. */
    double lambda(int e) { return lambda[e]; }

    /** A copy of all λ values in entry order. */
    double[] lambdas() { return lambda.clone(); }

    /** Σλ over the entries: expected synapses of one cell that picked this density. */
    double total() { return total; }

    /** Σλ over voxels with density but without traced points (lost in ISF, quirk Q4). */
    double lostLambda() { return lostLambda; }
}
