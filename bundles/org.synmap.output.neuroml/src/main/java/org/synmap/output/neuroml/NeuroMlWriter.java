package org.synmap.output.neuroml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.osgi.service.component.annotations.Component;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.format.text.AtomicFiles;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.api.RealizationWriter;
import org.synmap.plugin.api.SynmapPlugin;

/**
 * Writes an embedding as NeuroML v2.3: {@code <cell>.cell.nml}, the postsynaptic morphology as
 * segments with one segment group per section, and {@code <cell>.net.nml}, a network with one
 * population per presynaptic population (spike sources: synmap places synapses, it does not
 * model activity) and one projection per population whose connections name the presynaptic cell,
 * the segment and the fraction along it. Synapses are {@code silentSynapse}s: anatomy only, to be
 * replaced by the user's synapse models.
 */
@Component(service = RealizationWriter.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_WRITER, name = "neuroml", description = "NeuroML v2.3 network"
        + " (.net.nml: populations, projections, one connection per synapse) and cell morphology (.cell.nml)")
public final class NeuroMlWriter implements RealizationWriter {
    static final String NAMESPACE = "http://www.neuroml.org/schema/neuroml2";
    static final String SCHEMA_LOCATION = NAMESPACE
            + " https://raw.github.com/NeuroML/NeuroML2/development/Schemas/NeuroML2/NeuroML_v2.3.1.xsd";
    static final String POSTSYNAPTIC_POPULATION = "embedded";
    static final String SPIKE_SOURCE = "presynaptic_spikes";
    /** NeuroML requires diameters above zero; traced points of diameter 0 get this (µm) and a note. */
    static final double SMALLEST_DIAMETER = 1e-3;

    @Override
    public List<Path> write(EmbeddingResult result, Path directory) throws IOException {
        for (SynapseBlock b : result.realization().blocks()) {
            boolean population = result.populations().stream()
                    .anyMatch(p -> p.area().equals(b.area()) && p.type().equals(b.type()));
            if (!population && b.size() > 0) {
                throw new IOException("neuroml: the realization has synapses of " + b.label()
                        + ", which is not one of the model's populations");
            }
            int cells = result.cellCount(b.area(), b.type());
            for (Synapse s : b.synapses()) {
                if (s.presynapticCell() < 0) {
                    throw new IOException("neuroml: synapses of " + b.label() + " have no presynaptic cell; NeuroML"
                            + " connections need it (realizations read from ISF files do not have it)");
                }
                if (s.presynapticCell() >= cells) {
                    throw new IOException("neuroml: a synapse of " + b.label() + " has presynaptic cell "
                            + s.presynapticCell() + ", outside its population of " + cells + " cells");
                }
            }
        }
        Morphology m = result.morphology();
        String stem = m.name().replaceFirst("\\.[A-Za-z0-9]+$", "");
        String cellId = id("cell_" + stem);
        NeuroMlSegments segments = new NeuroMlSegments(m);
        List<Path> files = new ArrayList<>();
        String cellFile = stem + ".cell.nml";
        files.add(AtomicFiles.write(directory.resolve(cellFile), out -> xml(out, w -> cell(w, m, cellId, segments))));
        files.add(AtomicFiles.write(directory.resolve(stem + ".net.nml"),
                out -> xml(out, w -> network(w, result, cellId, cellFile, segments))));
        return files;
    }

    /** A NeuroML id: letters, digits and '_', not starting with a digit. */
    static String id(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }

    static String populationId(Population p) {
        return id("pop_" + p.label());
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(OutputStream out, Body body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("neuroml: " + e.getMessage(), e);
        }
    }

