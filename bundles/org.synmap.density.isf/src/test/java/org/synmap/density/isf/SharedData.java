package org.synmap.density.isf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates /work/shared (ISF reference data); tests using it are skipped when it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        Path shared = s == null ? null : Path.of(s);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        return shared;
    }
}
