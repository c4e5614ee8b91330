package org.synmap.test.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;

/**
 * The contract every parser's fuzz test checks: a parser either returns a valid result or throws
 * its documented input exception, whose message starts with the file's name; anything else
 * propagates and is a finding.
 */
public final class FuzzContract {
    private FuzzContract() {
    }

    /**
     * A temporary folder for the files a fuzz test writes on every input, removed with everything in
     * it when the JVM ends.
     */
    public static Path scratchFolder(String name) {
        try {
            Path dir = Files.createTempDirectory("synmap-fuzz-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code read}; an {@link InputFormatException} must name {@code file}.
     *
     * @return what {@code read} returned, or null when the input was refused
     */
    public static <T> T readOrRefuse(String file, Callable<T> read) throws Exception {
        try {
            return read.call();
        } catch (InputFormatException e) {
            assertTrue(e.getMessage().startsWith(file), () -> "the error does not name " + file + ": " + e.getMessage());
            return null;
        }
    }

    /** A morphology read from any input has finite coordinates, diameters and lengths, and parents before use. */
    public static void requireValid(Morphology m) {
        if (m == null) {
            return;
        }
        for (Section s : m.sections()) {
            assertTrue(Double.isFinite(s.length()) && s.length() >= 0, () -> s + ": length " + s.length());
            for (double v : s.coordinates()) {
                assertTrue(Double.isFinite(v), () -> s + ": coordinate " + v);
            }
            for (double d : s.diameters()) {
                assertTrue(Double.isFinite(d) && d >= 0, () -> s + ": diameter " + d);
            }
            assertTrue(s.parentId() < m.sections().size(), () -> s + ": parent " + s.parentId());
        }
    }
}
