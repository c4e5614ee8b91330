package org.synmap.output.isf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.connectome.api.Realization;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.test.support.SharedData;

class IsfRealizationReaderTest {
    @TempDir
    Path tmp;

    private final IsfRealizationReader reader = new IsfRealizationReader();

    @Test
    void readsTheShippedExampleEmbedding() throws IOException {
        Path syn = SharedData.resolve("isf-data/example-embedding/example_embedding_86_C2_center.syn");
        Realization r = reader.read(syn);
        // isf-spec §3.2: 24,780 synapses from 19,704 connected cells in 278 blocks (Python 2 hash order)
        assertEquals(24780, r.synapseCount());
        assertEquals(19704, r.connectedCells());
        assertEquals(278, r.blocks().size());
        SynapseBlock first = r.blocks().get(0);
        assertEquals("E1", first.area());
        assertEquals("VPM", first.type());
        Synapse s = first.synapses().get(0);
        assertEquals(new Synapse(112, -1, 0.138046479525, null, Double.NaN, Double.NaN, Double.NaN, 0, -1), s);
        // .con rows "L6cc_A3 4 4" and "L6cc_A3 4 5": two synapses of one cell
        SynapseBlock l6cc = r.block("A3", "L6cc");
        assertEquals(4, l6cc.synapses().get(4).cellRank());
        assertEquals(4, l6cc.synapses().get(5).cellRank());
    }

    /** Reading, writing with {@link IsfWriter} and reading again gives the same synapses and connections. */
    @ParameterizedTest
    @CsvSource({
        "isf-data/example-embedding/example_embedding_86_C2_center.syn, 86_C2_center.hoc",
        "isf-data/test-simrun-embedding/86_L5_CDK20041214_nr3L5B_dend_PC_neuron_transform_registered_C2_synapses_20150202-1834_4335.syn, "
                + "86_L5_CDK20041214_nr3L5B_dend_PC_neuron_transform_registered_C2.hoc",
    })
    void realEmbeddingsSurviveARoundTrip(String synPath, String cellName) throws IOException {
        Realization original = reader.read(SharedData.resolve(synPath));
        int sections = 1 + original.blocks().stream().flatMap(b -> b.synapses().stream())
                .mapToInt(Synapse::sectionId).max().orElse(0);
        List<Path> files = new IsfWriter().write(
                Results.withoutSummary(Results.namedCell(cellName, sections), original, "20150202-1834_4335"), tmp);
        Path written = files.get(0);
        assertEquals(IsfNames.cell(cellName) + "_synapses_20150202-1834_4335.syn", written.getFileName().toString());
        Realization again = reader.read(written);
        assertEquals(original, again);
        assertEquals(original.synapseCount(), again.synapseCount());
    }

    @Test
    void blocksFollowTheSynAndRanksComeFromTheCon() throws IOException {
        Path syn = write("a.syn", "# Synapse distribution file\n# corresponding to cell: x.hoc\n# Type - section - section.x\n\n"
                + "L2_C1\t4\t0.5\nVPM_C2\t1\t1.0\nL2_C1\t3\t0.25\nL2_C1\t0\t0.0\n");
        write("a.con", "# Anatomical connectivity realization file; only valid with synapse realization:\n# a.syn\n"
                + "# Type - cell ID - synapse ID\n\nVPM_C2\t0\t0\nL2_C1\t0\t0\nL2_C1\t0\t1\nL2_C1\t1\t2\n");
        Realization r = reader.read(syn);
        assertEquals(List.of("L2_C1", "VPM_C2"), r.blocks().stream().map(SynapseBlock::label).toList());
        SynapseBlock l2 = r.blocks().get(0);
        assertEquals(List.of(4, 3, 0), l2.synapses().stream().map(Synapse::sectionId).toList());
        assertEquals(List.of(0.5, 0.25, 0.0), l2.synapses().stream().map(Synapse::x).toList());
        assertEquals(List.of(0, 0, 1), l2.synapses().stream().map(Synapse::cellRank).toList());
        assertEquals(-1, l2.synapses().get(0).pointIndex());
        assertNull(l2.synapses().get(0).structure());
        assertTrue(Double.isNaN(l2.synapses().get(0).pz()));
        assertEquals(0, r.sampleIndex());
    }

    @Test
    void typesAreSplitAtTheFirstUnderscore() throws IOException {
        Path syn = write("b.syn", "L5tt_Alpha_x\t1\t0.5\n");
        write("b.con", "L5tt_Alpha_x\t0\t0\n");
        SynapseBlock b = reader.read(syn).blocks().get(0);
        assertEquals("L5tt", b.type());
        assertEquals("Alpha_x", b.area());
    }

