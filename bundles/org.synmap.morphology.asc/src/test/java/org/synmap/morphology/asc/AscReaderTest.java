package org.synmap.morphology.asc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

class AscReaderTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(AscReaderTest.class.getResource("/asc/" + name).toURI());
    }

    private static Morphology read(String text) throws IOException {
        return new AscReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.asc");
    }

    /** A square soma contour and one dendrite that forks in three; lengths by hand. */
    @Test
    void multifurcationChildrenStartAtTheirParentsEnd() throws IOException {
        Morphology m = read("""
                ("CellBody" (CellBody) (-5 -5 0 0) (5 -5 0 0) (5 5 0 0) (-5 5 0 0))
                ( (Dendrite)
                  (4 0 0 2) (10 0 0 2)   ; root: 6, starts at its own first point
                  ( (13 4 0 1) (13 10 0 1) Normal   ; 5 from the fork + 6
                  | (10 3 4 1) Normal                ; 5 from the fork
                  | (10 0 0 1) <(11 0 0 1)> (10 0 7 1) High ; starts at the fork already: 7
                  )
                )
                ( (Axon) (0 -5 0 1) (0 -50 0 1) Normal )
                """);
        assertEquals(List.of("soma", "dend_0", "dend_1", "dend_2", "dend_3"),
                m.sections().stream().map(Section::name).toList());
        assertEquals(List.of(-1, 0, 1, 1, 1), m.sections().stream().map(Section::parentId).toList());
        assertEquals(List.of(6.0, 11.0, 5.0, 7.0), m.sections().subList(1, 5).stream().map(Section::length).toList());
        assertEquals(List.of(2, 3, 2, 2), m.sections().subList(1, 5).stream().map(Section::pointCount).toList());
        assertEquals(0.5, m.section(1).parentX());
        assertEquals(1.0, m.section(2).diameter(0), "the copied fork point takes the child's diameter");
        assertEquals(List.of(), m.warnings());
    }

    /** NEURON 8.2 makes a 21-point centre line of length 10.645694221 from cell1.asc's soma contour. */
    @Test
    void theSomaCentreLineIsNeurons() throws Exception {
        Section soma = new AscReader().read(resource("cell1.asc")).section(0);
        assertEquals(Structure.SOMA, soma.structure());
        assertEquals(21, soma.pointCount());
        assertEquals(10.645694221, soma.length(), 1e-4 * 10.645694221);
    }

    @Test
    void sectionsThatNeuronDropsAreDroppedAndTheirChildrenReattached() throws IOException {
        Morphology m = read("""
                ("CellBody" (-5 -5 0 0) (5 -5 0 0) (5 5 0 0) (-5 5 0 0))
                ( (Apical) (0 5 0 2) (0 20 0 2)
                  ( (0 20 0 1)
                    ( (0 30 0 1) Normal | (5 20 0 1) Normal )
                  | (-3 24 0 1) Normal
                  )
                )
                """);
        assertEquals(List.of(-1, 0, 1, 1, 1), m.sections().stream().map(Section::parentId).toList());
        assertEquals(List.of(15.0, 10.0, 5.0, 5.0), m.sections().subList(1, 5).stream().map(Section::length).toList());
    }

    @Test
    void malformedFilesNameTheLine() {
        assertError("t.asc:2: expected 4 numbers x y z d in a point, found 3",
                "((Dendrite)\n (1 2 3)\n (4 5 6 1) Normal)\n");
        assertError("t.asc:2: expected 4 numbers x y z d in a point, found 'abc' as value 3",
                "((Dendrite)\n (1 2 abc 1)\n (4 5 6 1) Normal)\n");
        assertError("t.asc:1: expected ')' closing this '(' before the end of the file (unbalanced parentheses or"
                + " truncated file)", "((Dendrite)\n (1 2 3 1)\n (4 5 6 1) Normal\n");
        assertError("t.asc:3: expected no ')' here: nothing is open (unbalanced parentheses)",
                "((Dendrite) (1 2 3 1)\n (4 5 6 1) Normal)\n))\n");
        assertError("t.asc:2: expected ')' after the end of a branch, found a list '('",
                "((Dendrite) (1 2 3 1) Normal\n (4 5 6 1))\n");
        assertError("t.asc: expected a soma contour (CellBody) or a dendrite or apical tree; found none",
                "(ImageCoords Filename \"x.tif\")\n");
        // found by fuzzing: a contour with no area has no centre line (NEURON's is NaN)
        assertError("t.asc:1: expected a soma contour that encloses an area in x and y; its 3 points coincide",
                "(\"CellBody\" (CellBody) (1 1 0 0) (1 1 0 0) (1 1 0 0))\n((Dendrite) (0 5 0 1) (0 9 0 1) Normal)\n");
        assertError("t.asc:1: expected a soma contour that encloses an area in x and y; its 3 points lie on a line",
                "(\"CellBody\" (CellBody) (0 0 0 0) (1 0 0 0) (2 0 0 0))\n((Dendrite) (0 5 0 1) (0 9 0 1) Normal)\n");
        assertError("t.asc:1: expected (Set \"name\" objects...), found a Set without a name", "(set)\n");
        assertError("t.asc:2: expected a number of magnitude at most 1.0E9 for a coordinate, found '25E209'",
                "((Dendrite)\n (1 2 25E209 1)\n (4 5 6 1) Normal)\n");
    }

    private static void assertError(String expected, String text) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(text));
        assertEquals(expected, e.getMessage());
    }
}
