package org.synmap.output.isf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** Locates the read-only reference data (real ISF files, ISF's golden runs) beside the project. */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String s = System.getenv("SYNMAP_SHARED");
        if (s == null) {
            s = System.getProperty("synmap.shared");
        }
        Path shared = s == null ? null : Path.of(s);
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared),
                "ISF reference data not found at " + shared + "; set SYNMAP_SHARED to run this test");
        return shared;
    }

    static Path goldenRun(String run) {
        return dir().resolve("isf-golden/runs").resolve(run);
    }

    /** The one file in {@code dir} whose name ends with {@code suffix}. */
    static Path fileEndingWith(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one *" + suffix + " in " + dir + ", found " + found);
            }
            return found.get(0);
        }
    }
}
