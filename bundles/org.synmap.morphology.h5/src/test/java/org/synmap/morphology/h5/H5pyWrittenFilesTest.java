package org.synmap.morphology.h5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;

/**
 * Files written by the HDF5 library itself (through h5py, as BlueBrain's tools write them):
 * chunked and gzip-compressed datasets, an enum {@code cell_family}, uint32 versions. Skipped
 * where Debian's python3-h5py is absent.
 */
class H5pyWrittenFilesTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String TABLES = """
            import sys, h5py, numpy as np
            pts = np.array([[0, 0, 0, 10], [0, 5, 0, 2], [0, 15, 0, 2], [0, 15, 0, 2], [3, 19, 0, 1],
                            [0, 15, 0, 2], [0, 15, 7, 1], [0, -5, 0, 3], [0, -25, 0, 2]], dtype=np.float32)
            st = np.array([[0, 1, -1], [1, 3, 0], [3, 3, 1], [5, 3, 1], [7, 4, 0]], dtype=np.int32)
            family = h5py.enum_dtype({'NEURON': 0, 'GLIA': 1}, basetype='u4')
            with h5py.File(sys.argv[1], 'w') as f:
                f.create_dataset('points', data=pts, chunks=(2, 4), compression='gzip')
                f.create_dataset('structure', data=st, chunks=(2, 3), compression='gzip', shuffle=True)
                g = f.create_group('metadata')
                g.attrs.create('version', np.array([1, 3], dtype=np.uint32))
                g.attrs.create('cell_family', int(sys.argv[2]), dtype=family)
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsH5py() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON)) && run("import h5py") == 0;
        Assumptions.assumeTrue(present, "skipped: h5py is not installed (Debian package python3-h5py)");
    }

    private static int run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PYTHON, "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("python timed out");
        }
        if (p.exitValue() != 0 && !script.equals("import h5py")) {
            throw new IOException("python failed: " + out);
        }
        return p.exitValue();
    }

    @Test
    void readsCompressedChunkedFilesAsTheSameMorphology() throws Exception {
        Path byLibrary = dir.resolve("h5py.h5");
        run(TABLES, byLibrary.toString(), "0");
        Path byJhdf = dir.resolve("jhdf.h5");
        H5v1Files.write(byJhdf, new float[][] {{0, 0, 0, 10}, {0, 5, 0, 2}, {0, 15, 0, 2}, {0, 15, 0, 2}, {3, 19, 0, 1},
            {0, 15, 0, 2}, {0, 15, 7, 1}, {0, -5, 0, 3}, {0, -25, 0, 2}},
                new int[][] {{0, 1, -1}, {1, 3, 0}, {3, 3, 1}, {5, 3, 1}, {7, 4, 0}}, new int[] {1, 3});

        Morphology a = new H5v1Reader().read(byLibrary);
        Morphology b = new H5v1Reader().read(byJhdf);

        assertEquals(5, a.sections().size());
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(b.section(i).coordinates(), a.section(i).coordinates());
            assertArrayEquals(b.section(i).diameters(), a.section(i).diameters());
            assertEquals(b.section(i).parentId(), a.section(i).parentId());
        }
        assertEquals(List.of(10.0, 10.0, 5.0, 7.0, 20.0), a.sections().stream().map(s -> s.length()).toList());
    }

    @Test
    void refusesAGliaFile() throws Exception {
        Path glia = dir.resolve("glia.h5");
        run(TABLES, glia.toString(), "1");
        InputFormatException e = assertThrows(InputFormatException.class, () -> new H5v1Reader().read(glia));
        assertTrue(e.getMessage().contains("/metadata/cell_family"), e.getMessage());
        assertTrue(e.getMessage().contains("GLIA"), e.getMessage());
    }
}
