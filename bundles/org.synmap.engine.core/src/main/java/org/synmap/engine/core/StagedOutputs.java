package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A job's outputs are written into a hidden staging folder inside the output directory and
 * moved into place only when every writer has succeeded, so a failing writer leaves nothing
 * half-written: neither a partial set of files nor {@code .tmp} leftovers. Each move is atomic
 * (same file system); {@code run.json} moves last, so its presence marks a complete output.
 */
final class StagedOutputs implements AutoCloseable {
    static final String RUN_JSON = "run.json";

    /** Staging folders are named {@code .synmap-staging-<pid>-<random>}, so stale ones can be told from live ones. */
    static final String STAGING_PREFIX = ".synmap-staging-";

    private final Path directory;
    private final Path staging;
    private final boolean createdDirectory;
    /**
     * Removes the staging folder when the JVM is stopped (SIGINT, SIGTERM) before {@link #close};
     * null where the caller cleans up itself (a batch lets its running jobs finish first).
     */
    private final Thread cleanupOnExit;

    private StagedOutputs(Path directory, Path staging, boolean createdDirectory, boolean exitHook) {
        this.directory = directory;
        this.staging = staging;
        this.createdDirectory = createdDirectory;
        if (!exitHook) {
            this.cleanupOnExit = null;
            return;
        }
        this.cleanupOnExit = new Thread(() -> {
            try {
                deleteTree(staging);
                System.err.println("synmap: stopped before the outputs were complete; nothing was written to "
                        + directory + " (staging folder removed)");
            } catch (IOException e) {
                System.err.println("synmap: could not remove " + staging + ": " + e.getMessage());
            }
        }, "synmap-staging-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    static StagedOutputs open(Path directory) throws IOException {
        return open(directory, true);
    }

    /** Like {@link #open(Path)}; without {@code exitHook} the caller removes the staging folder on exit. */
    static StagedOutputs open(Path directory, boolean exitHook) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException(directory + " exists and is not a folder");
        }
        boolean created = !Files.isDirectory(directory);
        Files.createDirectories(directory);
        return new StagedOutputs(directory, newStaging(directory), created, exitHook);
    }

    private static Path newStaging(Path directory) throws IOException {
        return Files.createTempDirectory(directory, STAGING_PREFIX + ProcessHandle.current().pid() + "-");
    }

    /**
     * Removes staging folders in {@code directory} left by processes that no longer run (killed
     * before they could clean up).
     *
     * @return the folders removed
     */
    static List<Path> removeStale(Path directory) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(directory)) {
            candidates = s.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList();
        }
        for (Path p : candidates) {
            String rest = p.getFileName().toString().substring(STAGING_PREFIX.length());
            int dash = rest.indexOf('-');
            long pid = -1;
            try {
                pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            } catch (NumberFormatException e) {
                // an old-style name without a pid: its process cannot be known to run, so it is stale
            }
            boolean alive = pid >= 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                deleteTree(p);
                removed.add(p);
            }
        }
        return removed;
    }

    /**
     * Removes the staging folders this process made in {@code directory} (a batch stopped while
     * jobs were still writing).
     *
     * @return the folders removed
     */
    static List<Path> removeOwn(Path directory) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        String own = STAGING_PREFIX + ProcessHandle.current().pid() + "-";
        List<Path> candidates;
        try (Stream<Path> s = Files.list(directory)) {
            candidates = s.filter(p -> p.getFileName().toString().startsWith(own)).toList();
        }
        for (Path p : candidates) {
            deleteTree(p);
            removed.add(p);
        }
        return removed;
    }

    /**
     * Like {@link #open}, but the directory must not exist yet: it is created atomically, so two
     * runs can never share it.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming {@code directory} when it exists
     */
    static StagedOutputs openNew(Path directory) throws IOException {
        return openNew(directory, true);
    }

    /** Like {@link #openNew(Path)}; without {@code exitHook} the caller removes the staging folder on exit. */
    static StagedOutputs openNew(Path directory, boolean exitHook) throws IOException {
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(directory);
        return new StagedOutputs(directory, newStaging(directory), true, exitHook);
    }

    /** The output directory. */
    Path directory() {
        return directory;
    }

    /** Where writers write. */
    Path staging() {
        return staging;
    }

    /**
     * Removes the run already in the output directory: the files its {@code run.json} lists,
     * then {@code run.json}. Called by {@link #commit} when the job replaces that run, after every
     * new file is staged, so that a failure before leaves the old run whole.
     */
    private void removeOldRun() throws IOException {
        Path oldRunJson = directory.resolve(RUN_JSON);
        if (!Files.isRegularFile(oldRunJson)) {
            return;
        }
        com.fasterxml.jackson.databind.JsonNode outputs = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(oldRunJson.toFile()).path("outputs");
        Path base = directory.toAbsolutePath().normalize();
        for (com.fasterxml.jackson.databind.JsonNode n : outputs) {
            Path f = base.resolve(n.asText()).normalize();
            if (f.startsWith(base) && !f.equals(base)) {
                Files.deleteIfExists(f);
            }
        }
        Path realizations = directory.resolve("realizations");
        if (Files.isDirectory(realizations)) {
            deleteTree(realizations);
        }
        Files.delete(oldRunJson);
    }

    /**
     * Moves every staged file into the output directory; returns where the given staged files now
     * are. With {@code replace}, the run already there is removed first.
     */
    List<Path> commit(List<Path> stagedFiles, boolean replace) throws IOException {
        if (replace) {
            removeOldRun();
        }
        return commit(stagedFiles);
    }

    /** Moves every staged file into the output directory; returns where the given staged files now are. */
    List<Path> commit(List<Path> stagedFiles) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(staging)) {
            all = new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
        Path runJson = staging.resolve(RUN_JSON);
        all.sort(Comparator.comparing((Path p) -> p.equals(runJson)).thenComparing(Comparator.naturalOrder()));
        for (Path f : all) {
            Path target = finalPath(f);
            Files.createDirectories(target.getParent());
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        List<Path> moved = new ArrayList<>();
        for (Path f : stagedFiles) {
            moved.add(finalPath(f));
        }
        return moved;
    }

    private Path finalPath(Path staged) {
        Path abs = staged.toAbsolutePath().normalize();
        Path base = staging.toAbsolutePath().normalize();
        return abs.startsWith(base) ? directory.resolve(base.relativize(abs).toString()) : staged;
    }

    /** Removes the staging folder, and the output directory when this job created it and left it empty. */
    @Override
    public void close() throws IOException {
        if (cleanupOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
        deleteTree(staging);
        if (createdDirectory) {
            try (Stream<Path> s = Files.list(directory)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(directory);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
