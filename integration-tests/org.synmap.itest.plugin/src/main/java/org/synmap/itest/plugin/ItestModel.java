package org.synmap.itest.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.ConnectomeModel;
import org.synmap.connectome.api.Embedding;
import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.connectome.api.ModelInput;
import org.synmap.connectome.api.Population;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.CellClass;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.morphology.api.Section;

/**
 * One synapse from presynaptic cell 0 of every (area, type), on the first point of the first
 * section; {@code fail=prepare} or {@code fail=realize} makes it throw there.
 */
@Component(service = ConnectomeModel.class)
@SynmapPlugin(kind = SynmapPlugin.CONNECTOME_MODEL, name = "itest-model", description = "integration-test model: "
        + "one synapse per area and type")
public class ItestModel implements ConnectomeModel {

    @Override
    public ModelInput input() {
        return ModelInput.ANATOMICAL_MODEL;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.choice("fail", "none", "throw in 'prepare' or 'realize'", "none", "prepare",
                "realize"));
    }

    @Override
    public Embedding prepare(EmbeddingRequest request, ProgressListener progress) {
        String fail = request.parameters().text("fail");
        if (fail.equals("prepare")) {
            throw new IllegalStateException("deliberate failure in prepare");
        }
        AnatomicalModel anatomy = request.data(AnatomicalModel.class);
        List<Population> populations = new ArrayList<>();
        for (String area : anatomy.areas()) {
            for (String type : anatomy.cellTypes()) {
                populations.add(new Population(type, area, anatomy.cellCount(area, type),
                        anatomy.cellClass(type) == CellClass.EXC));
            }
        }
        Section first = request.morphology().section(0);
        return new Embedding() {
            @Override
            public List<Population> populations() {
                return populations;
            }

            @Override
            public Realization realize(long seed, int sampleIndex) {
                if (fail.equals("realize")) {
                    throw new ArithmeticException("deliberate failure in realize");
                }
                List<SynapseBlock> blocks = new ArrayList<>();
                for (Population p : populations) {
                    blocks.add(new SynapseBlock(p.area(), p.type(), List.of(new Synapse(first.id(), 0, first.relPt(0),
                            first.structure(), first.x(0), first.y(0), first.z(0), 0, 0))));
                }
                return new Realization(sampleIndex, blocks);
            }

            @Override
            public Map<String, String> describe() {
                return Map.of("model", "itest");
            }
        };
    }
}
