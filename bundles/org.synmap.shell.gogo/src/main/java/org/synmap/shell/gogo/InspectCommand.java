package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;
import org.synmap.morphology.api.Box;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.plugin.api.SynmapPlugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect}: a morphology's structures, or an existing realization's counts per type. */
@Command(name = "inspect", description = {"a morphology: sections, points and length per structure, bounding box,"
    + " the reader's warnings;", "a realization (.syn with its .con): synapses and connected cells per type"})
final class InspectCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "a morphology file, builtin:<name>, or a .syn file")
    private String location;

    @Option(names = "--json", description = "print JSON")
    private boolean json;

    @Mixin
    private ReaderParams readerParams;

    InspectCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        Map<String, String> readerParameters = readerParams.map();
        if (!location.startsWith("builtin:") && engine.isRealizationFile(Path.of(location))) {
            return realization(Path.of(location));
        }
        if (location.toLowerCase(java.util.Locale.ROOT).endsWith(".con")) {
            // ISF's pair is read through its .syn; a .con alone is not a morphology
            String syn = location.substring(0, location.length() - ".con".length()) + ".syn";
            throw new SynmapException(location + " is the connection file of an ISF realization; inspect " + syn
                    + ", which reads the .con beside it");
        }
        Morphology m = engine.readMorphology(location, readerParameters);
        Map<Structure, int[]> counts = new EnumMap<>(Structure.class);
        Map<Structure, Double> lengths = new EnumMap<>(Structure.class);
        for (Section s : m.sections()) {
            int[] c = counts.computeIfAbsent(s.structure(), k -> new int[2]);
            c[0]++;
            c[1] += s.pointCount();
            lengths.merge(s.structure(), s.length(), Double::sum);
        }
        Box b = m.bounds();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", m.name());
            out.put("reader", readerName());
            out.put("readerParameters", readerParameters);
            out.put("sections", m.sections().size());
            out.put("points", m.pointCount());
            out.put("lengthUm", m.totalLength());
            Map<String, Object> per = new LinkedHashMap<>();
            for (Structure s : m.structureOrder()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("sections", counts.get(s)[0]);
                e.put("points", counts.get(s)[1]);
                e.put("lengthUm", lengths.get(s));
                per.put(s.label(), e);
            }
            out.put("structures", per);
            out.put("boundingBox", Map.of("min", List.of(b.minX(), b.minY(), b.minZ()),
                    "max", List.of(b.maxX(), b.maxY(), b.maxZ())));
            out.put("warnings", m.warnings());
            return toJson(out);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STRUCTURE", "SECTIONS", "POINTS", "LENGTH (um)"});
        for (Structure s : m.structureOrder()) {
            rows.add(new String[] {s.label(), Integer.toString(counts.get(s)[0]), Integer.toString(counts.get(s)[1]),
                String.format(Locale.ROOT, "%.6f", lengths.get(s))});
        }
        rows.add(new String[] {"total", Integer.toString(m.sections().size()), Integer.toString(m.pointCount()),
            String.format(Locale.ROOT, "%.6f", m.totalLength())});
        StringBuilder text = new StringBuilder(m.name()).append('\n').append(Table.render(rows)).append(String.format(
                Locale.ROOT, "\nbounding box (um): x %.3f .. %.3f, y %.3f .. %.3f, z %.3f .. %.3f",
                b.minX(), b.maxX(), b.minY(), b.maxY(), b.minZ(), b.maxZ()));
        // what the reader ignored or assumed (e.g. a hoc file read with NEURON rules): the user must see it
        for (String warning : m.warnings()) {
            text.append("\nwarning: ").append(warning);
        }
        return text.toString();
    }

    /**
     * The plugin that read the morphology. The engine does not return it, so it is worked out
     * with the engine's own rule: the best-ranked reader of the file's extension, or for
     * {@code builtin:} names the morphology catalog (named only when a single one is installed).
     */
    private String readerName() {
        List<PluginInfo> plugins = engine.plugins();
        if (location.startsWith("builtin:")) {
            List<PluginInfo> catalogs = plugins.stream()
                    .filter(p -> p.kind().equals(SynmapPlugin.MORPHOLOGY_CATALOG)).toList();
            return catalogs.size() == 1 ? catalogs.get(0).name() : "builtin";
        }
        return PluginChoice.forFile(plugins, SynmapPlugin.MORPHOLOGY_READER, Path.of(location).getFileName().toString())
                .map(PluginInfo::name).orElse(null);
    }

    /** Synapses and connected cells per presynaptic type (and in total) of an existing realization. */
    private String realization(Path file) {
        Realization r = engine.readRealization(file);
        Map<String, int[]> perType = new LinkedHashMap<>();
        Set<String> areas = new LinkedHashSet<>();
        for (SynapseBlock b : r.blocks()) {
            int[] c = perType.computeIfAbsent(b.type(), k -> new int[2]);
            c[0] += b.size();
            c[1] += b.connectedCells();
            if (b.size() > 0) {
                areas.add(b.area());
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file.toString());
            out.put("synapses", r.synapseCount());
            out.put("connectedCells", r.connectedCells());
            out.put("blocks", r.blocks().size());
            out.put("areas", List.copyOf(areas));
            Map<String, Object> types = new LinkedHashMap<>();
            perType.forEach((type, c) -> types.put(type, Map.of("synapses", c[0], "connectedCells", c[1])));
            out.put("types", types);
            return toJson(out);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE", "SYNAPSES", "CONNECTED CELLS"});
        perType.forEach((type, c) -> rows.add(new String[] {type, Integer.toString(c[0]), Integer.toString(c[1])}));
        rows.add(new String[] {"total", Integer.toString(r.synapseCount()), Integer.toString(r.connectedCells())});
        return file.getFileName() + ": " + r.blocks().size() + " synapse types (type_column) from " + areas.size()
                + " columns\n" + Table.render(rows);
    }

    private static String toJson(Map<String, Object> value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SynmapException("cannot render JSON: " + e.getMessage(), e);
        }
    }
}
