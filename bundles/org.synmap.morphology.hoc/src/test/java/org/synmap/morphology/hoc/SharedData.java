package org.synmap.morphology.hoc;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Locates the shared ISF data the way every synmap test does (SYNMAP_SHARED, else -Dsynmap.shared). */
final class SharedData {

    private SharedData() {
    }

    /** A file below the shared folder; skips the calling test when the folder is absent. */
    static Path require(String relative) {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        Path shared = s == null ? null : Path.of(s);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        Path file = shared.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing shared file " + file);
        return file;
    }
}
