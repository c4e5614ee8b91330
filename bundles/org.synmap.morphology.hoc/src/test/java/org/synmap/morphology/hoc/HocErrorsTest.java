package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.synmap.morphology.api.InputFormatException;

/** Malformed hoc files: one-line errors naming file and line, with ISF's rules and with the default mode. */
class HocErrorsTest {
    private static final String DEND = """
            {create dend_1}
            {connect dend_1(0), soma(1)}
            {pt3dadd(10, 0, 0, 1)}
            """;

    private static InputFormatException error(HocRules mode, String text) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> Hoc.read(mode, "bad.hoc", text));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void pt3daddWithThreeNumbers(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + "{create dend_1}\n{connect dend_1(0), soma(1)}\n{pt3dadd(1, 2, 3)}\n");
        assertEquals("bad.hoc:9: expected 4 numbers x, y, z, diameter in pt3dadd(...), found 3", e.getMessage());
        assertEquals(9, e.line());
        assertEquals("bad.hoc", e.file());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void nonNumericValue(HocRules mode) {
        InputFormatException e = error(mode, "{create soma}\n{pt3dadd(0, 0, 0, 1)}\n{pt3dadd(1, two, 3, 1)}\n");
        assertEquals("bad.hoc:3: expected a number for y, found 'two'", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(HocRules.class)
    void negativeDiameter(HocRules mode) {
        InputFormatException e = error(mode, "{create soma}\n{pt3dadd(0, 0, 0, 1)}\n{pt3dadd(1, 2, 3, -1)}\n");
        assertEquals("bad.hoc:3: expected a diameter >= 0, found -1", e.getMessage());
    }

    /** Java and Python read 1e400 as infinity; it must not reach the section's length and relPts. */
    @ParameterizedTest
    @EnumSource(HocRules.class)
    void coordinateBeyondTheDoubleRange(HocRules mode) {
        InputFormatException e = error(mode, "{create soma}\n{pt3dadd(0, 0, 0, 1)}\n{pt3dadd(1e400, 2, 3, 1)}\n");
        assertEquals("bad.hoc:3: expected a finite number for x, found '1e400' (beyond the double range)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(HocRules.class)
    void parentPositionBeyondTheDoubleRange(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + DEND.replace("soma(1)", "soma(-1E999)"));
        assertEquals("bad.hoc:8: expected a finite number for the parent position, found '-1E999' (beyond the double"
                + " range)", e.getMessage());
    }

    @Test
    void createWithoutAName() {
        InputFormatException e = error(HocRules.ISF, "{create}\n");
        assertEquals("bad.hoc:1: expected a section name after create", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void nonNumericParentPosition(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + "{create dend_1}\n{connect dend_1(0), soma(end)}\n{pt3dadd(1, 2, 3, 1)}\n");
        assertEquals("bad.hoc:8: expected a number for the parent position, found 'end'", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void unknownParent(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + DEND.replace("soma(1)", "somma(1)"));
        assertEquals("bad.hoc:8: unknown parent section 'somma' in the connect of 'dend_1'", e.getMessage());
    }

    @Test
    void sectionWithoutPointsBeforeTheNextCreate() {
        String text = "{create soma}\n{access soma}\n\n" + DEND.replace("soma(1)", "soma(0)");
        InputFormatException e = error(HocRules.ISF, text);
        assertEquals(1, e.line());
        assertEquals("bad.hoc:1: section 'soma' has no pt3dadd points before the next create or the end of the file"
                + " (ISF: number of labels does not equal number of point lists; truncated file?)", e.getMessage());
        // ISF's rules stop at the second create (line 4); NEURON's read the whole file, so theirs is the error:
        // without an access, NEURON adds the points to soma, the section accessed last.
        e = error(HocRules.AUTO, text);
        assertEquals("bad.hoc:4: section 'dend_1' has no pt3dadd points (truncated file?) (read with NEURON rules, which"
                + " get further into this file than ISF's)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void fileEndingBeforeTheFirstPointOfASection(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + "{create dend_1}\n{connect dend_1(0), soma(1)}\n");
        assertEquals(7, e.line());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void fileEndingInsideAStatement(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + DEND + "{pt3dadd(20, 0, 0");
        assertEquals("bad.hoc:10: expected ')' closing pt3dadd(x, y, z, diameter) (truncated line?)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void unbalancedBrace(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + DEND + "{pt3dadd(20, 0, 0, 1)");
        assertEquals("bad.hoc:10: expected '}' closing the statement (truncated line?)", e.getMessage());
    }

    @Test
    void twoLabelsForOnePointListFailWithIsfRules() {
        InputFormatException e = error(HocRules.ISF, Hoc.SOMA + DEND.replace("dend_1", "apical_dend_1"));
        assertEquals(7, e.line());
        assertEquals("bad.hoc:7: 'apical_dend_1' matches several ISF labels [Dendrite, ApicalDendrite] (ISF: number of"
                + " labels does not equal number of point lists); a name may contain only one of soma,"
                + " dend/BasalDendrite, apical, axon", e.getMessage());
    }

    @Test
    void connectOutsideTheCreateBlockFailsWithIsfRules() {
        InputFormatException e = error(HocRules.ISF, Hoc.SOMA + """
                {create dend_1}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                {connect dend_1(0), soma(1)}
                """);
        assertEquals(7, e.line());
        assertEquals("bad.hoc:7: section 'dend_1' has no connect between its create and its first pt3dadd, where ISF"
                + " reads it (its parent is unknown); connect statements elsewhere are NEURON style (read with hoc mode"
                + " NEURON)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void axonParent(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + """
                {create axon}
                {connect axon(0), soma(0)}
                {pt3dadd(0, 0, 0, 1)}
                {create dend_1}
                {connect dend_1(0), axon(1)}
                {pt3dadd(10, 0, 0, 1)}
                """);
        assertEquals("bad.hoc:11: parent 'axon' of section 'dend_1' is an axon section (line 7); axons are skipped as"
                + " in ISF, so 'dend_1' has no parent", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = HocRules.class, names = {"ISF", "AUTO"})
    void duplicateSectionName(HocRules mode) {
        InputFormatException e = error(mode, Hoc.SOMA + DEND + DEND);
        assertEquals("bad.hoc:10: section 'dend_1' is created a second time (first at line 7)", e.getMessage());
    }

    @Test
    void connectCycle() {
        InputFormatException e = error(HocRules.ISF, Hoc.SOMA + """
                {create dend_1}
                {connect dend_1(0), dend_2(1)}
                {pt3dadd(10, 0, 0, 1)}
                {create dend_2}
                {connect dend_2(0), dend_1(1)}
                {pt3dadd(20, 0, 0, 1)}
                """);
        assertEquals("bad.hoc:8: the parents of section 'dend_1' never reach a root (connect cycle)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(HocRules.class)
    void fileWithoutSections(HocRules mode) {
        InputFormatException e = error(mode, "{nseg = 1}\n");
        assertEquals(0, e.line());
    }

    @Test
    void pathsAreNamedInMessagesAndTheMorphologyAfterTheBaseName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.hoc");
        Files.writeString(file, "{create soma}\n{pt3dadd(1, 2, 3)}\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> new HocReader().read(file));
        assertEquals(file + ":2: expected 4 numbers x, y, z, diameter in pt3dadd(...), found 3", e.getMessage());
    }
}
