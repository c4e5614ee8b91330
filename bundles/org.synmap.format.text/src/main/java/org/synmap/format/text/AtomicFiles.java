package org.synmap.format.text;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files atomically: the content goes to a temporary file of a unique name
 * ({@code .<name>.<random>.tmp}) in the same directory, which is then moved over the target with {@code ATOMIC_MOVE, REPLACE_EXISTING}. A reader (or
 * an interrupted run) therefore sees either the old file or the complete new one, never a part.
 * On failure the temporary file is deleted and the target is left as it was. The name is unique
 * so that a file of the user's that happens to be called {@code <name>.tmp} is never touched.
 */
public final class AtomicFiles {

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out} (buffered; closed by the caller). */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a whole file at a given path, for libraries that write files themselves (e.g. HDF5). */
    @FunctionalInterface
    public interface FileContent {
        /** Creates and writes {@code file} completely. */
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically with a library that writes to a path: it writes a temporary
     * file beside the target, which is then moved over it.
     *
     * @return {@code target}
     */
    public static Path writeFile(Path target, FileContent content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            readableByAll(tmp);
            content.writeTo(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /**
     * Temporary files are created readable by their owner only; outputs are meant to be shared
     * (rw-r--r--, what a default umask gives), on file systems that have POSIX permissions.
     */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions apply
        }
    }

    /**
     * Writes {@code target} atomically with the bytes {@code content} produces.
     *
     * @return {@code target}
     */
    public static Path write(Path target, Content content) throws IOException {
        return writeFile(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Writes {@code target} atomically with {@code text} encoded as UTF-8.
     *
     * @return {@code target}
     */
    public static Path writeText(Path target, CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return write(target, out -> out.write(bytes));
    }
}
