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
import org.synmap.connectome.api.ModelInput;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * The barrel-cortex dense connectome model (Egger et al. 2014, Udvary et al. 2022): ISF's
 * {@code singlecell_input_mapper} network embedding (isf-spec §1), with an explicit seed and
 * samples drawn independently and in parallel.
 */
// Ranked above 0 so that it is the default model (no --model) wherever it is installed.
@Component(service = ConnectomeModel.class, property = "service.ranking:Integer=10")
@SynmapPlugin(kind = SynmapPlugin.CONNECTOME_MODEL, name = BarrelCortexModel.NAME, description = "Synapses and "
        + "presynaptic partners of a neuron in the rat barrel cortex from single-axon bouton densities and PST "
        + "normalization (ISF singlecell_input_mapper semantics)")
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

    /** The model's parameters. */
    static final List<Parameter> PARAMETERS = List.of(Parameter.choice(SAMPLER, FAST, "how realizations are "
            + "drawn (fast: distribution-exact, seeded, independent samples in parallel; isf-replay: ISF's own "
            + "numpy random stream, sequential, seed in [0, 4294967295])",
            SAMPLERS.keySet().toArray(new String[0])));

    /** The model's parameters checked and converted, as the engine does it (for use outside the engine). */
    public static Parameters parameters(Map<String, String> given) {
        return Parameters.parse(NAME, PARAMETERS, given);
    }

    /** Creates the model; it has no state of its own. */
    public BarrelCortexModel() {
    }

    @Override
    public ModelInput input() {
        return ModelInput.ANATOMICAL_MODEL;
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    /** The replay sampler replays numpy.random.seed(seed), which takes seeds in [0, 2^32) only. */
    @Override
    public void checkSeed(long seed, Parameters parameters) {
        if (IsfReplaySampler.NAME.equals(parameters.text(SAMPLER))) {
            IsfReplaySampler.checkSeed(seed);
        }
    }

    /**
     * Validates the request (postsynaptic type, placement of the morphology) and runs the
     * precomputation.
     *
     * @throws IllegalArgumentException for a postsynaptic type without PST constants (this covers
     *                                  ISF's VPM hole, quirk Q12), or a morphology outside the PST
     *                                  lattice
     */
    @Override
    public Embedding prepare(EmbeddingRequest request, ProgressListener progress) throws IOException {
        String samplerName = request.parameters().text(SAMPLER);
        AnatomicalModel anatomy = request.data(AnatomicalModel.class);
        List<String> postTypes = anatomy.postsynapticTypes();
        if (!postTypes.contains(request.postsynapticType())) {
            throw new IllegalArgumentException("unknown postsynaptic cell type '" + request.postsynapticType()
                    + "' for model " + anatomy.name() + " (it has no PST constants); valid types: "
                    + String.join(" ", postTypes));
        }
        EmbeddingData data = Precomputation.run(request, progress);
        return new PreparedEmbedding(data, samplerName, SAMPLERS.get(samplerName).apply(data));
    }
}
