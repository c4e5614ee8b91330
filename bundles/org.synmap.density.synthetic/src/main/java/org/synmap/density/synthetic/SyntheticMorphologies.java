package org.synmap.density.synthetic;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyCatalog;

/**
 * Built-in morphologies: {@code l5tt-c2}, a synthetic L5 thick-tufted pyramidal cell in column
 * C2 of the synthetic barrel cortex (users write {@code builtin:l5tt-c2}).
 */
@Component(service = MorphologyCatalog.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_CATALOG, name = "synthetic", description = "built-in synthetic "
        + "morphologies (builtin:l5tt-c2)")
public final class SyntheticMorphologies implements MorphologyCatalog {

    private volatile Morphology l5ttC2;

    public SyntheticMorphologies() {
        // DS and plain tests construct it directly
    }

    @Override
    public List<String> morphologyNames() {
        return List.of(L5ttC2Builder.NAME);
    }

    @Override
    public String describe(String name) {
        requireKnown(name);
        return "synthetic L5 thick-tufted pyramidal cell in column C2 (soma in L5B, tuft in L1, ~15 mm of dendrite)";
    }

    /** The named morphology; built once (it is immutable and always the same). */
    @Override
    public Morphology morphology(String name) {
        requireKnown(name);
        Morphology m = l5ttC2;
        if (m == null) {
            m = L5ttC2Builder.build();
            l5ttC2 = m;
        }
        return m;
    }

    private static void requireKnown(String name) {
        if (!L5ttC2Builder.NAME.equals(name)) {
            throw new IllegalArgumentException("unknown built-in morphology '" + name + "' (known: " + L5ttC2Builder.NAME + ")");
        }
    }
}