    @Test
    void aMissingConIsAnError() throws IOException {
        Path syn = write("c.syn", "L2_C1\t1\t0.5\n");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> reader.read(syn));
        assertEquals(tmp.resolve("c.con").toString(), e.getFile());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L2_C1\\t1 0.5 | 3: expected 3 TAB-separated fields (<type>_<area>, section id and x), got 2: 'L2_C1\t1 0.5'",
        "_C1\\t1\\t0.5 | 3: expected a synapse type <type>_<area> or <population>, got '_C1'",
        "L2_\\t1\\t0.5 | 3: expected a synapse type <type>_<area> or <population>, got 'L2_'",
        "L2_C1\\t-1\\t0.5 | 3: expected a section id (a non-negative integer), got '-1'",
        "L2_C1\\t1.0\\t0.5 | 3: expected a section id (a non-negative integer), got '1.0'",
        "L2_C1\\t1\\t1.5 | 3: expected a position x in [0, 1], got '1.5'",
        "L2_C1\\t1\\tnan | 3: expected a position x in [0, 1], got 'nan'",
        "L2_C1\\t1\\t0.5d | 3: expected a position x in [0, 1], got '0.5d'",
    })
    void badSynLinesNameFileAndLine(String badLine, String message) throws IOException {
        Path syn = write("d.syn", "# header\nL2_C1\t0\t0.25\n" + badLine.replace("\\t", "\t") + "\n");
        write("d.con", "L2_C1\t0\t0\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(syn));
        assertEquals(syn + ":" + message, e.getMessage());
        assertEquals(3, e.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L2_C1\\t0\\t0\\nL2_C1\\t0\\t2 | 2: expected synapse id 1 of L2_C1 (ids run 0, 1, 2, ... in order), got 2",
        "L2_C1\\t1\\t0 | 1: expected cell id 0 for L2_C1 (connected cells are numbered 0, 1, 2, ... in order), got 1",
        "L2_C1\\t0\\t0\\nL2_C1\\t2\\t1 | 2: expected cell id 0 or 1 for L2_C1 (connected cells are numbered 0, 1, 2, ... in order), got 2",
        "L2_C1\\t0\\t0\\nL2_C1\\t0\\t1\\nL2_C1\\t0\\t2 | 3: L2_C1 has only 2 synapses in the .syn, this row is one more",
        "L2_C2\\t0\\t0 | 1: type L2_C2 has no synapses in the .syn",
        "L2_C1\\t0\\t0 | ' L2_C1 has 2 synapses in the .syn but 1 rows here'",
    })
    void badConLinesNameFileAndLine(String content, String message) throws IOException {
        Path syn = write("e.syn", "L2_C1\t0\t0.25\nL2_C1\t1\t0.5\n");
        Path con = write("e.con", content.replace("\\t", "\t").replace("\\n", "\n") + "\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(syn));
        // a message starting with a blank concerns the whole file (no line number)
        assertEquals(con + ":" + message, e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8NameTheFile() throws IOException {
        Path syn = tmp.resolve("f.syn");
        Files.write(syn, "# header\nL2_C1\t0\t0.25\nL2_C1\t1\t0.\u00ff5\n".getBytes(StandardCharsets.ISO_8859_1));
        write("f.con", "L2_C1\t0\t0\nL2_C1\t0\t1\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(syn));
        assertEquals(syn + ": is not UTF-8 text", e.getMessage());
    }

    /** Issue 13: an empty .syn/.con pair was read as an embedding without synapses. */
    @Test
    void emptyFilesAreRefused() throws IOException {
        Path syn = write("g.syn", "");
        write("g.con", "");
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(syn));
        assertEquals(syn + ": expected ISF's header '# Synapse distribution file' on line 1; the file is empty",
                e.getMessage());
        Files.writeString(syn, "# Synapse distribution file\n# corresponding to cell: g\n# Type - section - section.x\n\n");
        e = assertThrows(InputFormatException.class, () -> reader.read(syn));
        assertEquals(tmp.resolve("g.con") + ": expected ISF's header '# Anatomical connectivity realization file' on"
                + " line 1; the file is empty", e.getMessage());
    }

    @Test
    void advertisesItsFormat() {
        SynmapPlugin plugin = IsfRealizationReader.class.getAnnotation(SynmapPlugin.class);
        assertEquals("isf", plugin.name());
        assertArrayEquals(new String[] {"syn"}, plugin.extensions());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }
}
