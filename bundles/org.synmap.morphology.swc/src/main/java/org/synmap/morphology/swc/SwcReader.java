package org.synmap.morphology.swc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.morphology.api.Section;

/**
 * Reads standard SWC files into the hoc-style section model ISF uses (isf-spec §1.3, §2.2):
 * types 1/3/4 become Soma/Dendrite/ApicalDendrite, axons (type 2) are skipped with their
 * subtree, diameter = 2 × radius, and the tree is cut into sections by
 * {@link SwcSectionSplitter}.
 *
 * <p>The morphology carries the reader's warnings ({@link Morphology#warnings()}): what the
 * file does not say and the reader had to assume (soma layout, lost labels, placeholder radii).
 */
@Component(service = MorphologyReader.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_READER, name = "swc", extensions = "swc", description = "SWC "
        + "morphologies (NeuroMorpho.Org standard), split into sections as NEURON does")
public final class SwcReader implements MorphologyReader {

    /** Reads a file; the morphology is named after the file's base name including its extension. */
    @Override
    public Morphology read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), file.getFileName().toString());
        }
    }

    /** Reads a stream; {@code name} names the morphology and appears in messages. */
    @Override
    public Morphology read(InputStream in, String name) throws IOException {
        return read(in, name, name);
    }

    private static Morphology read(InputStream in, String file, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        SwcSplit split = SwcSectionSplitter.split(SwcParser.parse(reader, file), file);
        List<String> warnings = new ArrayList<>(split.warnings());
        List<Section> sections = new ArrayList<>();
        for (SwcSectionPlan plan : split.sections()) {
            Section s = section(sections.size(), plan, sections);
            if (s.length() == 0.0) {
                warnings.add(file + ":" + plan.points().get(plan.points().size() - 1).line() + ": section '" + s.name()
                        + "' has zero length; ISF's relative point positions are then undefined (isf-spec §1.3)");
            }
            sections.add(s);
        }
        return new Morphology(name, sections, warnings);
    }

    /** The section of a plan; its parent position is the relative position of the sample it hangs from. */
    private static Section section(int id, SwcSectionPlan plan, List<Section> built) {
        List<SwcNode> points = plan.points();
        double[] xyz = new double[3 * points.size()];
        double[] diameters = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            SwcNode p = points.get(i);
            xyz[3 * i] = p.x();
            xyz[3 * i + 1] = p.y();
            xyz[3 * i + 2] = p.z();
            diameters[i] = 2 * p.radius();
        }
        double parentX = plan.parent() < 0 ? Double.NaN : built.get(plan.parent()).relPt(plan.attachPoint());
        return new Section(id, plan.name(), plan.structure(), plan.parent(), parentX, xyz, diameters);
    }
}
