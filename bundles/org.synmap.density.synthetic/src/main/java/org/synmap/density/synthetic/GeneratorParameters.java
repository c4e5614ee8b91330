package org.synmap.density.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.synmap.density.api.ParameterDescriptor;

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

    static List<ParameterDescriptor> descriptors() {
        return List.of(
                new ParameterDescriptor(SEED, "seed of the individual axons (integer)", Long.toString(DEFAULTS.seed)),
                new ParameterDescriptor(SCALE, "fraction of the cell counts, in (0, 1]; each (column, type) keeps at least one cell",
                        Double.toString(DEFAULTS.scale)),
                new ParameterDescriptor(DENSITIES, "single-axon bouton lattices per (column, type), 1…" + MAX_DENSITIES,
                        Integer.toString(DEFAULTS.densities)),
                new ParameterDescriptor(SPACING, "voxel edge of the common lattice in µm, " + MIN_SPACING + "…" + MAX_SPACING,
                        Double.toString(DEFAULTS.spacing)));
    }

    /**
     * Parses parameters by name; absent ones take their defaults.
     *
     * @throws IllegalArgumentException for an unknown name or a value out of range, naming both
     */
    static GeneratorParameters parse(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!List.of(SEED, SCALE, DENSITIES, SPACING).contains(name)) {
                throw new IllegalArgumentException("synthetic-barrel-cortex: unknown parameter '" + name
                        + "' (known: seed, scale, densities, spacing)");
            }
        }
        try {
            return new GeneratorParameters(
                    value(parameters, SEED, "an integer", Long::parseLong, DEFAULTS.seed),
                    value(parameters, SCALE, "a number", Double::parseDouble, DEFAULTS.scale),
                    value(parameters, DENSITIES, "an integer", Integer::parseInt, DEFAULTS.densities),
                    value(parameters, SPACING, "a number", Double::parseDouble, DEFAULTS.spacing));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("synthetic-barrel-cortex: " + e.getMessage(), e);
        }
    }

    /** The parameter's parsed value, its default when absent; unparsable text names the parameter. */
    private static <T> T value(Map<String, String> parameters, String name, String expected, Function<String, T> parser,
            T fallback) {
        String text = parameters.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return parser.apply(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be " + expected + ", got '" + text + "'", e);
        }
    }

    /** The parameters as text, e.g. {@code seed=1 scale=1.0 densities=3 spacing=50.0}. */
    String describe() {
        return String.format(Locale.ROOT, "seed=%d scale=%s densities=%d spacing=%s", seed, scale, densities, spacing);
    }
}
