package org.synmap.lattice.amira;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.density.api.Lattice;

class AmiraMeshWriterTest {

    @TempDir
    Path dir;

    /** isf-spec §2.3's verified example: 3×2×2, value 4i+2j+k, origin (0,100,−50), spacing 50. */
    static Lattice tinyExample() {
        double[] values = new double[12];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    values[(i * 2 + j) * 2 + k] = 4 * i + 2 * j + k;
                }
            }
        }
        return Lattice.of(new int[] {3, 2, 2}, new double[] {0, 100, -50}, new double[] {50, 50, 50}, values);
    }

    @Test
    void writesIsfsTinyExampleByteForByte() throws IOException {
        Path file = dir.resolve("tiny.am");
        new AmiraMeshWriter().write(tinyExample(), file);
        String expected = "# AmiraMesh 3D ASCII 2.0\n"
                + "\n"
                + "define Lattice 3 2 2\n"
                + "\n"
                + "Parameters {\n"
                + "\tContent \"3x2x2 float, uniform coordinates\",\n"
                + "\tSpacing 50.0 50.0 50.0,\n"
                + "\tBoundingBox 25.0 125.0 125.0 175.0 -25.0 25.0 \n"
                + "\tCoordType \"uniform\"\n"
                + "}\n"
                + "\n"
                + "Lattice { float Data } @1\n"
                + "\n"
                + "# Data section follows\n"
                + "@1\n"
                // x fastest: (k=0,j=0) i=0..2, (k=0,j=1), (k=1,j=0), (k=1,j=1)
                + "0.000000000000000e+00 \n4.000000000000000e+00 \n8.000000000000000e+00 \n"
                + "2.000000000000000e+00 \n6.000000000000000e+00 \n1.000000000000000e+01 \n"
                + "1.000000000000000e+00 \n5.000000000000000e+00 \n9.000000000000000e+00 \n"
                + "3.000000000000000e+00 \n7.000000000000000e+00 \n1.100000000000000e+01 \n";
        assertEquals(expected, Files.readString(file, StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void tinyExampleReadsBackWithIsfGeometry() throws IOException {
        Path file = dir.resolve("tiny.am");
        new AmiraMeshWriter().write(tinyExample(), file);
        Lattice back = new AmiraMeshReader().read(file);
        assertEquals(tinyExample(), back);
        assertEquals(0, back.lowerEdge(0));
        assertEquals(150, back.upperEdge(0));
        assertEquals(100, back.lowerEdge(1));
        assertEquals(200, back.upperEdge(1));
        assertEquals(-50, back.lowerEdge(2));
        assertEquals(50, back.upperEdge(2));
        // get_scalar: None at the exact origin (face margin), 0.0 just inside
        assertTrue(Double.isNaN(back.valueAt(0, 100, -50)));
        assertEquals(0.0, back.valueAt(0.5, 100.5, -49.5));
        assertEquals(4 * 2 + 2 * 1 + 1, back.valueAt(149, 199, 49));
    }

    /** Values with at most 16 significant digits survive %.15e text exactly. */
    @Test
    void asciiRoundTripKeepsSixteenDigitValues() throws IOException {
        Random random = new Random(5);
        double[] values = new double[7 * 5 * 3];
        for (int n = 0; n < values.length; n++) {
            values[n] = switch (n % 4) {
                case 0 -> 0.0;
                case 1 -> random.nextInt(1000) / 10000.0; // e.g. 0.0553
                case 2 -> Double.parseDouble(String.format(java.util.Locale.ROOT, "%.15e", random.nextGaussian() * 1e5));
                default -> -random.nextInt(100);
            };
        }
        Lattice lattice = Lattice.of(new int[] {7, 5, 3}, new double[] {-1200, -350, -1500},
                new double[] {50, 25, 12.5}, values);
        Path file = dir.resolve("round.am");
        new AmiraMeshWriter().write(lattice, file);
        assertEquals(lattice, new AmiraMeshReader().read(file));
    }

    @Test
    void binaryRoundTripIsExactForAnyDouble() throws IOException {
        Random random = new Random(9);
        double[] values = new double[4 * 3 * 2];
        for (int n = 0; n < values.length; n++) {
            values[n] = random.nextDouble() / 3;
        }
        Lattice lattice = Lattice.of(new int[] {4, 3, 2}, new double[] {0.5, -20, 7}, new double[] {1, 2, 4}, values);
        Path file = dir.resolve("exact.am");
        new AmiraMeshBinaryWriter().write(lattice, file);
        String start = new String(Files.readAllBytes(file), 0, 37, StandardCharsets.US_ASCII);
        assertEquals("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0\n", start);
        Lattice back = new AmiraMeshReader().read(file);
        assertEquals(lattice, back);
        assertArrayEquals(values, back.values());
    }
}
