package org.synmap.density.synthetic;

import org.synmap.test.support.ModelAssertions;
import org.synmap.test.support.Sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.isf.IsfFolderSource;
import org.synmap.density.isf.IsfFolderWriter;
import org.synmap.lattice.amira.AmiraMeshReader;
import org.synmap.lattice.amira.AmiraMeshWriter;

/**
 * The synthetic model written in ISF's folder layout (what {@code synmap:export-isf} does) and
 * read back by the ISF folder source. Small parameters keep it fast: 1 % of the cells, two
 * lattices per pair (24 × 22 × 2 = 1,056 bouton files), 100 µm voxels (200 µm where three
 * folders are written).
 */
class ExportIsfTest {
    private static final Map<String, String> SMALL = Map.of("scale", "0.01", "densities", "2", "spacing", "100");

    @TempDir
    Path dir;

    private static AnatomicalModel generate(Map<String, String> parameters) {
        return Sources.generate(new SyntheticBarrelCortex(), parameters);
    }

    private static List<Path> export(AnatomicalModel model, Path folder) throws IOException {
        return new IsfFolderWriter(new AmiraMeshWriter()).write(model, folder);
    }

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        Map<String, String> seeded = new TreeMap<>(SMALL);
        seeded.put("spacing", "200");
        seeded.put("seed", "7");
        export(generate(seeded), dir.resolve("a"));
        export(generate(seeded), dir.resolve("b"));
        Map<String, String> a = hashes(dir.resolve("a"));
        assertEquals(4 + 24 * 22 * 2, a.size());
        assertEquals(a, hashes(dir.resolve("b")));

        seeded.put("seed", "8");
        export(generate(seeded), dir.resolve("c"));
        Map<String, String> c = hashes(dir.resolve("c"));
        assertEquals(a.keySet(), c.keySet());
        // The seed varies the axons only: tables and normalization PSTs stay, every bouton file changes.
        for (String file : a.keySet()) {
            if (file.startsWith("singleaxon_boutons_ascii/")) {
                assertNotEquals(a.get(file), c.get(file), file);
            } else {
                assertEquals(a.get(file), c.get(file), file);
            }
        }
    }

    @Test
    void exportedFolderReadsBackAsTheSameModelBitForBit() throws IOException {
        AnatomicalModel generated = generate(SMALL);
        Path folder = dir.resolve("model");
        List<Path> written = export(generated, folder);
        assertEquals(4 + 24 * 22 * 2, written.size());
        assertEquals(folder.resolve("singleaxon_boutons_ascii/Alpha/L2/Alpha_L2_000_boutons.am"), written.get(4));
        assertEquals(folder.resolve("singleaxon_boutons_ascii/E4/L56Trans/E4_L56Trans_001_boutons.am"),
                written.get(written.size() - 1));

        IsfFolderSource source = new IsfFolderSource(new AmiraMeshReader());
        assertTrue(source.canOpen(folder));
        AnatomicalModel read = Sources.open(source, folder, Map.of());
        // exact: the generator rounds values to what %.15e text reproduces (TextExactValues)
        assertEquals(1_056, ModelAssertions.assertSameModel(generated, read));
    }

    /** SHA-256 of every file, by path relative to {@code root} ('/' separated). */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
