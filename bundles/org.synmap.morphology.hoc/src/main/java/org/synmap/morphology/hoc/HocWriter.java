package org.synmap.morphology.hoc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.format.text.AtomicFiles;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyWriter;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Writes a morphology in ISF's hoc style (isf-spec §2.1), so that {@link HocReader} with ISF's
 * rules reads back an equal morphology: same ids, names, labels, parents, attachment positions,
 * and bit-identical coordinates and diameters (shortest round-trip decimals).
 *
 * <p>Refuses, with {@link IllegalArgumentException}, morphologies ISF's rules cannot carry: a
 * name that ISF would label differently or that breaks its line rules, duplicate names, a
 * non-soma section without parent, non-finite numbers. A child whose attachment position is
 * unknown (NaN) is written at its parent's end, {@code parent(1.0)}.
 */
@Component(service = MorphologyWriter.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_WRITER, name = "hoc", extensions = "hoc", description = "hoc in ISF's "
        + "dialect, readable by ISF and NEURON")
public final class HocWriter implements MorphologyWriter {
    /** Text that ISF's line rules react to; a section name must not contain it. */
    private static final List<String> RESERVED = List.of("create", "connect", "pt3dadd", "Spine", "/*", "*/");

    @Override
    public void write(Morphology morphology, Path file) throws IOException {
        AtomicFiles.writeText(file, render(morphology));
    }

    /** The hoc text of a morphology: one block per section, in id order, separated by blank lines. */
    static String render(Morphology morphology) {
        Set<String> names = new HashSet<>();
        StringBuilder out = new StringBuilder(64 * morphology.pointCount());
        for (Section s : morphology.sections()) {
            requireWritable(s, morphology, names);
            if (s.id() > 0) {
                out.append('\n');
            }
            out.append("{create ").append(s.name()).append("}\n");
            if (s.parentId() >= 0) {
                double x = Double.isNaN(s.parentX()) ? 1.0 : s.parentX();
                out.append("{connect ").append(s.name()).append("(0), ").append(morphology.section(s.parentId()).name())
                        .append('(').append(HocNumbers.format(x)).append(")}\n");
            }
            out.append("{access ").append(s.name()).append("}\n");
            out.append("{nseg = 1}\n");
            out.append("{pt3dclear()}\n");
            for (int i = 0; i < s.pointCount(); i++) {
                out.append("{pt3dadd(").append(HocNumbers.format(s.x(i))).append(", ").append(HocNumbers.format(s.y(i)))
                        .append(", ").append(HocNumbers.format(s.z(i))).append(", ")
                        .append(HocNumbers.format(s.diameter(i))).append(")}\n");
            }
        }
        return out.toString();
    }

    private static void requireWritable(Section s, Morphology m, Set<String> names) {
        String name = s.name();
        String where = m.name() + ": section " + s.id() + " '" + name + "'";
        if (name.isEmpty() || !name.matches("[^\\s(){},]+") || RESERVED.stream().anyMatch(name::contains)) {
            throw new IllegalArgumentException(where + ": the name cannot be written to a hoc file (it must be one token"
                    + " without blanks, ( ) { } , and must not contain " + String.join(" ", RESERVED) + ")");
        }
        List<String> labels = IsfLabels.of("{create " + name + "}");
        if (!labels.equals(List.of(s.structure().label()))) {
            throw new IllegalArgumentException(where + " is " + s.structure().label() + ", but ISF labels a section by"
                    + " its name and would read it as " + (labels.isEmpty() ? "nothing (dropped)" : labels)
                    + "; rename it to contain exactly one of soma, dend, apical");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException(where + ": the name is used twice; hoc resolves parents by name");
        }
        if (s.parentId() < 0 && s.structure() != Structure.SOMA) {
            throw new IllegalArgumentException(where + " has no parent; ISF's hoc reader needs a connect for every"
                    + " section except the soma");
        }
    }
}
