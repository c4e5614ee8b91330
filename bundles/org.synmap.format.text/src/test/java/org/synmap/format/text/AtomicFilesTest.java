package org.synmap.format.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesBytesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("lattice.am");
        assertSame(target, AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, (byte) 0xff})));
        assertArrayEquals(new byte[] {1, 2, (byte) 0xff}, Files.readAllBytes(target));
        assertEquals(List.of("lattice.am"), names());
    }

    @Test
    void writesTextAsUtf8AndReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("cell.syn");
        Files.writeString(target, "old content that is longer than the new one");
        assertSame(target, AtomicFiles.writeText(target, "µm\t1.0\n"));
        assertArrayEquals(new byte[] {(byte) 0xc2, (byte) 0xb5, 'm', '\t', '1', '.', '0', '\n'},
                Files.readAllBytes(target));
        assertEquals(List.of("cell.syn"), names());
    }

    @Test
    void aFailureLeavesTheTargetUntouchedAndRemovesThePartialFile() throws IOException {
        Path target = dir.resolve("cell.con");
        Files.writeString(target, "previous");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of("cell.con"), names());

        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new UncheckedIOException(new IOException("bad value"));
        }));
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of("cell.con"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A user's file named like a temporary file is not ours to delete. */
    @Test
    void anUnrelatedTmpFileBesideTheTargetSurvives() throws IOException {
        Path target = dir.resolve("cell.hoc");
        Path users = Files.writeString(dir.resolve("cell.hoc.tmp"), "my notes");
        AtomicFiles.writeText(target, "new");
        assertEquals("my notes", Files.readString(users));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left either");
        }
    }

    /** Outputs are shared files: readable by everyone, as a default umask gives (temporary files are owner-only). */
    @Test
    void writtenFilesAreReadableByAll() throws IOException {
        java.nio.file.Path f = AtomicFiles.writeText(dir.resolve("shared.txt"), "x");
        org.junit.jupiter.api.Assumptions.assumeTrue(f.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(f)));
    }
}
