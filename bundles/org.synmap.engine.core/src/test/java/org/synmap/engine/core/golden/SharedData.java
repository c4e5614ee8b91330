package org.synmap.engine.core.golden;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates the read-only reference data (/work/shared) for tests that need it. */
final class SharedData {

    private SharedData() {
    }

    /** A path under the shared folder, or skips the calling test when it is not available. */
    static Path file(String relative) {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        Path shared = s == null ? null : Path.of(s);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        Path p = shared.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), p + " not found; set SYNMAP_SHARED to run this test");
        return p;
    }
}
