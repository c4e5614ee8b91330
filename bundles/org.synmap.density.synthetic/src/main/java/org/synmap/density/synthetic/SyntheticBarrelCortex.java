package org.synmap.density.synthetic;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.DensitySource;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * A synthetic rat barrel cortex generated in code: 24 columns, 22 presynaptic types with 536,162
 * cells, per (column, type) single-axon bouton lattices on a common lattice, EXC and INH
 * normalization PSTs and ISF's PST constants. Same parameters, same model, bit for bit.
 */
@Component(service = DensitySource.class)
@SynmapPlugin(kind = SynmapPlugin.DENSITY_SOURCE, name = SyntheticBarrelCortex.NAME, description = "a synthetic rat "
        + "barrel cortex (24 columns, 22 cell types, 536,162 cells) generated in code")
public final class SyntheticBarrelCortex implements DensitySource {
    /** The source name users select. */
    public static final String NAME = "synthetic-barrel-cortex";
    /** Changes whenever the generated numbers change, so recorded provenance identifies the model. */
    static final String GENERATOR_VERSION = "2";

    public SyntheticBarrelCortex() {
        // DS and plain tests construct it directly
    }

    @Override
    public List<Parameter> parameters() {
        return GeneratorParameters.declared();
    }

    /** Never: the model is generated, not read. */
    @Override
    public boolean canOpen(Path location) {
        return false;
    }

    /**
     * Generates the model.
     *
     * @param location   must be null: there is nothing to read
     * @param parameters {@code seed}, {@code scale}, {@code densities}, {@code spacing}; see {@link #parameters()}
     * @throws IllegalArgumentException for a location, an unknown parameter or a value out of range
     */
    @Override
    public AnatomicalModel open(Path location, Parameters parameters) {
        if (location != null) {
            throw new IllegalArgumentException(NAME + " is generated and reads no files; got location " + location);
        }
        return new SyntheticModel(GeneratorParameters.of(parameters));
    }
}
