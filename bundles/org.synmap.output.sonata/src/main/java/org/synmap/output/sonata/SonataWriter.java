package org.synmap.output.sonata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.synmap.connectome.api.Population;
import org.synmap.format.text.AtomicFiles;
import org.synmap.morphology.api.MorphologyWriter;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Writes an embedding as a SONATA circuit: {@code nodes.h5}, {@code edges.h5},
 * {@code node_types.csv}, {@code edge_types.csv}, {@code circuit_config.json}, and the
 * morphology as hoc in {@code morphologies/}, so that section ids mean the same sections for
 * every reader of the circuit. Every file is written atomically.
 */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "sonata", description = "SONATA circuit: nodes.h5,"
        + " edges.h5 (chemical synapses, BBP sonata-extension fields), type tables, circuit_config.json")
public final class SonataWriter implements RealizationWriter {
    static final String MORPHOLOGY_FORMAT = "hoc";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(&(" + SynmapPlugin.KIND + "=" + SynmapPlugin.MORPHOLOGY_WRITER + ")(" + SynmapPlugin.NAME + "="
                    + MORPHOLOGY_FORMAT + "))")
    private volatile MorphologyWriter hocWriter;

    /** For the component runtime, which injects the hoc writer. */
    public SonataWriter() {
    }

    /** With a fixed hoc writer, for use outside a framework. */
    public SonataWriter(MorphologyWriter hocWriter) {
        this.hocWriter = hocWriter;
    }

    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        MorphologyWriter hoc = hocWriter;
        if (hoc == null) {
            throw new IOException("sonata: the circuit's morphology is written as hoc, but no morphology writer named '"
                    + MORPHOLOGY_FORMAT + "' is installed");
        }
        Names names = Names.of(result.model(), result.morphology().name());
        SonataEdges edges = SonataEdges.of(result);
        List<Path> files = new ArrayList<>();
        Path morphologies = Files.createDirectories(directory.resolve("morphologies"));
        Path morphology = morphologies.resolve(names.morphology() + ".hoc");
        hoc.write(result.morphology(), morphology);
        files.add(morphology);
        files.add(SonataFiles.writeNodes(directory.resolve("nodes.h5"), names, result.morphology(),
                result.populations(), edges.populationStart));
        // jhdf cannot write datasets of length 0: a sample without synapses is a circuit without
        // an edge population, and its config lists no edge files.
        boolean hasEdges = edges.size() > 0;
        if (hasEdges) {
            files.add(SonataFiles.writeEdges(directory.resolve("edges.h5"), names, edges));
        }
        files.add(AtomicFiles.writeText(directory.resolve("node_types.csv"), nodeTypes(result, names)));
        if (hasEdges) {
            files.add(AtomicFiles.writeText(directory.resolve("edge_types.csv"), edgeTypes(result)));
        }
        files.add(AtomicFiles.writeText(directory.resolve("circuit_config.json"),
                config(names, edges.sourceNodes() > 0, hasEdges)));
        return files;
    }

    /** SONATA's type tables are space-separated; empty values are written as NONE. */
    static String nodeTypes(EmbeddingResult result, Names names) {
        StringBuilder b = new StringBuilder("node_type_id model_type pop_name cell_type area ei morphology\n");
        b.append("0 biophysical ").append(names.target()).append(' ').append(token(result.postsynapticType()))
                .append(" NONE NONE ").append(names.morphology()).append('\n');
        List<Population> populations = result.populations();
        for (int p = 0; p < populations.size(); p++) {
            Population pop = populations.get(p);
            b.append(p + 1).append(" virtual ").append(names.source()).append(' ').append(token(pop.type())).append(' ')
                    .append(token(pop.area())).append(' ').append(pop.excitatory() ? 'e' : 'i').append(" NONE\n");
        }
        return b.toString();
    }

    static String edgeTypes(EmbeddingResult result) {
        StringBuilder b = new StringBuilder("edge_type_id presynaptic_type presynaptic_area synapse_class\n");
        List<Population> populations = result.populations();
        for (int p = 0; p < populations.size(); p++) {
            Population pop = populations.get(p);
            b.append(p).append(' ').append(token(pop.type())).append(' ').append(token(pop.area())).append(' ')
                    .append(pop.excitatory() ? "EXC" : "INH").append('\n');
        }
        return b.toString();
    }

    private static String token(String s) {
        return s.isEmpty() ? "NONE" : s.replaceAll("\\s", "_");
    }

    /**
     * The circuit config: the Allen guide's {@code manifest}, {@code components} and {@code networks}
     * with the type tables, and the BBP extension's (version 2) population entries with their types,
     * without which libsonata and bluepysnap see no populations. Its status is {@code partial}: the
     * embedded neuron is {@code biophysical} but has no electrical model
     * ({@code biophysical_neuron_models_dir}), which a {@code complete} circuit must name.
     */
    static String config(Names names, boolean hasPresynapticNodes, boolean hasEdges) throws IOException {
        Map<String, Object> nodePopulations = new LinkedHashMap<>();
        nodePopulations.put(names.target(), Map.of("type", "biophysical"));
        if (hasPresynapticNodes) {
            nodePopulations.put(names.source(), Map.of("type", "virtual"));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("version", 2);
        config.put("metadata", Map.of("status", "partial"));
        config.put("manifest", Map.of("$BASE_DIR", "."));
        config.put("components", Map.of("morphologies_dir", "$BASE_DIR/morphologies"));
        config.put("networks", Map.of(
                "nodes", List.of(Map.of("nodes_file", "$BASE_DIR/nodes.h5", "node_types_file", "$BASE_DIR/node_types.csv",
                        "populations", nodePopulations)),
                "edges", hasEdges ? List.of(Map.of("edges_file", "$BASE_DIR/edges.h5",
                        "edge_types_file", "$BASE_DIR/edge_types.csv",
                        "populations", Map.of(names.edges(), Map.of("type", "chemical")))) : List.of()));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(config) + "\n";
    }
}
