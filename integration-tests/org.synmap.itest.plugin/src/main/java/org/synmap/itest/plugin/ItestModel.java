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
import org.synmap.density.api.ParameterDescriptor;
import org.synmap.morphology.api.Section;

/**
 * One synapse from presynaptic cell 0 of every (area, type), on the first point of the first
 * section; {@code fail=prepare} or {@code fail=realize} makes it throw there.
 */
@Component(service = ConnectomeModel.class)
public class ItestModel implements ConnectomeModel {

    @Override
    public String name() {
        return "itest-model";
    }

    @Override
    public String description() {
        return "integration-test model: one synapse per area and type";
    }

    @Override
    public List<ParameterDescriptor> parameters() {
        return List.of(new ParameterDescriptor("fail", "throw in 'prepare' or 'realize'", ""));
    }

    @Override
    public Embedding prepare(EmbeddingRequest request, ProgressListener progress) {
        String fail = request.parameters().getOrDefault("fail", "");
        if (fail.equals("prepare")) {
            throw new IllegalStateException("deliberate failure in prepare");
        }
        Section first = request.morphology().section(0);
        return new Embedding() {
            @Override
            public Realization realize(long seed, int sampleIndex) {
                if (fail.equals("realize")) {
                    throw new ArithmeticException("deliberate failure in realize");
                }
                List<SynapseBlock> blocks = new ArrayList<>();
                for (String area : request.model().areas()) {
                    for (String type : request.model().cellTypes()) {
                        blocks.add(new SynapseBlock(area, type, List.of(new Synapse(first.id(), 0, first.relPt(0),
                                first.structure(), first.x(0), first.y(0), first.z(0), 0))));
                    }
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
