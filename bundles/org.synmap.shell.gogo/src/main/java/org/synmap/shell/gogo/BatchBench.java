package org.synmap.shell.gogo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;

/**
 * {@code bench --batch}: a whole batch timed as users run it, from the process's start (JVM,
 * framework, model) to its last job, into a temporary folder that is deleted afterwards.
 */
final class BatchBench {
    private BatchBench() {
    }

    static String run(SynmapEngine engine, Path manifest, String data, Map<String, String> dataParameters,
            String model, Map<String, String> modelParameters, int samples, List<String> formats, int threads) {
        Path out;
        try {
            out = Files.createTempDirectory("synmap-bench-batch-");
        } catch (IOException e) {
            throw new SynmapException("cannot create a temporary folder for the batch's outputs: " + e.getMessage(), e);
        }
        try {
            BatchJob job = new BatchJob(manifest, out, data, dataParameters, Map.of(), model, modelParameters, samples,
                    formats, false, false, threads);
            BatchOutcome o = engine.batch(job, ConsoleProgress.onStderr());
            long bytes = size(out);
            Runtime rt = Runtime.getRuntime();
            return String.format(Locale.ROOT, "synmap bench --batch: %s, %d samples per job, %s, %d threads, %d"
                    + " processors, Java %s, max heap %d MiB%n", manifest, samples, data, threads,
                    rt.availableProcessors(), System.getProperty("java.version"), rt.maxMemory() >> 20)
                    + String.format(Locale.ROOT, "%d of %d jobs done, %d failed; outputs %.1f MB (%.2f MB per job)%n",
                            o.done(), o.jobs(), o.failed().size(), bytes / 1e6, o.done() == 0 ? 0 : bytes / 1e6
                                    / o.done())
                    + BatchReport.speed(o) + "\n" + BatchReport.cpu(o);
        } finally {
            delete(out);
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("synmap: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
