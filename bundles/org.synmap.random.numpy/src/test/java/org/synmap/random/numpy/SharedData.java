package org.synmap.random.numpy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates /work/shared the way every synmap test does (SYNMAP_SHARED, else -Dsynmap.shared). */
final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or skips the calling test when it is absent. */
    static Path requireShared() {
        String location = System.getenv("SYNMAP_SHARED");
        if (location == null) {
            location = System.getProperty("synmap.shared");
        }
        Path shared = location == null ? null : Path.of(location);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        return shared;
    }
}