    private static void root(XMLStreamWriter w, String id) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("neuroml");
        w.writeDefaultNamespace(NAMESPACE);
        w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", SCHEMA_LOCATION);
        w.writeAttribute("id", id);
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void cell(XMLStreamWriter w, Morphology m, String cellId, NeuroMlSegments segments)
            throws XMLStreamException {
        root(w, cellId);
        int thin = 0;
        for (Section s : m.sections()) {
            for (int i = 0; i < s.pointCount(); i++) {
                thin += s.diameter(i) > 0 ? 0 : 1;
            }
        }
        indent(w, 1);
        w.writeStartElement("notes");
        w.writeCharacters("Morphology of " + m.name() + " written by synmap: one segment per pair of consecutive traced"
                + " points, one segment group per synmap section (section_<id>, ids as in the .syn file)."
                + (thin > 0 ? " " + thin + " traced points of diameter 0 are given " + SMALLEST_DIAMETER
                        + " um, since NeuroML needs diameters above zero." : ""));
        w.writeEndElement();
        indent(w, 1);
        w.writeStartElement("cell");
        w.writeAttribute("id", cellId);
        indent(w, 2);
        w.writeStartElement("morphology");
        w.writeAttribute("id", "morphology");
        for (Section s : m.sections()) {
            writeSegments(w, m, s, segments);
        }
        for (Section s : m.sections()) {
            indent(w, 3);
            w.writeStartElement("segmentGroup");
            w.writeAttribute("id", "section_" + s.id());
            indent(w, 4);
            w.writeEmptyElement("property");
            w.writeAttribute("tag", "synmap_section_name");
            w.writeAttribute("value", s.name());
            for (int k = 0; k < NeuroMlSegments.segments(s); k++) {
                indent(w, 4);
                w.writeEmptyElement("member");
                w.writeAttribute("segment", Integer.toString(segments.first(s.id()) + k));
            }
            indent(w, 3);
            w.writeEndElement();
        }
        group(w, m, "soma_group", List.of(Structure.SOMA));
        group(w, m, "basal_dendrites", List.of(Structure.DENDRITE));
        group(w, m, "apical_dendrites", List.of(Structure.APICAL_DENDRITE));
        group(w, m, "dendrite_group", List.of(Structure.DENDRITE, Structure.APICAL_DENDRITE));
        indent(w, 2);
        w.writeEndElement(); // morphology
        indent(w, 1);
        w.writeEndElement(); // cell
        w.writeCharacters("\n");
        w.writeEndElement(); // neuroml
    }

    private static void writeSegments(XMLStreamWriter w, Morphology m, Section s, NeuroMlSegments segments)
            throws XMLStreamException {
        int n = NeuroMlSegments.segments(s);
        for (int k = 0; k < n; k++) {
            int id = segments.first(s.id()) + k;
            indent(w, 3);
            w.writeStartElement("segment");
            w.writeAttribute("id", Integer.toString(id));
            w.writeAttribute("name", "section_" + s.id() + "_" + k);
            if (k > 0) {
                parent(w, id - 1, 1);
            } else if (s.parentId() >= 0) {
                double[] at = segments.at(s.parentId(), s.parentX());
                parent(w, (int) at[0], at[1]);
            }
            int a = Math.min(k, s.pointCount() - 1);
            int b = Math.min(k + 1, s.pointCount() - 1);
            if (k == 0) {
                point(w, "proximal", s, a); // stated: a section starts at its own first point
            }
            point(w, "distal", s, b);
            indent(w, 3);
            w.writeEndElement();
        }
    }

    private static void parent(XMLStreamWriter w, int segment, double fraction) throws XMLStreamException {
        indent(w, 4);
        w.writeEmptyElement("parent");
        w.writeAttribute("segment", Integer.toString(segment));
        w.writeAttribute("fractionAlong", Double.toString(fraction));
    }

    private static void point(XMLStreamWriter w, String element, Section s, int i) throws XMLStreamException {
        indent(w, 4);
        w.writeEmptyElement(element);
        w.writeAttribute("x", Double.toString(s.x(i)));
        w.writeAttribute("y", Double.toString(s.y(i)));
        w.writeAttribute("z", Double.toString(s.z(i)));
        w.writeAttribute("diameter", Double.toString(s.diameter(i) > 0 ? s.diameter(i) : SMALLEST_DIAMETER));
    }

