package ${package};

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ModelInput;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * An example connectome model: a given number of synapses, placed uniformly by length on the
 * dendrites (basal and apical) of any morphology, each from a presynaptic cell drawn uniformly
 * from one population. It takes any cell type and any {@code --data}, or none.
 *
 * <p>The component is a plugin because of two annotations: {@code @Component} registers it as a
 * {@link ConnectomeModel} service, and {@code @SynmapPlugin} adds the service properties the
 * engine selects by ({@code --model ${artifactId}}).
 */
@Component(service = ConnectomeModel.class)
@SynmapPlugin(kind = SynmapPlugin.CONNECTOME_MODEL, name = UniformSynapsesModel.NAME,
        description = "example: a given number of synapses uniformly by length on the dendrites, from one"
                + " population of presynaptic cells")
public class UniformSynapsesModel implements ConnectomeModel {
    /** The model's name, as users give it to {@code --model}. */
    public static final String NAME = "${artifactId}";
    /** Parameter: synapses per sample. */
    public static final String SYNAPSES = "synapses";
    /** Parameter: cells in the presynaptic population. */
    public static final String CELLS = "cells";

    /**
     * Data is optional and unused: {@code ModelInput.ANY} hands over whatever {@code --data}
     * says. A model that reads a file declares {@code ModelInput.FILE} instead.
     */
    @Override
    public ModelInput input() {
        return ModelInput.ANY;
    }

    /**
     * Typed, described parameters: the engine checks and converts {@code --param name=value}
     * against them before prepare is called, and {@code embed --help} lists them.
     */
    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer(SYNAPSES, 100L, "synapses per sample, placed uniformly by length on the dendrites"),
                Parameter.integer(CELLS, 50L, "cells in the presynaptic population; each synapse comes from one"
                        + " drawn uniformly"));
    }

    /**
     * Checks the request and measures the dendrites once; samples are drawn later, in parallel.
     *
     * @throws IllegalArgumentException a parameter out of range, or a morphology without dendrites
     */
    @Override
    public Embedding prepare(EmbeddingRequest request, ProgressListener progress) {
        long synapses = request.parameters().integer(SYNAPSES);
        long cells = request.parameters().integer(CELLS);
        if (synapses < 0 || synapses > 10_000_000) {
            throw new IllegalArgumentException(NAME + ": parameter '" + SYNAPSES + "': expected 0 to 10000000, got "
                    + synapses);
        }
        if (cells < 1 || cells > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(NAME + ": parameter '" + CELLS + "': expected at least 1, got " + cells);
        }
        Dendrites dendrites = Dendrites.of(request.morphology());
        return new UniformSynapses(dendrites, (int) synapses, (int) cells, request.postsynapticType(),
                request.data());
    }
}
