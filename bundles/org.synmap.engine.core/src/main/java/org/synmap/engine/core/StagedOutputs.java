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

    private final Path directory;
    private final Path staging;
    private final boolean createdDirectory;

    private StagedOutputs(Path directory, Path staging, boolean createdDirectory) {
        this.directory = directory;
        this.staging = staging;
        this.createdDirectory = createdDirectory;
    }

    static StagedOutputs open(Path directory) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException(directory + " exists and is not a folder");
        }
        boolean created = !Files.isDirectory(directory);
        Files.createDirectories(directory);
        return new StagedOutputs(directory, Files.createTempDirectory(directory, ".synmap-staging-"), created);
    }

    /**
     * Like {@link #open}, but the directory must not exist yet: it is created atomically, so two
     * runs can never share it.
     *
     * @throws java.nio.file.FileAlreadyExistsException naming {@code directory} when it exists
     */
    static StagedOutputs openNew(Path directory) throws IOException {
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(directory);
        return new StagedOutputs(directory, Files.createTempDirectory(directory, ".synmap-staging-"), true);
    }

    /** The output directory. */
    Path directory() {
        return directory;
    }

    /** Where writers write. */
    Path staging() {
        return staging;
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
        if (Files.exists(staging)) {
            try (Stream<Path> s = Files.walk(staging)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        if (createdDirectory) {
            try (Stream<Path> s = Files.list(directory)) {
                if (s.findAny().isEmpty()) {
                    Files.delete(directory);
                }
            }
        }
    }
}
