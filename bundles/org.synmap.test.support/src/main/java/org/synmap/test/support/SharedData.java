package org.synmap.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only ISF reference data (the {@code shared/} folder beside the project:
 * {@code isf-data/}, {@code isf-golden/}) for tests, which read it in place and never copy it.
 * The folder is the environment variable {@code SYNMAP_SHARED}, else the system property
 * {@code synmap.shared} (which surefire sets to {@code <root>/../shared}).
 * <p>
 * A test that needs the data is skipped, not failed, where the data is absent: {@link #root()},
 * {@link #resolve(String)} and {@link #require(String)} abort the calling test with a JUnit
 * assumption whose message names the missing path. Call them from the test or a
 * {@code @BeforeEach} method: an assumption failing in {@code @BeforeAll} makes surefire count
 * the class's tests as none at all rather than as skipped.
 */
public final class SharedData {
    private static final String GOLDEN_RUNS = "isf-golden/runs";
    /** ISF's own record of a golden run; a folder under {@link #GOLDEN_RUNS} without it is no run. */
    private static final String RUN_RECORD = "isf-run.json";

    private SharedData() {
    }

    /** Whether the shared folder is configured and is a directory; never skips. */
    public static boolean available() {
        return configured().filter(Files::isDirectory).isPresent();
    }

    /** The shared folder; skips the calling test when it is not configured or not a directory. */
    public static Path root() {
        Optional<Path> root = configured();
        Assumptions.assumeTrue(root.isPresent() && Files.isDirectory(root.get()),
                () -> notFound(root.map(Path::toString).orElse(null)));
        return root.get();
    }

    /**
     * {@code relative} below the shared folder, whether or not it exists: skips the calling test
     * only when the folder itself is absent, so that a file missing from a present folder fails.
     */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** {@code relative} below the shared folder; skips the calling test when it or the folder is absent. */
    public static Path require(String relative) {
        Path path = resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> notFound(path.toString()));
        return path;
    }

    /**
     * {@code relative} below the shared folder when both exist, else empty; never skips. For tests
     * that decide what to generate, such as a test factory that yields one skipped test instead.
     */
    public static Optional<Path> find(String relative) {
        return available() ? Optional.of(configured().get().resolve(relative)).filter(Files::exists) : Optional.empty();
    }

    /** ISF's golden run {@code name}, {@code isf-golden/runs/<name>}, resolved as by {@link #resolve(String)}. */
    public static Path goldenRun(String name) {
        return resolve(GOLDEN_RUNS).resolve(name);
    }

    /**
     * Every golden run folder that holds ISF's record {@code isf-run.json}, sorted by name; skips
     * the calling test when the shared folder is absent.
     *
     * @throws IOException when {@code isf-golden/runs} cannot be listed (a present but broken data set)
     */
    public static List<Path> goldenRuns() throws IOException {
        try (Stream<Path> runs = Files.list(resolve(GOLDEN_RUNS))) {
            return runs.filter(run -> Files.exists(run.resolve(RUN_RECORD))).sorted().toList();
        }
    }

    /**
     * The one file in {@code dir} whose name ends with {@code suffix} (ISF names its outputs after
     * the cell and a time stamp, so tests find them by extension).
     *
     * @throws IllegalStateException when there is no such file or more than one
     */
    public static Path onlyFileEndingWith(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one *" + suffix + " in " + dir + ", found " + found);
            }
            return found.get(0);
        }
    }

    /** SYNMAP_SHARED, else the synmap.shared property; blank counts as unset. */
    private static Optional<Path> configured() {
        String location = System.getenv("SYNMAP_SHARED");
        if (location == null || location.isBlank()) {
            location = System.getProperty("synmap.shared");
        }
        return location == null || location.isBlank() ? Optional.empty() : Optional.of(Path.of(location));
    }

    /** Why a test is skipped; {@code missing} is null when no location is configured at all. */
    private static String notFound(String missing) {
        String where = missing == null ? "(neither SYNMAP_SHARED nor -Dsynmap.shared is set)" : "at " + missing;
        return "ISF reference data not found " + where + "; set SYNMAP_SHARED to the shared/ folder to run this test";
    }
}
