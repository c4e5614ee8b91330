package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** NEURON-style files with section arrays, loops and procedures, against hand-computed figures. */
class NeuronStyleHocTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(NeuronStyleHocTest.class.getResource("/neuron-style/" + name).toURI());
    }

    @Test
    void sectionArraysInCreationOrderWithTheAxonSkipped() throws Exception {
        Morphology m = new HocReader(HocRules.NEURON).read(resource("arrays.hoc"));
        assertEquals(List.of("soma", "dend[0]", "dend[1]", "dend[2]", "apic[0]", "apic[1]"),
                m.sections().stream().map(Section::name).toList());
        assertEquals(List.of(10.0, 10.0, 11.0, 12.0, 10.0, 20.0),
                m.sections().stream().map(Section::length).toList());
        assertEquals(73.0, m.totalLength());
        assertEquals(List.of(-1, 0, 1, 2, 0, 4), m.sections().stream().map(Section::parentId).toList());
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), m.structureOrder());
        assertEquals(0.0, m.section(4).parentX());
        assertEquals(List.of(
                resource("arrays.hoc") + ":4: objref all is skipped: object variables do not"
                        + " shape the morphology",
                resource("arrays.hoc") + ":15: proc biophys is skipped: it does not touch the geometry"), m.warnings());
    }

    @Test
    void theDefaultRulesFallBackAndSayWhy() throws Exception {
        Morphology m = new HocReader().read(resource("arrays.hoc"));
        assertEquals(6, m.sections().size());
        assertEquals(resource("arrays.hoc") + ": read with NEURON rules: ISF's hoc reader fails on this file ("
                + resource("arrays.hoc") + ":5: expected one section name after create, found a list ('create a, b' is"
                + " NEURON style, not part of ISF's hoc subset))", m.warnings().get(0));
    }

    @Test
    void cellBuilderProceduresRunWhereTheyAreCalled() throws Exception {
        Morphology m = new HocReader(HocRules.NEURON).read(resource("cellbuilder.hoc"));
        assertEquals(List.of("soma", "dend[0]", "dend[1]", "dend[2]", "apic"),
                m.sections().stream().map(Section::name).toList());
        assertEquals(List.of(20.0, 50.0, 70.0, 25.0, 100.0), m.sections().stream().map(Section::length).toList());
        assertEquals(List.of(-1, 0, 1, 1, 0), m.sections().stream().map(Section::parentId).toList());
        assertEquals(List.of(resource("cellbuilder.hoc") + ":25: objref all is skipped: object variables do not shape"
                + " the morphology",
                resource("cellbuilder.hoc") + ":26: proc subsets is skipped: it does not touch the geometry",
                resource("cellbuilder.hoc") + ":33: proc geom is skipped: it does not touch the geometry"),
                m.warnings());
    }

    /** Found by fuzzing: a procedure calling itself twice expanded 2^50 calls before the depth limit stopped it. */
    @Test
    void recursionIsRefusedAtOnce() {
        InputFormatException e = org.junit.jupiter.api.Assertions.assertThrows(InputFormatException.class,
                () -> Hoc.read(HocRules.NEURON, "rec.hoc", """
                        create soma
                        proc topol() {
                          connect soma(0), soma(1)
                          topol()
                          topol()
                        }
                        topol()
                        """));
        assertEquals("rec.hoc:4: procedure topol() calls itself (directly or through other procedures); expected no"
                + " recursion in a morphology file", e.getMessage());
    }

    @Test
    void namesAreReadIgnoringCaseAndOthersAsDendriteUnlessStrict() throws Exception {
        Path file = resource("names.hoc");
        Morphology m = new HocReader(HocRules.NEURON).read(file);
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE, Structure.DENDRITE),
                m.sections().stream().map(Section::structure).toList());
        assertEquals(30.0, m.totalLength());
        assertEquals(List.of(file + ":3: section 'trunkTuft' is read as Dendrite: its name contains none of soma, dend,"
                + " basal, apic, axon"), m.warnings());
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new HocReader().read(file, HocRules.NEURON, true));
        assertEquals(file + ":3: cannot tell the structure of section 'trunkTuft' from its name: expected it to contain"
                + " soma, dend, basal, apic or axon (any case); strict mode refuses other names", e.getMessage());
    }

    /** The example: a nan on line 18 of a NEURON-style file was reported as ISF's line-1 complaint. */
    @Test
    void autoReportsTheErrorOfTheRulesThatGotFurther() {
        StringBuilder text = new StringBuilder("create soma, dend\n");
        for (int line = 2; line < 18; line++) {
            text.append("soma pt3dadd(").append(line).append(", 0, 0, 10)\n");
        }
        text.append("dend pt3dadd(0, nan, 0, 1)\nconnect dend(0), soma(1)\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> Hoc.read(HocRules.AUTO, "n.hoc",
                text.toString()));
        assertEquals(18, e.line());
        assertEquals("n.hoc:18: expected a number for y, found 'nan' (read with NEURON rules, which get further into"
                + " this file than ISF's)", e.getMessage());
        e = assertThrows(InputFormatException.class, () -> Hoc.read(HocRules.NEURON, "n.hoc", text.toString()));
        assertEquals("n.hoc:18: expected a number for y, found 'nan'", e.getMessage());
        e = assertThrows(InputFormatException.class, () -> Hoc.read(HocRules.ISF, "n.hoc", text.toString()));
        assertEquals(1, e.line());
    }

    @Test
    void aSectionConnectedTwiceIsWarned() throws IOException {
        Morphology m = Hoc.read(HocRules.NEURON, "c.hoc", """
                create soma, dend[2]
                soma { pt3dadd(0, 0, 0, 1) pt3dadd(1, 0, 0, 1) }
                for i = 0, 1 dend[i] { nseg = 3 }
                dend[0] { pt3dadd(1, 0, 0, 1) pt3dadd(2, 0, 0, 1) }
                dend[1] { pt3dadd(2, 0, 0, 1) pt3dadd(3, 0, 0, 1) }
                connect dend[0](0), soma(1)
                connect dend[1](0), soma(1)
                connect dend[1](0), dend[0](1)
                """);
        assertEquals(1, m.section(2).parentId());
        assertEquals(List.of("c.hoc:8: section 'dend[1]' is connected a second time (first to 'soma' at line 7); as in"
                + " NEURON, this connect replaces the first"), m.warnings());
    }

    @Test
    void whatIsNotSupportedIsRefusedWithItsLine() {
        assertError("l.hoc:3: pt3dadd inside a for loop (expected loops over pt3dadd-free statements only)",
                "create soma, dend[2]\nsoma pt3dadd(0, 0, 0, 1)\nfor i = 0, 1 dend[i] pt3dadd(0, 0, 0, 1)\n");
        assertError("l.hoc:2: expected a simple loop 'for i = first, last' with integer bounds",
                "create soma\nfor (i = 0; i < 2; i += 1) { nseg = 1 }\n");
        assertError("l.hoc:2: expected an integer or the variable of an enclosing for loop, found 'n'",
                "create soma\nfor i = 0, n soma { nseg = 1 }\n");
        assertError("l.hoc:2: forall changes the geometry here; expected forall only for properties such as nseg or Ra",
                "create soma\nforall { pt3dclear() }\n");
        assertError("l.hoc:2: 'if' is not supported in morphology files: expected create, connect, access, pt3dclear,"
                + " pt3dadd, section blocks, simple for loops and procedures",
                "create soma\nif (1) { soma pt3dadd(0, 0, 0, 1) }\n");
        assertError("l.hoc:2: 'soma' is not a section array; expected soma without [...]",
                "create soma\nsoma[0] pt3dadd(0, 0, 0, 1)\n");
    }

    private static void assertError(String expected, String text) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> Hoc.read(HocRules.NEURON, "l.hoc", text));
        assertEquals(expected, e.getMessage());
    }
}
