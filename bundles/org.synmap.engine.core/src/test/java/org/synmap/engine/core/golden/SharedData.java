package org.synmap.engine.core.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only reference data (/work/shared) for tests that need it. */
final class SharedData {

    private SharedData() {
    }

    /** The shared folder as configured (SYNMAP_SHARED, else the synmap.shared property), or null. */
    static Path root() {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        return s == null ? null : Path.of(s);
    }

    /** A path under the shared folder, or null when the folder or the path is missing. */
    static Path find(String relative) {
        Path shared = root();
        if (shared == null || !Files.isDirectory(shared)) {
            return null;
        }
        Path p = shared.resolve(relative);
        return Files.exists(p) ? p : null;
    }

    /** Why a test that needs {@code relative} is skipped. */
    static String missing(String relative) {
        return "ISF reference data " + relative + " not found under " + root()
                + "; set SYNMAP_SHARED to run this test";
    }
}