    private static void group(XMLStreamWriter w, Morphology m, String id, List<Structure> structures)
            throws XMLStreamException {
        indent(w, 3);
        w.writeStartElement("segmentGroup");
        w.writeAttribute("id", id);
        for (Section s : m.sections()) {
            if (structures.contains(s.structure())) {
                indent(w, 4);
                w.writeEmptyElement("include");
                w.writeAttribute("segmentGroup", "section_" + s.id());
            }
        }
        indent(w, 3);
        w.writeEndElement();
    }

    private static void network(XMLStreamWriter w, EmbeddingResult result, String cellId, String cellFile,
            NeuroMlSegments segments) throws XMLStreamException {
        root(w, id(cellId + "_network"));
        indent(w, 1);
        w.writeStartElement("notes");
        w.writeCharacters("synmap embedding of " + result.morphology().name() + " as " + result.postsynapticType()
                + " in the " + result.model() + " model, seed " + result.run().get("seed") + ", sample "
                + result.realization().sampleIndex() + ". One connection per synapse: presynaptic cell by its index in"
                + " its population, postsynaptic segment and fraction along it (the .syn file's section and x)."
                + " Synapses are silentSynapse placeholders: synmap gives anatomy only.");
        w.writeEndElement();
        indent(w, 1);
        w.writeEmptyElement("include");
        w.writeAttribute("href", cellFile);
        for (String synapse : List.of("excitatory_synapse", "inhibitory_synapse")) {
            indent(w, 1);
            w.writeEmptyElement("silentSynapse");
            w.writeAttribute("id", synapse);
        }
        indent(w, 1);
        w.writeEmptyElement("spikeArray");
        w.writeAttribute("id", SPIKE_SOURCE);
        indent(w, 1);
        w.writeStartElement("network");
        w.writeAttribute("id", "network");
        indent(w, 2);
        w.writeEmptyElement("population");
        w.writeAttribute("id", POSTSYNAPTIC_POPULATION);
        w.writeAttribute("component", cellId);
        w.writeAttribute("size", "1");
        for (Population p : result.populations()) {
            indent(w, 2);
            w.writeEmptyElement("population");
            w.writeAttribute("id", populationId(p));
            w.writeAttribute("component", SPIKE_SOURCE);
            w.writeAttribute("size", Integer.toString(p.cells()));
        }
        String post = "../" + POSTSYNAPTIC_POPULATION + "/0/" + cellId;
        for (Population p : result.populations()) {
            SynapseBlock block = result.realization().block(p.area(), p.type());
            indent(w, 2);
            w.writeStartElement("projection");
            w.writeAttribute("id", id("projection_" + p.label()));
            w.writeAttribute("presynapticPopulation", populationId(p));
            w.writeAttribute("postsynapticPopulation", POSTSYNAPTIC_POPULATION);
            w.writeAttribute("synapse", p.excitatory() ? "excitatory_synapse" : "inhibitory_synapse");
            List<Synapse> synapses = block == null ? List.of() : block.synapses();
            String pre = "../" + populationId(p) + "/";
            for (int i = 0; i < synapses.size(); i++) {
                Synapse s = synapses.get(i);
                double[] at = segments.at(s.sectionId(), s.x());
                indent(w, 3);
                w.writeEmptyElement("connection");
                w.writeAttribute("id", Integer.toString(i));
                w.writeAttribute("preCellId", pre + s.presynapticCell() + "/" + SPIKE_SOURCE);
                w.writeAttribute("postCellId", post);
                w.writeAttribute("postSegmentId", Integer.toString((int) at[0]));
                w.writeAttribute("postFractionAlong", Double.toString(at[1]));
            }
            indent(w, 2);
            w.writeEndElement();
        }
        indent(w, 1);
        w.writeEndElement(); // network
        w.writeCharacters("\n");
        w.writeEndElement(); // neuroml
    }
}
