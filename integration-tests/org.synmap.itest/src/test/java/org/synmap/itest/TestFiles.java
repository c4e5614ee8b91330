package org.synmap.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;

/** Small inputs written by the tests themselves. */
final class TestFiles {
    private TestFiles() {
    }

    /** A soma of two points and one 10 µm dendrite, in ISF's hoc dialect. */
    static Path smallHoc(Path dir) throws IOException {
        Path hoc = dir.resolve("small_cell.hoc");
        Files.writeString(hoc, String.join("\n",
                "{create soma}",
                "{access soma}",
                "{nseg = 1}",
                "{pt3dclear()}",
                "{pt3dadd(0.0, 0.0, 0.0, 10.0)}",
                "{pt3dadd(0.0, 0.0, 5.0, 10.0)}",
                "",
                "{create dend_1_0}",
                "{connect dend_1_0(0), soma(1.0)}",
                "{access dend_1_0}",
                "{nseg = 1}",
                "{pt3dclear()}",
                "{pt3dadd(0.0, 0.0, 5.0, 2.0)}",
                "{pt3dadd(6.0, 8.0, 5.0, 1.0)}",
                ""));
        return hoc;
    }

    /** The same cell as {@link #smallHoc} in H5v1, with a one-point soma of diameter 5 (read as a 5 µm cylinder). */
    static Path smallH5(Path dir) {
        Path h5 = dir.resolve("small_cell.h5");
        try (WritableHdfFile file = HdfFile.write(h5)) {
            file.putDataset("points", new float[][] {{0, 0, 2.5f, 5}, {0, 0, 5, 2}, {6, 8, 5, 1}});
            file.putDataset("structure", new int[][] {{0, 1, -1}, {1, 3, 0}});
        }
        return h5;
    }
}
