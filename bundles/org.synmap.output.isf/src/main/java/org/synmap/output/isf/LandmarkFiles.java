package org.synmap.output.isf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.PointSetWriter;

/**
 * ISF's optional landmark files (isf-spec §2.11): for every (area, type) of the model, including
 * those without synapses, the synapse positions of all synapses and of the apical, basal and soma
 * ones, each in its own subfolder, named {@code <cell>_<kind>_<T>_<runId>}.
 */
final class LandmarkFiles {
    /** Subfolder and file-name infix per kind, in ISF's order: all, apical, basal, soma. */
    private static final List<String> KINDS = List.of("total_synapses", "apical_synapses", "basal_synapses",
            "soma_synapses");

    private LandmarkFiles() {
    }

    static List<Path> write(EmbeddingResult result, Path directory, String cell, PointSetWriter writer,
            String extension)
            throws IOException {
        for (String kind : KINDS) {
            Files.createDirectories(directory.resolve(kind));
        }
        Morphology morphology = result.morphology();
        List<Path> files = new ArrayList<>();
        for (String area : result.areas()) {
            for (String type : result.cellTypes()) {
                SynapseBlock block = result.realization().block(area, type);
                List<List<Double>> points = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>());
                if (block != null) {
                    for (Synapse s : block.synapses()) {
                        double[] p = position(morphology, s, block.label());
                        add(points.get(0), p);
                        add(points.get(kindOf(morphology, s)), p);
                    }
                }
                for (int k = 0; k < KINDS.size(); k++) {
                    String kind = KINDS.get(k);
                    Path file = directory.resolve(kind).resolve(cell + "_" + kind + "_" + type + "_" + area + "_"
                            + result.runId() + "." + extension);
                    writer.write(points.get(k).stream().mapToDouble(Double::doubleValue).toArray(), file);
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static int kindOf(Morphology morphology, Synapse s) {
        Structure structure = s.structure() != null ? s.structure() : morphology.section(s.sectionId()).structure();
        return switch (structure) {
            case APICAL_DENDRITE -> 1;
            case DENDRITE -> 2;
            case SOMA -> 3;
        };
    }

    /**
     * The synapse's coordinates; for synapses read from a {@code .syn} (no coordinates, no point
     * index) the traced point whose relative position is x, where ISF always places synapses.
     */
    private static double[] position(Morphology morphology, Synapse s, String label) throws IOException {
        if (!Double.isNaN(s.px())) {
            return new double[] {s.px(), s.py(), s.pz()};
        }
        Section section = morphology.section(s.sectionId());
        int point = s.pointIndex();
        for (int m = 0; point < 0 && m < section.pointCount(); m++) {
            if (section.relPt(m) == s.x()) {
                point = m;
            }
        }
        if (point < 0) {
            throw new IOException(label + ": no coordinates for the synapse at x = " + s.x() + " on section "
                    + s.sectionId() + ", and no traced point lies there");
        }
        return new double[] {section.x(point), section.y(point), section.z(point)};
    }

    private static void add(List<Double> out, double[] p) {
        out.add(p[0]);
        out.add(p[1]);
        out.add(p[2]);
    }
}
