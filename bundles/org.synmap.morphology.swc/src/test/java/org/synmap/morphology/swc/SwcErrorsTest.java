package org.synmap.morphology.swc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;

/** Malformed SWC: one-line errors naming file and line. */
class SwcErrorsTest {
    private static final String SOMA = "1 1 0 0 0 5 -1\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 3 1 2 3 1|bad.swc:2: expected 7 columns 'id type x y z radius parent', found 6",
        "2 3 1 2 3 1 1 extra|bad.swc:2: expected 7 columns 'id type x y z radius parent', found 8",
        "2 3 1 two 3 1 1|bad.swc:2: expected a number for y, found 'two'",
        "2 3 1 2 3 NaN 1|bad.swc:2: expected a number for radius, found 'NaN'",
        "2 3 1 2 3 1e400 1|bad.swc:2: expected a finite number for radius, found '1e400' (beyond the double range)",
        "2 3 -2E308 2 3 1 1|bad.swc:2: expected a finite number for x, found '-2E308' (beyond the double range)",
        "2 3 1 25E209 3 1 1|bad.swc:2: expected a number of magnitude at most 1.0E9 for y, found '25E209'",
        "2.0 3 1 2 3 1 1|bad.swc:2: expected an integer for the sample id, found '2.0'",
        "2 3 1 2 3 1 9|bad.swc:2: unknown parent id 9 (no sample has that id)",
        "1 3 1 2 3 1 -1|bad.swc:2: sample id 1 appears twice (first at line 1)",
        "2 7 1 2 3 1 1|bad.swc:2: type 7 is not supported: expected 1 (soma), 2 (axon), 3 (dendrite) or 4 (apical"
                + " dendrite); relabel undefined and custom types",
        "2 0 1 2 3 1 1|bad.swc:2: type 0 is not supported: expected 1 (soma), 2 (axon), 3 (dendrite) or 4 (apical"
                + " dendrite); relabel undefined and custom types",
        "2 3 1 2 3 -1 1|bad.swc:2: expected a radius >= 0, found -1",
        "2 3 1 2 3 1 -2|bad.swc:2: expected a parent id >= 0, or -1 for a root, found -2",
    })
    void badSecondLine(String line, String message) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> Swc.read("bad.swc", SOMA + line + "\n"));
        assertEquals(message, e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void parentCycle() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> Swc.read("bad.swc", SOMA + "# a loop\n2 3 1 0 0 1 3\n3 3 2 0 0 1 2\n"));
        assertEquals("bad.swc:3: sample 2 never reaches a root (parent -1): its parent ids form a cycle", e.getMessage());
    }

    @Test
    void selfParent() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> Swc.read("bad.swc", SOMA + "2 3 1 0 0 1 2\n"));
        assertEquals("bad.swc:2: sample 2 never reaches a root (parent -1): its parent ids form a cycle", e.getMessage());
    }

    @Test
    void noSamples() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> Swc.read("bad.swc", "# only a header\n\n"));
        assertEquals("bad.swc: no samples: expected lines 'id type x y z radius parent'", e.getMessage());
    }

    @Test
    void onlyAnAxon() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> Swc.read("bad.swc", "1 2 0 0 0 1 -1\n2 2 0 5 0 1 1\n"));
        assertEquals("bad.swc: no soma or dendrite samples (types 1, 3, 4) outside the axon", e.getMessage());
    }

    @Test
    void messagesNameThePathAndAreOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.swc");
        Files.writeString(file, SOMA + "2 3 1 2");
        InputFormatException e = assertThrows(InputFormatException.class, () -> new SwcReader().read(file));
        assertEquals(file + ":2: expected 7 columns 'id type x y z radius parent', found 4", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        assertEquals(2, Swc.read("bom.swc", "\uFEFF1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n3 3 9 0 0 1 2\n").sections().size());
        assertEquals(2, Swc.read("bom.swc", "\uFEFF# header\n1 1 0 0 0 5 -1\n2 3 5 0 0 1 1\n3 3 9 0 0 1 2\n")
                .sections().size());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws IOException {
        Morphology m = Swc.read("ok.swc", "# header\n\n  1 1 0 0 0 5 -1 # the soma\n\t2 3 5 0 0 1 1\n3 3 9 0 0 1 2\n");
        assertEquals(2, m.sections().size());
        assertEquals(4.0, m.section(1).length());
    }
}
