package org.synmap.output.neuroml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Section;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.test.support.SharedData;
import org.synmap.test.support.SmallEmbedding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NeuroMlWriterTest {
    @TempDir
    Path dir;

    private List<Path> write() throws IOException {
        return new NeuroMlWriter().write(SmallEmbedding.result(), dir);
    }

    @Test
    void bothDocumentsValidateAgainstTheNeuroMl231Schema() throws Exception {
        Optional<Path> xsd = SharedData.find("reference/schemas/NeuroML_v2.3.1.xsd");
        Assumptions.assumeTrue(xsd.isPresent(), "the NeuroML v2.3.1 schema (../shared/reference/schemas) is absent:"
                + " skipping schema validation");
        List<Path> files = write();
        assertEquals(List.of(dir.resolve("cell.cell.nml"), dir.resolve("cell.net.nml")), files);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.get().toFile());
        for (Path f : files) {
            schema.newValidator().validate(new StreamSource(f.toFile())); // throws with line and column on an error
        }
    }

    /** Every connection's (segment, fraction along) is the synapse's 3D point, as in the .syn file. */
    @Test
    void connectionsPointAtTheSynapses() throws Exception {
        write();
        Map<Integer, double[][]> segments = segments(parse(dir.resolve("cell.cell.nml")));
        Document net = parse(dir.resolve("cell.net.nml"));
        EmbeddingResult result = SmallEmbedding.result();
        NodeList projections = net.getElementsByTagName("projection");
        assertEquals(2, projections.getLength());
        int checked = 0;
        for (int p = 0; p < projections.getLength(); p++) {
            Element projection = (Element) projections.item(p);
            SynapseBlock block = result.realization().blocks().get(p);
            assertEquals("pop_" + block.type() + "_" + block.area(), projection.getAttribute("presynapticPopulation"));
            NodeList connections = projection.getElementsByTagName("connection");
            assertEquals(block.size(), connections.getLength());
            for (int i = 0; i < connections.getLength(); i++) {
                Element c = (Element) connections.item(i);
                Synapse s = block.synapses().get(i);
                assertEquals("../pop_" + block.label() + "/" + s.presynapticCell() + "/presynaptic_spikes",
                        c.getAttribute("preCellId"));
                double[][] seg = segments.get(Integer.parseInt(c.getAttribute("postSegmentId")));
                double f = Double.parseDouble(c.getAttribute("postFractionAlong"));
                for (int a = 0; a < 3; a++) {
                    double at = seg[0][a] + f * (seg[1][a] - seg[0][a]);
                    assertEquals(new double[] {s.px(), s.py(), s.pz()}[a], at, 1e-9, "connection " + i + " of " + block.label());
                }
                checked++;
            }
        }
        assertEquals(6, checked);
    }

    /** Segments: 1 for the soma, 2 for the dendrite, 1 for the apical; children hang at their parent's end or start. */
    @Test
    void sectionsBecomeSegmentsAndGroups() throws Exception {
        write();
        Document cell = parse(dir.resolve("cell.cell.nml"));
        NodeList segs = cell.getElementsByTagName("segment");
        assertEquals(4, segs.getLength());
        Element dendFirst = (Element) segs.item(1);
        Element parent = (Element) dendFirst.getElementsByTagName("parent").item(0);
        assertEquals("0", parent.getAttribute("segment"));
        assertEquals("1.0", parent.getAttribute("fractionAlong"));
        Element apical = (Element) segs.item(3);
        assertEquals("0.0", ((Element) apical.getElementsByTagName("parent").item(0)).getAttribute("fractionAlong"));
        String text = Files.readString(dir.resolve("cell.cell.nml"));
        assertTrue(text.contains("<segmentGroup id=\"section_1\">"), text);
        assertTrue(text.contains("<include segmentGroup=\"section_2\"/>"), text);
    }

    /**
     * Synapses between traced points and past a repeated point (a segment of length 0): the
     * (segment, fraction) of each connection, by hand, and its point computed both ways: from the
     * .syn line's (section, x) along the traced polyline, and from the .cell.nml's segment.
     * Segments: soma 0; dend_1 1 (15 µm), 2 (0 µm), 3 (50 µm); apical 4.
     */
    @Test
    void connectionsBetweenTracedPointsPointAtTheSynLine() throws Exception {
        EmbeddingResult result = SmallEmbedding.interior(false);
        new NeuroMlWriter().write(result, dir);
        Map<Integer, double[][]> segments = segments(parse(dir.resolve("cell.cell.nml")));
        assertEquals(5, segments.size());
        NodeList connections = parse(dir.resolve("cell.net.nml")).getElementsByTagName("connection");
        assertEquals(6, connections.getLength());
        // in .syn order: L5tt dend_1 x=0.1, 0.5, apical 0.25; L1 soma 0.5, dend_1 15/65, 0.9
        int[] segment = {1, 3, 4, 0, -1, 3};
        double[] fraction = {6.5 / 15, 0.35, 0.25, 0.5, Double.NaN, 0.87};
        int i = 0;
        for (SynapseBlock block : result.realization().blocks()) {
            for (Synapse s : block.synapses()) {
                Element c = (Element) connections.item(i);
                int seg = Integer.parseInt(c.getAttribute("postSegmentId"));
                double f = Double.parseDouble(c.getAttribute("postFractionAlong"));
                if (segment[i] >= 0) {
                    assertEquals(segment[i], seg, "connection " + i);
                    assertEquals(fraction[i], f, 1e-12, "connection " + i);
                } else { // the repeated point: the end of segment 1 or the start of segment 3, never the empty segment 2
                    assertTrue(seg == 1 && Math.abs(f - 1) < 1e-12 || seg == 3 && Math.abs(f) < 1e-12, seg + " " + f);
                }
                double[] fromSyn = alongSection(result.morphology().section(s.sectionId()), s.x());
                double[][] p = segments.get(seg);
                for (int a = 0; a < 3; a++) {
                    assertEquals(fromSyn[a], p[0][a] + f * (p[1][a] - p[0][a]), 1e-9, "connection " + i + " axis " + a);
                }
                i++;
            }
        }
        Optional<Path> xsd = SharedData.find("reference/schemas/NeuroML_v2.3.1.xsd");
        if (xsd.isPresent()) {
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.get().toFile());
            schema.newValidator().validate(new StreamSource(dir.resolve("cell.cell.nml").toFile()));
            schema.newValidator().validate(new StreamSource(dir.resolve("cell.net.nml").toFile()));
        }
    }

    /** A sample without synapses: populations and empty projections, still valid NeuroML. */
    @Test
    void aSampleWithoutSynapsesHasEmptyProjections() throws Exception {
        EmbeddingResult full = SmallEmbedding.result();
        EmbeddingResult empty = new EmbeddingResult(full.morphology(), full.postsynapticType(), full.model(),
                full.populations(), new Realization(0, List.of(new SynapseBlock("C2", "L5tt", List.of()),
                        new SynapseBlock("C2", "L1", List.of()))), List.of(), full.runId(), full.run());
        new NeuroMlWriter().write(empty, dir);
        Document net = parse(dir.resolve("cell.net.nml"));
        assertEquals(2, net.getElementsByTagName("projection").getLength());
        assertEquals(0, net.getElementsByTagName("connection").getLength());
        assertEquals(3, net.getElementsByTagName("population").getLength());
        Optional<Path> xsd = SharedData.find("reference/schemas/NeuroML_v2.3.1.xsd");
        Assumptions.assumeTrue(xsd.isPresent(), "the NeuroML v2.3.1 schema is absent: skipping schema validation");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.get().toFile()).newValidator()
                .validate(new StreamSource(dir.resolve("cell.net.nml").toFile()));
    }

    /** Connections must name cells of the model's populations: anything else is refused, naming the population. */
    @Test
    void presynapticCellsOutsideThePopulationsAreRefused() {
        EmbeddingResult full = SmallEmbedding.result();
        for (SynapseBlock bad : List.of(
                new SynapseBlock("C2", "L1", List.of(new Synapse(1, -1, 0.5, null, 0, 10, 0, 0, 3))),
                new SynapseBlock("C3", "L1", List.of(new Synapse(1, -1, 0.5, null, 0, 10, 0, 0, 0))),
                new SynapseBlock("C2", "L1", List.of(new Synapse(1, -1, 0.5, null, 0, 10, 0, 0, -1))))) {
            EmbeddingResult r = new EmbeddingResult(full.morphology(), full.postsynapticType(), full.model(),
                    full.populations(), new Realization(0, List.of(bad)), List.of(), full.runId(), full.run());
            IOException e = assertThrows(IOException.class, () -> new NeuroMlWriter().write(r, dir));
            assertTrue(e.getMessage().contains(bad.label()), e.getMessage());
        }
    }

    /** Determinism: the same result gives byte-identical documents. */
    @Test
    void theSameResultGivesTheSameBytes() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        List<Path> a = new NeuroMlWriter().write(SmallEmbedding.interior(true), first);
        List<Path> b = new NeuroMlWriter().write(SmallEmbedding.interior(true), second);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
    }

    /** The .syn line's point: relative arc length x along the section's traced polyline (the test's own walk). */
    private static double[] alongSection(Section s, double x) {
        double remaining = x * s.length();
        for (int k = 0; k + 1 < s.pointCount(); k++) {
            double len = s.segmentLength(k);
            if (len > 0 && remaining <= len) {
                double t = remaining / len;
                return new double[] {s.x(k) + t * (s.x(k + 1) - s.x(k)), s.y(k) + t * (s.y(k + 1) - s.y(k)),
                    s.z(k) + t * (s.z(k + 1) - s.z(k))};
            }
            remaining -= len;
        }
        int last = s.pointCount() - 1;
        return new double[] {s.x(last), s.y(last), s.z(last)};
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** Segment id → {proximal, distal}; a proximal left out is the parent's point at fractionAlong. */
    private static Map<Integer, double[][]> segments(Document cell) {
        Map<Integer, double[][]> out = new HashMap<>();
        NodeList list = cell.getElementsByTagName("segment");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            double[] distal = point((Element) e.getElementsByTagName("distal").item(0));
            double[] proximal;
            if (e.getElementsByTagName("proximal").getLength() > 0) {
                proximal = point((Element) e.getElementsByTagName("proximal").item(0));
            } else {
                Element parent = (Element) e.getElementsByTagName("parent").item(0);
                double[][] p = out.get(Integer.parseInt(parent.getAttribute("segment")));
                double f = parent.hasAttribute("fractionAlong") ? Double.parseDouble(parent.getAttribute("fractionAlong")) : 1;
                proximal = new double[] {p[0][0] + f * (p[1][0] - p[0][0]), p[0][1] + f * (p[1][1] - p[0][1]),
                    p[0][2] + f * (p[1][2] - p[0][2])};
            }
            out.put(Integer.parseInt(e.getAttribute("id")), new double[][] {proximal, distal});
        }
        return out;
    }

    private static double[] point(Element e) {
        return new double[] {Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
            Double.parseDouble(e.getAttribute("z"))};
    }
}
