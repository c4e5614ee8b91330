package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** NEURON-style files, read with {@link HocRules#NEURON} and through the default fallback. */
class NeuronModeTest {
    /** NEURON style: connects at the end, with and without braces, ApicalDendrite names, comments. */
    private static final String NEURON_FILE = """
            // exported by some tool
            create soma, ApicalDendrite_3
            {create dend_1}
            access soma
            /* the soma
               is a short cylinder */
            pt3dclear()
            pt3dadd(0, 0, 0, 10)
            pt3dadd(10, 0, 0, 10)
            ApicalDendrite_3 {
                pt3dadd(10, 0, 0, 2)
                pt3dadd(10, 40, 0, 2)
            }
            dend_1 { pt3dadd(0, 0, 0, 1) pt3dadd(0, -3, 4, 1) }
            connect ApicalDendrite_3(0), soma(1)
            {connect dend_1(0), soma(0.5)}
            """;

    @Test
    void neuronStatementsAnywhere() throws IOException {
        Morphology m = Hoc.read(HocRules.NEURON, "n.hoc", NEURON_FILE);
        assertEquals(List.of(), m.warnings());
        assertEquals(List.of("soma", "ApicalDendrite_3", "dend_1"), m.sections().stream().map(Section::name).toList());
        assertEquals(List.of(Structure.SOMA, Structure.APICAL_DENDRITE, Structure.DENDRITE), m.structureOrder());
        assertEquals(10.0, m.section(0).length());
        assertEquals(40.0, m.section(1).length());
        assertEquals(5.0, m.section(2).length());
        assertEquals(0, m.section(1).parentId());
        assertEquals(1.0, m.section(1).parentX());
        assertEquals(0.5, m.section(2).parentX());
    }

    /** A UTF-8 byte-order mark used to hide the first statement ("\uFEFFcreate" is no keyword). */
    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        Morphology m = Hoc.read(HocRules.NEURON, "n.hoc", "\uFEFF" + NEURON_FILE.replace("// exported by some tool\n", ""));
        assertEquals(List.of("soma", "ApicalDendrite_3", "dend_1"), m.sections().stream().map(Section::name).toList());
    }

    @Test
    void theDefaultModeFallsBackToNeuronRulesWhenIsfFails() throws IOException {
        Morphology m = Hoc.read(HocRules.AUTO, "n.hoc", NEURON_FILE);
        assertEquals(3, m.sections().size());
        assertEquals(1, m.warnings().size());
        assertTrue(m.warnings().get(0).startsWith("n.hoc: read with NEURON rules: ISF's hoc reader fails on this file"
                + " (n.hoc:"), m.warnings().get(0));
        assertThrows(InputFormatException.class, () -> Hoc.read(HocRules.ISF, "n.hoc", NEURON_FILE));
    }

    @Test
    void theDefaultModeFallsBackWhenIsfWouldDropASection() throws IOException {
        String text = Hoc.SOMA + """
                {create ApicalDendrite_3}
                {connect ApicalDendrite_3(0), soma(1)}
                {access ApicalDendrite_3}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                """;
        assertEquals(1, Hoc.read(HocRules.ISF, "a.hoc", text).sections().size());
        Morphology m = Hoc.read(HocRules.AUTO, "a.hoc", text);
        assertEquals(2, m.sections().size());
        assertEquals(Structure.APICAL_DENDRITE, m.section(1).structure());
        assertEquals(List.of("a.hoc: read with NEURON rules: ISF's hoc reader would ignore data in this file (see the"
                + " next warnings), so its section ids can differ from ISF's",
                "a.hoc:7: section 'ApicalDendrite_3' is dropped with its points: ISF recognises only names containing"
                        + " soma, dend, BasalDendrite, apical (lower case) or axon"), m.warnings());
    }

    /** The engine reads files through the SPI with the DS (default-mode) reader: the warnings travel with it. */
    @Test
    void theSpiFileReadCarriesTheFallbackWarnings(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("n.hoc"), NEURON_FILE);
        Morphology m = new HocReader().read(file);
        assertEquals("n.hoc", m.name());
        assertEquals(3, m.sections().size());
        assertEquals(List.of(file + ": read with NEURON rules: ISF's hoc reader fails on this file (" + file + ":2:"
                + " expected one section name after create, found a list ('create a, b' is NEURON style, not part of"
                + " ISF's hoc subset))"), m.warnings());
    }

    @Test
    void theDefaultModeKeepsIsfsReadingWhenNeuronRulesFailToo() throws IOException {
        String text = Hoc.SOMA + """
                {create oblique_3}
                {connect oblique_3(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                """;
        Morphology m = Hoc.read(HocRules.AUTO, "o.hoc", text);
        assertEquals(1, m.sections().size());
        assertEquals(1, m.warnings().size());
        assertTrue(m.warnings().get(0).startsWith("o.hoc:7: section 'oblique_3' is dropped"));
        // NEURON adds the point to the accessed soma, so oblique_3 has none.
        InputFormatException e = assertThrows(InputFormatException.class, () -> Hoc.read(HocRules.NEURON, "o.hoc", text));
        assertEquals("o.hoc:7: section 'oblique_3' has no pt3dadd points (truncated file?)", e.getMessage());
    }

    @Test
    void namePrefixedStatementsConnectToTheCurrentSectionAndAxonsAreSkipped() throws IOException {
        Morphology m = Hoc.read(HocRules.NEURON, "p.hoc", """
                create soma; create dend; create axon
                soma pt3dadd(0, 0, 0, 10)
                soma pt3dadd(0, 8, 0, 10)
                dend pt3dadd(0, 8, 0, 1)
                dend pt3dadd(0, 20, 0, 1)
                axon pt3dadd(0, 0, 0, 1)
                axon pt3dadd(0, -50, 0, 1)
                soma connect dend(0), 1
                connect axon(0), soma(0)
                """);
        assertEquals(2, m.sections().size());
        assertEquals(0, m.section(1).parentId());
        assertEquals(1.0, m.section(1).parentX());
        assertEquals(0.0, m.bounds().minY());
    }

    @Test
    void aBlockBraceOnTheNextLineSelectsTheNamedSection() throws IOException {
        Morphology m = Hoc.read(HocRules.NEURON, "b.hoc", """
                create soma, dend
                dend
                {
                    pt3dadd(0, 0, 0, 1)
                    pt3dadd(3, 4, 0, 1)
                }
                soma { pt3dadd(0, 0, 0, 10) pt3dadd(0, 0, 2, 10) }
                connect dend(0), soma(0)
                """);
        assertEquals(5.0, m.section(1).length());
        assertEquals(2.0, m.section(0).length());
    }

    @Test
    void neuronErrorsNameFileAndLine() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> Hoc.read(HocRules.NEURON, "e.hoc", "create soma, dend[3]\nsoma pt3dadd(0, 0, 0, 1)\n"
                        + "dend[3] pt3dadd(0, 0, 0, 1)\n"));
        assertEquals("e.hoc:3: index 3 is outside the section array dend[3]", e.getMessage());
        e = assertThrows(InputFormatException.class,
                () -> Hoc.read(HocRules.NEURON, "e.hoc", "create soma\nsoma {\npt3dadd(0, 0, 0, 1)\n"));
        assertEquals("e.hoc:2: this '{' is never closed (truncated file?)", e.getMessage());
        e = assertThrows(InputFormatException.class,
                () -> Hoc.read(HocRules.NEURON, "e.hoc", "create soma, dend\nsoma pt3dadd(0, 0, 0, 1)\n"
                        + "dend pt3dadd(0, 0, 0, 1)\nconnect dend(0), trunk(1)\n"));
        assertEquals("e.hoc:4: unknown section 'trunk' (not created before this line)", e.getMessage());
        e = assertThrows(InputFormatException.class,
                () -> Hoc.read(HocRules.NEURON, "e.hoc", "create soma, dend\nsoma pt3dadd(0, 0, 0, 1)\n"
                        + "dend pt3dadd(0, 0, 0, 1)\n"));
        assertEquals("e.hoc:1: section 'dend' is never connected to a parent", e.getMessage());
    }
}
