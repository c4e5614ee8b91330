package org.synmap.connectome.barrelcortex;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.density.api.ParameterDescriptor;

/**
 * The barrel-cortex dense connectome model (Egger et al. 2014, Udvary et al. 2022): ISF's
 * {@code singlecell_input_mapper} network embedding (isf-spec §1), with an explicit seed and
 * samples drawn independently and in parallel.
 */
@Component(service = ConnectomeModel.class)
public final class BarrelCortexModel implements ConnectomeModel {

    /** The model's name. */
    public static final String NAME = "barrel-cortex";
    /** Parameter choosing the sampler. */
    public static final String SAMPLER = "sampler";
    /** The default sampler: distribution-exact, independent seeded samples. */
    public static final String FAST = "fast";

    /** Samplers by parameter value; a new sampler is one class and one entry here. */
    private static final Map<String, Function<EmbeddingData, Sampler>> SAMPLERS = new LinkedHashMap<>();

    static {
        SAMPLERS.put(FAST, FastSampler::new);
        SAMPLERS.put(IsfReplaySampler.NAME, IsfReplaySampler::new);
    }

    /** Creates the model; it has no state of its own. */
    public BarrelCortexModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Synapses and presynaptic partners of a neuron in the rat barrel cortex from single-axon bouton "
                + "densities and PST normalization (ISF singlecell_input_mapper semantics)";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
        return List.of(new ParameterDescriptor(SAMPLER, "how realizations are drawn: " + String.join(", ",
                SAMPLERS.keySet()) + " (fast: distribution-exact, seeded, independent samples in parallel)", FAST));
    }

    /**
     * Validates the request (parameters, postsynaptic type, placement of the morphology) and runs
     * the precomputation.
     *
     * @throws IllegalArgumentException for an unknown parameter or sampler, a postsynaptic type
     *                                  without PST constants (this covers ISF's VPM hole, quirk
     *                                  Q12), or a morphology outside the PST lattice
     */
    @Override
    public Embedding prepare(EmbeddingRequest request, ProgressListener progress) throws IOException {
        for (String key : request.parameters().keySet()) {
            if (!key.equals(SAMPLER)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' for connectome model " + NAME
                        + "; valid parameters: " + SAMPLER);
            }
        }
        String samplerName = request.parameters().getOrDefault(SAMPLER, FAST);
        Function<EmbeddingData, Sampler> sampler = SAMPLERS.get(samplerName);
        if (sampler == null) {
            throw new IllegalArgumentException("unknown sampler '" + samplerName + "'; valid samplers: "
                    + String.join(", ", SAMPLERS.keySet()));
        }
        List<String> postTypes = request.model().postsynapticTypes();
        if (!postTypes.contains(request.postsynapticType())) {
            throw new IllegalArgumentException("unknown postsynaptic cell type '" + request.postsynapticType()
                    + "' for model " + request.model().name() + " (it has no PST constants); valid types: "
                    + String.join(", ", postTypes));
        }
        EmbeddingData data = Precomputation.run(request, progress);
        return new PreparedEmbedding(data, samplerName, sampler.apply(data));
    }
}
