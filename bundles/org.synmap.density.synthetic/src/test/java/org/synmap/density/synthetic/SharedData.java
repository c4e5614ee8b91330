package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the ISF reference data (read in place, never copied). */
final class SharedData {
    private SharedData() {
    }

    /** The shared folder; skips the calling test when it is absent. */
    static Path shared() {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        Path shared = s == null ? null : Path.of(s);
        assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        return shared;
    }

    /** A file below the shared folder; skips the calling test when it is absent. */
    static Path file(String relative) {
        Path p = shared().resolve(relative);
        assumeTrue(Files.isRegularFile(p), p + " not found; set SYNMAP_SHARED to run this test");
        return p;
    }
}
