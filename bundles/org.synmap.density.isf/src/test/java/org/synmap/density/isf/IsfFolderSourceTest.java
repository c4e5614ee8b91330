package org.synmap.density.isf;

import org.synmap.test.support.ModelAssertions;
import org.synmap.test.support.Sources;
import org.synmap.plugin.api.SynmapPlugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;
import org.synmap.lattice.amira.AmiraMeshReader;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.test.support.SharedData;

class IsfFolderSourceTest {
    private static final List<String> GOLDEN_TYPES = List.of("VPM", "L2", "L34", "L4py", "L4sp", "L4ss", "L5st", "L5tt",
            "L6cc", "L6ccinv", "L6ct", "SymLocal1", "SymLocal2", "SymLocal3", "SymLocal4", "SymLocal5", "SymLocal6", "L1",
            "L23Trans", "L45Sym", "L45Peak", "L56Trans");

    @TempDir
    Path dir;

    private final IsfFolderSource source = new IsfFolderSource(new AmiraMeshReader());

    private AnatomicalModel open(Path folder) throws IOException {
        return Sources.open(source, folder, Map.of());
    }

    @Test
    void opensTheGoldenDataset() throws IOException {
        Path folder = SharedData.resolve("isf-golden/dataset");
        assertTrue(source.canOpen(folder));
        AnatomicalModel m = open(folder);
        assertEquals(List.of("C1", "C2", "C3"), m.areas());
        assertEquals(GOLDEN_TYPES, m.cellTypes());
        int total = 0;
        int[] perArea = new int[3];
        for (String type : m.cellTypes()) {
            for (int a = 0; a < 3; a++) {
                perArea[a] += m.cellCount(m.areas().get(a), type);
            }
        }
        for (int c : perArea) {
            total += c;
        }
        assertEquals(7_181, total); // generator.json: total_presynaptic_cells
        assertEquals(List.of(2456, 2539, 2186), List.of(perArea[0], perArea[1], perArea[2]));
        assertEquals(153, m.cellCount("C2", "L5tt"));
        assertEquals(37, m.cellCount("C1", "VPM"));
        assertEquals(CellClass.EXC, m.cellClass("VPM"));
        assertEquals(CellClass.EXC, m.cellClass("L6ccinv"));
        assertEquals(CellClass.INH, m.cellClass("SymLocal4"));
        assertEquals(CellClass.INH, m.cellClass("L56Trans"));
        // the golden ConnectionsV8.csv (synthetic constants, class column EXCITATORY/INHIBITORY)
        assertEquals(GOLDEN_TYPES.subList(1, GOLDEN_TYPES.size()), m.postsynapticTypes());
        assertEquals(new PstConstants(0, 1.19, 1.34, 0, 0, 0), m.pstConstants(CellClass.EXC, "L5tt"));
        assertEquals(new PstConstants(0, 0, 0, 0.15, 0.045, 0.052), m.pstConstants(CellClass.INH, "L5tt"));
        assertThrows(IllegalArgumentException.class, () -> m.pstConstants(CellClass.EXC, "VPM"));
        Lattice exc = m.normalizationPst(CellClass.EXC);
        assertEquals(43 * 30 * 46, exc.size());
        assertEquals(-1200, exc.origin(0));
        assertEquals(43 * 30 * 46, m.normalizationPst(CellClass.INH).size());

        List<BoutonLattice> l5tt = m.boutonLattices("C1", "L5tt");
        assertEquals(List.of("C1_L5tt_000_boutons.am", "C1_L5tt_001_boutons.am"), ModelAssertions.names(l5tt));
        assertEquals(27 * 28 * 28, l5tt.get(0).load().size());
        int handles = 0;
        for (String area : m.areas()) {
            for (String type : m.cellTypes()) {
                handles += m.boutonLattices(area, type).size();
            }
        }
        assertEquals(132, handles);
        assertEquals("132", m.provenance().get("bouton files"));
        assertEquals(folder.toAbsolutePath().normalize().toString(), m.provenance().get("folder"));
        assertEquals(64, m.provenance().get("sha256 nrCells.csv").length());
        assertEquals(m.provenance(), open(folder).provenance()); // deterministic fingerprints
    }

