package org.synmap.density.synthetic;

import java.util.List;
import java.util.Locale;

import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * The parameters of the synthetic barrel cortex.
 *
 * @param seed      seeds the individual axons (the cell counts and the normalization PSTs do not depend on it)
 * @param scale     fraction of the cell counts, in (0, 1]
 * @param densities bouton lattices per (column, type), 1…100
 * @param spacing   voxel edge of the common lattice (µm), 25…200
 */
record GeneratorParameters(long seed, double scale, int densities, double spacing) {
    static final String SEED = "seed";
    static final String SCALE = "scale";
    static final String DENSITIES = "densities";
    static final String SPACING = "spacing";

    static final GeneratorParameters DEFAULTS = new GeneratorParameters(1, 1.0, 3, 50.0);

    static final double MIN_SPACING = 25.0;
    static final double MAX_SPACING = 200.0;
    static final int MAX_DENSITIES = 100;

    GeneratorParameters {
        if (!(scale > 0.0 && scale <= 1.0)) {
            throw new IllegalArgumentException("scale must be in (0, 1], got " + scale);
        }
        if (densities < 1 || densities > MAX_DENSITIES) {
            throw new IllegalArgumentException("densities must be 1…" + MAX_DENSITIES + ", got " + densities);
        }
        if (!(spacing >= MIN_SPACING && spacing <= MAX_SPACING)) {
            throw new IllegalArgumentException("spacing must be " + MIN_SPACING + "…" + MAX_SPACING + " µm, got " + spacing);
        }
    }

    static List<Parameter> declared() {
        return List.of(
                Parameter.integer(SEED, DEFAULTS.seed, "seed of the individual axons"),
                Parameter.decimal(SCALE, DEFAULTS.scale,
                        "fraction of the cell counts, in (0, 1]; each (column, type) keeps at least one cell"),
                Parameter.integer(DENSITIES, (long) DEFAULTS.densities,
                        "single-axon bouton lattices per (column, type), 1…" + MAX_DENSITIES),
                Parameter.decimal(SPACING, DEFAULTS.spacing,
                        "voxel edge of the common lattice in µm, " + MIN_SPACING + "…" + MAX_SPACING));
    }

    /**
     * The generator's parameters from checked values.
     *
     * @throws IllegalArgumentException for a value out of range, naming it
     */
    static GeneratorParameters of(Parameters parameters) {
        long densities = parameters.integer(DENSITIES);
        try {
            return new GeneratorParameters(parameters.integer(SEED), parameters.decimal(SCALE),
                    (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, densities)),
                    parameters.decimal(SPACING));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("synthetic-barrel-cortex: " + e.getMessage(), e);
        }
    }

    /** The parameters as text, e.g. {@code seed=1 scale=1.0 densities=3 spacing=50.0}. */
    String describe() {
        return String.format(Locale.ROOT, "seed=%d scale=%s densities=%d spacing=%s", seed, scale, densities, spacing);
    }
}
