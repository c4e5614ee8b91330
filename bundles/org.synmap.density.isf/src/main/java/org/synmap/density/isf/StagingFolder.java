package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A folder that collects a whole output next to its target ({@code <target>.synmap-staging-<random>},
 * so on the same file system) and then becomes the target in one atomic rename. Until then
 * nothing appears at the target; closing an unpublished staging folder deletes it with
 * everything in it, so a failed write leaves nothing behind.
 */
final class StagingFolder implements AutoCloseable {
    private final Path path;
    private final Path target;
    private boolean published;

    private StagingFolder(Path path, Path target) {
        this.path = path;
        this.target = target;
    }

    /**
     * Creates an empty staging folder beside {@code target}, creating the parent folders of
     * {@code target} when needed. {@code target} must not exist or be an empty folder.
     */
    static StagingFolder beside(Path target) throws IOException {
        // The rename acts on the real folder: a symbolic link to an empty folder would
        // otherwise be replaced by the model instead of receiving it.
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
        Path parent = real.getParent();
        if (parent == null) {
            throw new IOException(target + ": cannot write a model in place of the file system root");
        }
        Files.createDirectories(parent);
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return new StagingFolder(Files.createDirectory(parent.resolve(real.getFileName() + ".synmap-staging-"
                        + suffix)), real);
            } catch (FileAlreadyExistsException taken) {
                // another export drew the same name; draw again
            }
        }
    }

    /** The folder to write into. */
    Path path() {
        return path;
    }

    /**
     * Moves the staging folder to the target in one atomic rename. A POSIX rename replaces an
     * empty folder and fails when the target has meanwhile become a non-empty folder or a file.
     */
    void publish() throws IOException {
        Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        published = true;
    }

    /** Deletes the staging folder and its content unless it was published. */
    @Override
    public void close() throws IOException {
        if (published) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