    @Test
    void realBarrelCortexFolderIsRecognisedButHasNoBoutonFolders() throws IOException {
        Path folder = SharedData.resolve("isf-data/barrel-cortex").toAbsolutePath().normalize();
        assertTrue(source.canOpen(folder));
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(folder));
        assertTrue(e.getMessage().startsWith(folder.resolve("singleaxon_boutons_ascii") + ": folder missing"), e.getMessage());
    }

    @Test
    void opensASmallFolderWithSortedFilesAndBothClasses() throws IOException {
        AnatomicalModel m = open(SmallIsfFolder.create(dir));
        assertEquals(List.of("C1", "C2"), m.areas());
        assertEquals(List.of("L5tt", "L1"), m.cellTypes());
        assertEquals(4, m.cellCount("C2", "L5tt"));
        assertEquals(List.of("L5tt"), m.postsynapticTypes());
        // sorted by code point: upper case before lower case
        List<BoutonLattice> c1 = m.boutonLattices("C1", "L5tt");
        assertEquals(List.of("B.am", "a.am", "b.am"), ModelAssertions.names(c1));
        assertEquals(List.of(3.0, 2.0, 1.0), List.of(c1.get(0).load().get(0), c1.get(1).load().get(0), c1.get(2).load().get(0)));
        assertEquals(List.of(), m.boutonLattices("C1", "L1"));
        assertEquals(List.of("y.am"), ModelAssertions.names(m.boutonLattices("C2", "L1")));
        assertEquals(200.0, m.normalizationPst(CellClass.EXC).get(1, 0, 0));
        assertEquals(20.0, m.normalizationPst(CellClass.INH).get(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> m.cellCount("C3", "L5tt"));
        assertThrows(IllegalArgumentException.class, () -> m.boutonLattices("C1", "L2"));
        assertThrows(IllegalArgumentException.class, () -> m.cellClass("L2"));
    }

    @Test
    void loadsBoutonLatticesConcurrently() throws Exception {
        AnatomicalModel m = open(SmallIsfFolder.create(dir));
        BoutonLattice handle = m.boutonLattices("C1", "L5tt").get(1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int n = 0; n < 50; n++) {
                        assertEquals(2.0, handle.load().get(0));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void acceptsTheDownloadedSpellingOfTheInhField() throws IOException {
        SmallIsfFolder.create(dir);
        Files.move(dir.resolve("PST/INHNormalizationPSTs.am"), dir.resolve("PST/INHNormalizationsPSTs.am"));
        AnatomicalModel m = open(dir);
        assertEquals(10.0, m.normalizationPst(CellClass.INH).get(0, 0, 0));
        assertTrue(m.provenance().containsKey("sha256 PST/INHNormalizationsPSTs.am"));
    }

    @Test
    void reportsAMissingNormalizationField() throws IOException {
        SmallIsfFolder.create(dir);
        Files.delete(dir.resolve("PST/INHNormalizationPSTs.am"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> open(dir));
        assertEquals(dir.resolve("PST/INHNormalizationPSTs.am") + ": required by the ISF layout (also looked for"
                + " INHNormalizationsPSTs.am)", e.getMessage());
    }

    @Test
    void reportsANonIntegerCountWithItsLine() throws IOException {
        SmallIsfFolder.create(dir);
        Files.writeString(dir.resolve("nrCells.csv"), "CELL TYPE\tC1\tC2\nL5tt\t3\t4\nL1\t2\tmany\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(dir));
        assertEquals(dir.resolve("nrCells.csv") + ":3: expected a non-negative integer cell count for L1 in C2,"
                + " found 'many'", e.getMessage());
    }

    @Test
    void listsMissingAndUnexpectedBoutonFolders() throws IOException {
        SmallIsfFolder.create(dir);
        Path root = dir.resolve("singleaxon_boutons_ascii");
        Files.delete(root.resolve("C1/L1"));
        Files.createDirectories(root.resolve("C9/L5tt"));
        Files.createDirectories(root.resolve("C2/L2"));
        Files.writeString(root.resolve("C2/L5tt/notes.txt"), "not a lattice");
        Files.writeString(root.resolve("README"), "stray file");
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(dir));
        assertEquals(root + ": does not match nrCells.csv: missing folders (1): C1/L1/; not in nrCells.csv (3):"
                + " C9/ README C2/L2/; not .am lattices (1): C2/L5tt/notes.txt", e.getMessage());
    }

    /** C1/L1/ has no lattice: with cells listed there, their synapses would silently vanish. */
    @Test
    void anEmptyTypeFolderWithCellsIsRefused() throws IOException {
        SmallIsfFolder.create(dir);
        Files.writeString(dir.resolve("nrCells.csv"), "CELL TYPE\tC1\tC2\nL5tt\t3\t4\nL1\t2\t1\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(dir));
        assertEquals(dir.resolve("singleaxon_boutons_ascii") + ": does not match nrCells.csv: no lattices although"
                + " nrCells.csv lists cells (1): C1/L1/ (2 cells)", e.getMessage());
    }

    /** A negative density is damage wherever it lies, used voxel or not. */
    @Test
    void aNegativeDensityAnywhereIsRefusedNamingTheVoxel() throws IOException {
        SmallIsfFolder.create(dir);
        Path pst = dir.resolve("PST/EXNormalizationPSTs.am");
        Files.writeString(pst, SmallIsfFolder.lattice(100, -200));
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(dir));
        assertEquals(pst + ": voxel (1, 0, 0) holds -200.0; a density must be a number ≥ 0", e.getMessage());
        SmallIsfFolder.create(dir);
        Path bouton = dir.resolve("singleaxon_boutons_ascii/C2/L1/y.am");
        Files.writeString(bouton, SmallIsfFolder.lattice(-0.5, 5));
        AnatomicalModel m = open(dir);
        InputFormatException lazy = assertThrows(InputFormatException.class,
                () -> m.boutonLattices("C2", "L1").get(0).load());
        assertEquals(bouton + ": voxel (0, 0, 0) holds -0.5; a density must be a number ≥ 0", lazy.getMessage());
    }

    @Test
    void listsWholeMissingAreas() throws IOException {
        SmallIsfFolder.create(dir);
        Files.writeString(dir.resolve("nrCells.csv"), "CELL TYPE\tC1\tC2\tC3\tC4\nL5tt\t3\t4\t1\t1\nL1\t0\t1\t1\t1\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(dir));
        assertEquals(dir.resolve("singleaxon_boutons_ascii") + ": does not match nrCells.csv: missing folders (2):"
                + " C3/ C4/", e.getMessage());
    }

    @Test
    void rejectsTypesIsfDoesNotKnow() throws IOException {
        SmallIsfFolder.create(dir);
        Files.writeString(dir.resolve("nrCells.csv"), "CELL TYPE\tC1\tC2\nL5tt\t3\t4\nL5PT\t2\t1\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> open(dir));
        assertEquals(dir.resolve("nrCells.csv") + ":3: unknown cell type 'L5PT' (line 3); " + IsfCellTypes.describe(),
                e.getMessage());
    }

    @Test
    void checksItsArgumentsAndItsReader() throws IOException {
        SmallIsfFolder.create(dir);
        assertFalse(source.canOpen(dir.resolve("PST")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Sources.open(source, dir, Map.of("seed", "1")));
        assertEquals("isf-folder: unknown parameter 'seed'; valid parameters: cache, cache-dir", unknown.getMessage());
        IllegalArgumentException notBoolean = assertThrows(IllegalArgumentException.class,
                () -> Sources.open(source, dir, Map.of("cache", "yes")));
        assertEquals("isf-folder: parameter 'cache': expected true or false, got 'yes'", notBoolean.getMessage());
        IOException e = assertThrows(IOException.class, () -> Sources.open(new IsfFolderSource(null), dir, Map.of()));
        assertEquals("no LatticeReader named 'amiramesh' is available (is bundle org.synmap.lattice.amira"
                + " installed?)", e.getMessage());
        assertEquals(List.of("cache", "cache-dir"), source.parameters().stream().map(p -> p.name()).toList());
        assertEquals("false", source.parameters().get(0).defaultValue());
        assertEquals("isf-folder", IsfFolderSource.class.getAnnotation(SynmapPlugin.class).name());
    }
}
