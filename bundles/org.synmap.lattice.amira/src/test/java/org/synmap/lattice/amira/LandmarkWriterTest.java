package org.synmap.lattice.amira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandmarkWriterTest {
    private static final String HEADER_BEFORE_COUNT = "# AmiraMesh 3D ASCII 2.0\n\ndefine Markers ";
    private static final String HEADER_AFTER_COUNT = "\n\nParameters {\n\tNumSets 1,\n\tContentType \"LandmarkSet\"\n}\n\n"
            + "Markers { float[3] Coordinates } @1\n\n# Data section follows\n@1\n";

    @TempDir
    Path dir;

    @Test
    void writesIsfsLayoutWithCRounding() throws IOException {
        LandmarkWriter writer = new LandmarkWriter();
        writer.write(new double[] {1, 2.5, -3.25, 100.1234567, 0, 0, 0.0078125, -1e-9, 1e6}, dir.resolve("points"));
        String text = Files.readString(dir.resolve("points.landmarkAscii"));
        assertEquals(HEADER_BEFORE_COUNT + "3" + HEADER_AFTER_COUNT
                + "1.000000 2.500000 -3.250000\n"
                + "100.123457 0.000000 0.000000\n"
                + "0.007812 -0.000000 1000000.000000\n", text);
    }

    @Test
    void writesEmptySetsAndKeepsAnExistingExtension() throws IOException {
        new LandmarkWriter().write(new double[0], dir.resolve("none.landmarkAscii"));
        assertEquals(HEADER_BEFORE_COUNT + "0" + HEADER_AFTER_COUNT,
                Files.readString(dir.resolve("none.landmarkAscii")));
    }

    @Test
    void rejectsIncompleteTriples() {
        assertThrows(IllegalArgumentException.class, () -> new LandmarkWriter().write(new double[] {1, 2}, dir.resolve("x")));
    }
}
