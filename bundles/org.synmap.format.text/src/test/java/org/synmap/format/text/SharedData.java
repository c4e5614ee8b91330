package org.synmap.format.text;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/** Locates ISF's golden runs (read-only reference data beside the project). */
final class SharedData {
    private static final List<String> GOLDEN_RUNS = List.of("seed7-samples1", "seed7-samples4", "seed99-samples3");

    private SharedData() {
    }

    /** The {@code .syn} file of each golden run, written by ISF under Python 3. */
    static List<Path> goldenSynFiles() throws IOException {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        Path shared = s == null ? null : Path.of(s);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        List<Path> syn = new ArrayList<>();
        for (String run : GOLDEN_RUNS) {
            Path runDir = shared.resolve("isf-golden/runs").resolve(run);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(runDir, "*.syn")) {
                files.forEach(syn::add);
            }
        }
        return syn;
    }
}
