package org.synmap.density.isf;

import org.synmap.test.support.ModelAssertions;
import org.synmap.test.support.Sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.lattice.amira.AmiraMeshReader;

/** The binary lattice cache of the ISF folder source: hits, invalidation, damage, settings. */
class LatticeCacheTest {
    private static final Map<String, String> CACHED = Map.of("cache", "true");

    @TempDir
    Path dir;

    private final IsfFolderSource source = new IsfFolderSource(new AmiraMeshReader());

    private Path latticeA() {
        return dir.resolve("singleaxon_boutons_ascii/C1/L5tt/a.am");
    }

    private Path copyOfA() {
        return dir.resolve(".synmap-cache/singleaxon_boutons_ascii/C1/L5tt/a.am.bin");
    }

    private BoutonLattice handleA(AnatomicalModel m) {
        return m.boutonLattices("C1", "L5tt").get(1);
    }

    /** Rewrites a file in place (same inode) with same-length content and restores its time. */
    private static void replaceKeepingSizeAndTime(Path file, String content) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        assertEquals(Files.size(file), content.length());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void aCachedLoadIsBitIdenticalAndServedFromTheCopy() throws IOException {
        SmallIsfFolder.create(dir);
        AnatomicalModel m = Sources.open(source, dir, CACHED);
        assertEquals(dir.resolve(".synmap-cache").toString(), m.provenance().get("lattice cache"));
        assertTrue(Files.isRegularFile(dir.resolve(".synmap-cache/PST/EXNormalizationPSTs.am.bin")));
        assertFalse(Files.exists(copyOfA()));
        Lattice parsed = new AmiraMeshReader().read(latticeA());
        assertEquals(parsed, handleA(m).load());
        assertTrue(Files.isRegularFile(copyOfA()));
        AnatomicalModel uncached = Sources.open(source, dir, Map.of());
        ModelAssertions.assertSameModel(uncached, m); // every lattice parsed and copied
        ModelAssertions.assertSameModel(uncached, Sources.open(source, dir, CACHED)); // every lattice from its copy
        // Same size, time and inode: the copy answers, so the new text is not seen.
        replaceKeepingSizeAndTime(latticeA(), SmallIsfFolder.lattice(7, 0));
        assertEquals(2.0, handleA(m).load().get(0));
        assertEquals(2.0, handleA(Sources.open(source, dir, CACHED)).load().get(0));
        // The normalization fields come from their copies as well.
        Path exc = dir.resolve("PST/EXNormalizationPSTs.am");
        replaceKeepingSizeAndTime(exc, SmallIsfFolder.lattice(100, 900));
        assertEquals(200.0, Sources.open(source, dir, CACHED).normalizationPst(CellClass.EXC).get(1, 0, 0));
        assertEquals(900.0, Sources.open(source, dir, Map.of()).normalizationPst(CellClass.EXC).get(1, 0, 0));
    }

    @Test
    void aChangedSourceIsParsedAgainAndItsCopyRewritten() throws IOException {
        SmallIsfFolder.create(dir);
        AnatomicalModel m = Sources.open(source, dir, CACHED);
        assertEquals(2.0, handleA(m).load().get(0));
        // another size
        Files.writeString(latticeA(), SmallIsfFolder.lattice(12, 0));
        assertEquals(12.0, handleA(m).load().get(0));
        // same size, another modification time
        FileTime before = Files.getLastModifiedTime(latticeA());
        replaceKeepingSizeAndTime(latticeA(), SmallIsfFolder.lattice(34, 0));
        Files.setLastModifiedTime(latticeA(), FileTime.fromMillis(before.toMillis() + 1));
        assertEquals(34.0, handleA(m).load().get(0));
        // same size and time, another file (inode) moved into place, as atomic writers do
        Path replacement = dir.resolve("replacement.am");
        Files.writeString(replacement, SmallIsfFolder.lattice(56, 0));
        Files.setLastModifiedTime(replacement, Files.getLastModifiedTime(latticeA()));
        Files.move(replacement, latticeA(), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(56.0, handleA(m).load().get(0));
        // and the rewritten copy now answers for that content
        replaceKeepingSizeAndTime(latticeA(), SmallIsfFolder.lattice(78, 0));
        assertEquals(56.0, handleA(m).load().get(0));
    }

    @Test
    void aDamagedCopyIsIgnoredAndRewritten() throws IOException {
        SmallIsfFolder.create(dir);
        AnatomicalModel m = Sources.open(source, dir, CACHED);
        handleA(m).load();
        byte[] good = Files.readAllBytes(copyOfA());
        byte[] flipped = good.clone();
        flipped[flipped.length - 20] ^= 0x10; // inside the values: only the checksum notices
        for (byte[] damaged : List.of(flipped, Arrays.copyOf(good, good.length - 3), new byte[0],
                "not a lattice".getBytes())) {
            Files.write(copyOfA(), damaged);
            assertEquals(new AmiraMeshReader().read(latticeA()), handleA(m).load());
            assertArrayEquals(good, Files.readAllBytes(copyOfA()));
        }
    }

    @Test
    void offByDefaultAndElsewhereOnRequest() throws IOException {
        Path data = SmallIsfFolder.create(Files.createDirectories(dir.resolve("data")));
        AnatomicalModel plain = Sources.open(source, data, Map.of());
        plain.boutonLattices("C1", "L5tt").get(1).load();
        assertEquals("off", plain.provenance().get("lattice cache"));
        assertFalse(Files.exists(data.resolve(".synmap-cache")));

        Path elsewhere = dir.resolve("cache");
        AnatomicalModel m = Sources.open(source, data, Map.of("cache", "true", "cache-dir", elsewhere.toString()));
        m.boutonLattices("C1", "L5tt").get(1).load();
        assertEquals(elsewhere.toString(), m.provenance().get("lattice cache"));
        assertTrue(Files.isRegularFile(elsewhere.resolve("singleaxon_boutons_ascii/C1/L5tt/a.am.bin")));
        assertFalse(Files.exists(data.resolve(".synmap-cache")));
        try (Stream<Path> files = Files.walk(elsewhere)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    @Test
    void aCacheFolderThatCannotBeMadeIsAnErrorWhenNamedAndSkippedWhenDefault() throws IOException {
        SmallIsfFolder.create(dir);
        Path blocker = Files.writeString(dir.resolve("a-file"), "in the way");
        IOException e = assertThrows(IOException.class,
                () -> Sources.open(source, dir, Map.of("cache", "true", "cache-dir", blocker.resolve("cache").toString())));
        assertTrue(e.getMessage().startsWith(blocker.resolve("cache") + ": cannot create the lattice cache folder"),
                e.getMessage());
        Files.writeString(dir.resolve(".synmap-cache"), "a file where the default cache folder would go");
        AnatomicalModel m = Sources.open(source, dir, CACHED);
        assertEquals("off (" + dir.resolve(".synmap-cache") + " cannot be created)", m.provenance().get("lattice cache"));
        assertEquals(2.0, handleA(m).load().get(0));
    }
}
