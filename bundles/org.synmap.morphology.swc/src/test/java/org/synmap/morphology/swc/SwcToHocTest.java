package org.synmap.morphology.swc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.hoc.HocRules;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.morphology.hoc.HocWriter;

/** SWC section names and layout survive ISF's hoc rules: SWC → hoc → the same morphology. */
class SwcToHocTest {

    @Test
    void anSwcMorphologyRoundTripsThroughIsfHoc(@TempDir Path dir) throws IOException {
        Morphology swc = Swc.read("cell.hoc", """
                1 1 0 0 0 5 -1
                2 1 0 -5 0 5 1
                3 1 0 5 0 5 1
                4 3 5 0 0 1 1
                5 3 15 0 0 1 4
                6 3 18 4 0 0.5 5
                7 3 15 -8 0 0.5 5
                8 4 0 5 0 2 3
                9 4 0 50 0 2 8
                10 2 0 -5 0 1 2
                """);
        Path file = dir.resolve("cell.hoc");
        new HocWriter().write(swc, file);
        Morphology back = new HocReader(HocRules.ISF).read(file);
        assertEquals(List.of(), back.warnings());
        assertEquals(swc.sections(), back.sections());
    }
}
