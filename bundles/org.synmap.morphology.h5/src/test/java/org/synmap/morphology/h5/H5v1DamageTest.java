package org.synmap.morphology.h5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.InputFormatException;

/** Damaged or inconsistent H5v1 files are refused with the file and the dataset named. */
class H5v1DamageTest {
    @TempDir
    Path dir;

    private static final float[][] POINTS = {{0, 0, 0, 10}, {0, 5, 0, 2}, {0, 15, 0, 2}, {0, 15, 0, 2}, {3, 19, 0, 1}};
    private static final int[][] STRUCTURE = {{0, 1, -1}, {1, 3, 0}, {3, 3, 1}};

    private InputFormatException refused(float[][] points, int[][] structure, int[] version) {
        Path file = dir.resolve("bad.h5");
        H5v1Files.write(file, points, structure, version);
        return refused(file);
    }

    private InputFormatException refused(Path file) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> new H5v1Reader().read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        return e;
    }

    private static void assertMentions(InputFormatException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), () -> "'" + p + "' not in: " + e.getMessage());
        }
    }

    @Test
    void theValidFileReads() throws IOException {
        Path file = dir.resolve("ok.h5");
        H5v1Files.write(file, POINTS, STRUCTURE, new int[] {1, 2});
        assertEquals(3, new H5v1Reader().read(file).sections().size());
    }

    @Test
    void missingPoints() {
        Path file = dir.resolve("nopoints.h5");
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("structure", STRUCTURE);
        }
        assertMentions(refused(file), "dataset /points", "found none");
    }

    @Test
    void pointsWithThreeColumns() {
        float[][] three = Arrays.stream(POINTS).map(p -> Arrays.copyOf(p, 3)).toArray(float[][]::new);
        assertMentions(refused(three, STRUCTURE, null), "dataset /points", "4 columns", "[5, 3]");
    }

    @Test
    void structureOfIntegersOnly() {
        Path file = dir.resolve("floats.h5");
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("points", POINTS);
            h5.putDataset("structure", new double[][] {{0, 1, -1}});
        }
        assertMentions(refused(file), "dataset /structure", "expected integers");
    }

    @Test
    void offsetsThatDoNotIncrease() {
        assertMentions(refused(POINTS, new int[][] {{0, 1, -1}, {3, 3, 0}, {3, 3, 1}}, null),
                "dataset /structure row 2", "offsets that increase");
    }

    @Test
    void anOffsetBeyondThePoints() {
        assertMentions(refused(POINTS, new int[][] {{0, 1, -1}, {1, 3, 0}, {9, 3, 1}}, null),
                "dataset /structure row 2", "offset 9", "5 points");
    }

    @Test
    void aParentAfterTheSection() {
        assertMentions(refused(POINTS, new int[][] {{0, 1, -1}, {1, 3, 2}, {3, 3, 1}}, null),
                "dataset /structure row 1", "parent", "found 2");
    }

    @Test
    void typeZero() {
        assertMentions(refused(POINTS, new int[][] {{0, 1, -1}, {1, 0, 0}, {3, 3, 1}}, null),
                "dataset /structure row 1", "section type", "found 0");
    }

    @Test
    void aSomaThatIsNotFirst() {
        assertMentions(refused(POINTS, new int[][] {{0, 3, -1}, {1, 1, -1}, {3, 3, 0}}, null),
                "dataset /structure row 1", "soma");
    }

    @Test
    void aNanCoordinateAndANegativeDiameter() {
        float[][] nan = POINTS.clone();
        nan[2] = new float[] {0, Float.NaN, 0, 2};
        assertMentions(refused(nan, STRUCTURE, null), "dataset /points row 2", "NaN");
        float[][] negative = POINTS.clone();
        negative[4] = new float[] {3, 19, 0, -1};
        assertMentions(refused(negative, STRUCTURE, null), "dataset /points row 4", "diameter");
    }

    @Test
    void anotherFormatVersion() {
        assertMentions(refused(POINTS, STRUCTURE, new int[] {2, 0}), "/metadata/version", "[2, 0]");
    }

    @Test
    void anH5v2File() {
        Path file = dir.resolve("v2.h5");
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putGroup("neuron1").putDataset("structure", STRUCTURE);
        }
        assertMentions(refused(file), "H5v2", "morph-tool");
    }

    @Test
    void aTruncatedFile() throws IOException {
        Path whole = dir.resolve("whole.h5");
        H5v1Files.write(whole, POINTS, STRUCTURE, new int[] {1, 1});
        byte[] bytes = Files.readAllBytes(whole);
        for (int keep : new int[] {0, 7, 100, bytes.length / 2, bytes.length - 40}) {
            Path cut = dir.resolve("cut" + keep + ".h5");
            Files.write(cut, Arrays.copyOf(bytes, keep));
            refused(cut);
        }
    }

    @Test
    void textIsNotHdf5() throws IOException {
        Path file = dir.resolve("text.h5");
        Files.writeString(file, "create soma\nsoma { pt3dadd(0,0,0,1) }\n");
        assertMentions(refused(file), "expected an HDF5 file");
    }
}
