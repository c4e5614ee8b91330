package org.synmap.lattice.amira;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.test.support.SharedData;

class AmiraMeshReaderTest {

    /** A 2×3×2 header in the golden dataset's style (4-space indents, integer numbers). */
    private static final String HEADER = "# AmiraMesh 3D ASCII 2.0\n"  // line 1
            + "# a comment mentioning BoundingBox and Spacing\n"      // 2
            + "\n"                                                     // 3
            + "define Lattice 2 3 2\n"                                 // 4
            + "\n"                                                     // 5
            + "Parameters {\n"                                         // 6
            + "    Content \"2x3x2 float, uniform coordinates\",\n"    // 7
            + "    Spacing 10 20 40,\n"                                // 8
            + "    BoundingBox 5 15 -10 30 20 60,\n"                   // 9
            + "    CoordType \"uniform\"\n"                            // 10
            + "}\n"                                                    // 11
            + "\n"                                                     // 12
            + "Lattice { float Data } @1\n"                            // 13
            + "\n"                                                     // 14
            + "# Data section follows\n"                               // 15
            + "@1\n";                                                  // 16, data from line 17

    @TempDir
    Path dir;

    private final AmiraMeshReader reader = new AmiraMeshReader();

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.ISO_8859_1);
        return f;
    }

    /** Value v = 100·i + 10·j + k written x fastest, one per line. */
    private static String valuesXFastest(String separator) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < 2; i++) {
                    sb.append(100 * i + 10 * j + k).append(separator);
                }
            }
        }
        return sb.toString();
    }

    private static void assertIndexValues(Lattice l) {
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 2; k++) {
                    assertEquals(100 * i + 10 * j + k, l.get(i, j, k), "voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    /** A file over 2 GB (sparse: no disk used) is refused by name, not with an OutOfMemoryError. */
    @Test
    void fileTooLargeForOneArray() throws IOException {
        Path f = dir.resolve("huge.am");
        try (RandomAccessFile huge = new RandomAccessFile(f.toFile(), "rw")) {
            huge.write(HEADER.getBytes(StandardCharsets.ISO_8859_1));
            huge.setLength(1L << 31);
        }
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(f));
        assertEquals(f + ": file of 2147483648 bytes is larger than the 2147483639 bytes this reader holds in memory;"
                + " write the lattice as binary AmiraMesh (format amiramesh-binary, about a third of the text's size)",
                e.getMessage());
    }

    private InputFormatException failure(String content) throws IOException {
        Path f = file("bad.am", content);
        return assertThrows(InputFormatException.class, () -> reader.read(f));
    }

    @Test
    void readsIsfStyleFileAndConvertsCentresToEdges() throws IOException {
        Lattice l = reader.read(file("a.am", HEADER + valuesXFastest("\n")));
        assertArrayEquals(new int[] {2, 3, 2}, new int[] {l.nx(), l.ny(), l.nz()});
        assertEquals(10, l.spacing(0));
        assertEquals(20, l.spacing(1));
        assertEquals(40, l.spacing(2));
        // edges = centre bounds -/+ s/2; the origin is the lower edge
        assertEquals(0, l.origin(0));
        assertEquals(-20, l.origin(1));
        assertEquals(0, l.origin(2));
        assertEquals(20, l.upperEdge(0));
        assertEquals(40, l.upperEdge(1));
        assertEquals(80, l.upperEdge(2));
        assertIndexValues(l);
    }

    @Test
    void acceptsSeveralValuesPerLineTabsCrLfAndBlankLines() throws IOException {
        String crlfHeader = HEADER.replace("\n", "\r\n");
        String data = "0 100\t10 110\r\n\r\n20 120 1 101 11\n111 21   121\n\n";
        Lattice l = reader.read(file("b.am", crlfHeader + data));
        assertIndexValues(l);
    }

    @Test
    void dataStartsAtTheFirstLineBeginningWithAt1() throws IOException {
        // The declaration line ends in "@1" but does not start with it, so it is no data marker.
        Lattice l = reader.read(file("c.am", HEADER + valuesXFastest("\n")));
        assertEquals(121, l.get(1, 2, 1));
    }

    @Test
    void derivesSpacingFromTheBoundingBoxWhenSpacingIsMissing() throws IOException {
        Lattice l = reader.read(file("d.am", HEADER.replace("    Spacing 10 20 40,\n", "") + valuesXFastest("\n")));
        assertEquals(10, l.spacing(0)); // (15 - 5) / (2 - 1)
        assertEquals(20, l.spacing(1)); // (30 - -10) / (3 - 1)
        assertEquals(40, l.spacing(2));
        assertEquals(0, l.origin(0));
        assertIndexValues(l);
    }

    @Test
    void requiresSpacingWhenADimensionIsOne() throws IOException {
        String header = "define Lattice 2 1 1\nBoundingBox 0 10 0 0 0 0\n@1\n";
        InputFormatException e = failure(header + "1\n2\n");
        assertEquals(3, e.line());
        assertEquals(dir.resolve("bad.am") + ":3: header ends without 'Spacing sx sy sz', which is required when"
                + " a dimension is 1 (axis y)", e.getMessage());
        Lattice l = reader.read(file("ok.am", "define Lattice 2 1 1\nBoundingBox 0 10 0 0 0 0\nSpacing 10 1 1\n@1\n1\n2\n"));
        assertEquals(-0.5, l.origin(1));
        assertEquals(0.5, l.upperEdge(1));
    }

    @Test
    void reportsTooFewValuesWithCounts() throws IOException {
        String data = valuesXFastest("\n");
        InputFormatException e = failure(HEADER + data.substring(0, data.lastIndexOf("121\n")));
        assertEquals(dir.resolve("bad.am") + ":27: expected 12 values, found 11", e.getMessage());
    }

    @Test
    void reportsTooManyValuesAtTheFirstExtraValue() throws IOException {
        InputFormatException e = failure(HEADER + valuesXFastest("\n") + "\n7\n");
        assertEquals(30, e.line());
        assertEquals(dir.resolve("bad.am") + ":30: too many values: expected 12 (the lattice's nx·ny·nz),"
                + " found more, starting with '7'", e.getMessage());
    }

    @Test
    void reportsUnparsableNumbersWithTheirLine() throws IOException {
        InputFormatException e = failure(HEADER + valuesXFastest("\n").replace("\n110\n", "\n1.1.0\n"));
        assertEquals(dir.resolve("bad.am") + ":20: cannot parse '1.1.0' as a number", e.getMessage());
    }

    @Test
    void rejectsNanAndInfiniteValues() throws IOException {
        InputFormatException nan = failure(HEADER + valuesXFastest("\n").replace("\n110\n", "\nnan\n"));
        assertEquals(dir.resolve("bad.am") + ":20: value 'nan' is not finite; expected a finite number", nan.getMessage());
        InputFormatException inf = failure(HEADER + valuesXFastest("\n").replace("\n110\n", "\n-inf\n"));
        assertEquals(20, inf.line());
        InputFormatException overflow = failure(HEADER + valuesXFastest("\n").replace("\n110\n", "\n1e999\n"));
        assertEquals(dir.resolve("bad.am") + ":20: number '1e999' is too large for a double (overflows to infinity)",
                overflow.getMessage());
    }

    @Test
    void reportsMissingHeaderFields() throws IOException {
        InputFormatException noLattice = failure(HEADER.replace("define Lattice 2 3 2\n", "\n") + valuesXFastest("\n"));
        assertEquals(dir.resolve("bad.am") + ":16: header ends without 'define Lattice nx ny nz'", noLattice.getMessage());
        InputFormatException noBox = failure(HEADER.replace("    BoundingBox 5 15 -10 30 20 60,\n", "\n")
                + valuesXFastest("\n"));
        assertEquals(dir.resolve("bad.am") + ":16: header ends without 'BoundingBox x0 x1 y0 y1 z0 z1'",
                noBox.getMessage());
        InputFormatException noData = failure(HEADER.substring(0, HEADER.lastIndexOf("@1\n")));
        assertEquals(dir.resolve("bad.am") + ":15: no data section: expected a line starting with '@1'",
                noData.getMessage());
    }

    /** A transposed Lattice line contradicts BoundingBox and Spacing: refused, not read as another grid. */
    @Test
    void refusesDimensionsBoundingBoxAndSpacingThatDisagree() throws IOException {
        InputFormatException transposed = failure(HEADER.replace("Lattice 2 3 2", "Lattice 3 2 2")
                + valuesXFastest("\n"));
        assertEquals(dir.resolve("bad.am") + ":9: define Lattice 3 2 2 (line 4), BoundingBox and Spacing 10.0 20.0 40.0"
                + " (line 8) disagree on axis x: the BoundingBox spans 10.0 but 3 voxels of 10.0 span 20.0 between"
                + " the first and last centres", transposed.getMessage());
        InputFormatException otherSpacing = failure(HEADER.replace("Spacing 10 20 40", "Spacing 10 25 40")
                + valuesXFastest("\n"));
        assertTrue(otherSpacing.getMessage().contains("disagree on axis y"), otherSpacing.getMessage());
    }

    @Test
    void reportsMalformedHeaderFields() throws IOException {
        assertEquals(9, failure(HEADER.replace("BoundingBox 5 15", "BoundingBox 15") + "0\n").line());
        assertEquals(dir.resolve("bad.am") + ":4: expected a positive integer lattice dimension, found '2.5'",
                failure(HEADER.replace("Lattice 2 3 2", "Lattice 2.5 3 2")).getMessage());
        assertEquals(dir.resolve("bad.am") + ":8: Spacing must be positive, found 0.0 on axis y",
                failure(HEADER.replace("Spacing 10 20 40", "Spacing 10 0 40")).getMessage());
        assertEquals(dir.resolve("bad.am") + ":9: cannot parse 'a' as a number",
                failure(HEADER.replace("BoundingBox 5 15", "BoundingBox 5 a")).getMessage());
        assertEquals(dir.resolve("bad.am") + ":15: Spacing given twice (first on line 8)",
                failure(HEADER.replace("# Data section follows\n", "Spacing 1 1 1\n")).getMessage());
        assertEquals(dir.resolve("bad.am") + ":9: BoundingBox upper bound -10.0 is below lower bound 30.0 on axis y",
                failure(HEADER.replace("-10 30", "30 -10")).getMessage());
    }

    private static byte[] binaryFile(String firstLine, String type, ByteOrder order, int size, double[] fileOrder,
            String trailer) {
        String header = HEADER.replace("# AmiraMesh 3D ASCII 2.0", firstLine).replace("{ float Data }",
                "{ " + type + " Data }");
        ByteBuffer data = ByteBuffer.allocate(size * fileOrder.length).order(order);
        for (double v : fileOrder) {
            if (size == 4) {
                data.putFloat((float) v);
            } else {
                data.putDouble(v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data.array());
        out.writeBytes(trailer.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static double[] fileOrderValues() {
        return Arrays.stream(valuesXFastest(" ").strip().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void readsBinaryLittleEndianFloatAndDouble() throws IOException {
        Path f32 = dir.resolve("f32.am");
        Files.write(f32, binaryFile("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "float", ByteOrder.LITTLE_ENDIAN, 4,
                fileOrderValues(), "\n"));
        assertIndexValues(reader.read(f32));
        Path f64 = dir.resolve("f64.am");
        Files.write(f64, binaryFile("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "double", ByteOrder.LITTLE_ENDIAN, 8,
                fileOrderValues(), ""));
        Lattice l = reader.read(f64);
        assertIndexValues(l);
        assertEquals(0, l.origin(0));
        Path big = dir.resolve("big.am");
        Files.write(big, binaryFile("# AmiraMesh 3D BINARY 2.0", "float", ByteOrder.BIG_ENDIAN, 4, fileOrderValues(), "\n"));
        assertIndexValues(reader.read(big));
    }

    @Test
    void reportsBinaryErrors() throws IOException {
        double[] values = fileOrderValues();
        Path shortFile = dir.resolve("short.am");
        Files.write(shortFile, binaryFile("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "float", ByteOrder.LITTLE_ENDIAN, 4,
                Arrays.copyOf(values, 11), ""));
        assertEquals(shortFile + ":16: expected 12 values, found 11 (44 bytes of 4-byte binary data)",
                assertThrows(InputFormatException.class, () -> reader.read(shortFile)).getMessage());
        Path longFile = dir.resolve("long.am");
        Files.write(longFile, binaryFile("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "float", ByteOrder.LITTLE_ENDIAN, 4,
                Arrays.copyOf(values, 13), "\n"));
        assertEquals(16, assertThrows(InputFormatException.class, () -> reader.read(longFile)).line());
        values[3] = Double.NaN;
        Path nanFile = dir.resolve("nan.am");
        Files.write(nanFile, binaryFile("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "double", ByteOrder.LITTLE_ENDIAN, 8,
                values, "\n"));
        assertEquals(nanFile + ":16: binary value #3 is NaN; expected finite values",
                assertThrows(InputFormatException.class, () -> reader.read(nanFile)).getMessage());
        Path byteFile = dir.resolve("bytes.am");
        Files.write(byteFile, binaryFile("# AmiraMesh BINARY-LITTLE-ENDIAN 2.0", "byte", ByteOrder.LITTLE_ENDIAN, 4,
                values, ""));
        assertEquals(byteFile + ":16: unsupported binary data declaration 'Lattice { byte Data } @1'; expected"
                + " 'Lattice { float Data } @1' or 'Lattice { double Data } @1'",
                assertThrows(InputFormatException.class, () -> reader.read(byteFile)).getMessage());
    }

    @Test
    void readsTheGoldenNormalizationAndBoutonFiles() throws IOException {
        Path dataset = SharedData.resolve("isf-golden/dataset");
        for (String name : new String[] {"EXNormalizationPSTs.am", "INHNormalizationPSTs.am"}) {
            // header: define Lattice 43 30 46, Spacing 50 50 50, BoundingBox -1175 925 -325 1125 -1475 775
            Lattice pst = reader.read(dataset.resolve("PST").resolve(name));
            assertArrayEquals(new int[] {43, 30, 46}, new int[] {pst.nx(), pst.ny(), pst.nz()}, name);
            assertArrayEquals(new double[] {-1200, -350, -1500}, new double[] {pst.origin(0), pst.origin(1), pst.origin(2)});
            assertArrayEquals(new double[] {950, 1150, 800},
                    new double[] {pst.upperEdge(0), pst.upperEdge(1), pst.upperEdge(2)});
            assertArrayEquals(new double[] {50, 50, 50}, new double[] {pst.spacing(0), pst.spacing(1), pst.spacing(2)});
            // generator.json: 51,600 non-zero voxels in each PST field
            assertEquals(51_600, Arrays.stream(pst.values()).filter(v -> v != 0).count(), name);
        }
        // generator.json: maximum 119228.0 in the EXC field
        assertEquals(119228.0, Arrays.stream(reader.read(dataset.resolve("PST/EXNormalizationPSTs.am")).values())
                .max().orElseThrow());
        // C1/L5tt/C1_L5tt_000: define Lattice 27 28 28, BoundingBox -1175 125 -175 1175 -1225 125
        Lattice bouton = reader.read(dataset.resolve("singleaxon_boutons_ascii/C1/L5tt/C1_L5tt_000_boutons.am"));
        assertArrayEquals(new int[] {27, 28, 28}, new int[] {bouton.nx(), bouton.ny(), bouton.nz()});
        assertArrayEquals(new double[] {-1200, -200, -1250},
                new double[] {bouton.origin(0), bouton.origin(1), bouton.origin(2)});
        assertArrayEquals(new double[] {150, 1200, 150},
                new double[] {bouton.upperEdge(0), bouton.upperEdge(1), bouton.upperEdge(2)});
    }

    /** All 132 golden bouton files parse, with the totals generator.json records. */
    @Test
    void readsEveryGoldenBoutonFile() throws IOException {
        Path root = SharedData.resolve("isf-golden/dataset/singleaxon_boutons_ascii");
        long[] totals = new long[3]; // files, values, non-zero values
        double[] max = {0};
        try (var files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".am"))::iterator) {
                Lattice l = reader.read(f);
                totals[0]++;
                totals[1] += l.size();
                for (double v : l.values()) {
                    if (v != 0) {
                        totals[2]++;
                        max[0] = Math.max(max[0], v);
                    }
                }
            }
        }
        assertArrayEquals(new long[] {132, 2_756_848, 1_360_164}, totals);
        assertEquals(23.2883, max[0]);
    }

    /** Issue 13: a value cut at the end of the file (no newline after it) was read as complete. */
    @Test
    void aValueCutAtTheEndOfTheFileIsRefused() throws IOException {
        Path file = dir.resolve("cut.am");
        Files.writeString(file, "# AmiraMesh 3D ASCII 2.0\n\ndefine Lattice 2 1 1\n\nParameters {\n    Spacing 10 10 10,\n"
                + "    BoundingBox 5 15 5 5 5 5,\n}\n\nLattice { float Data } @1\n\n@1\n1.5\n2.2");
        InputFormatException e = org.junit.jupiter.api.Assertions.assertThrows(InputFormatException.class,
                () -> new AmiraMeshReader().read(file));
        assertEquals(file + ":14: the file ends inside the value '2.2' (no newline after it): expected a complete value"
                + " and a newline; the file may be truncated", e.getMessage());
    }
}
