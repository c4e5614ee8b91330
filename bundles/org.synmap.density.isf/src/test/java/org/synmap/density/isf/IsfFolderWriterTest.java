package org.synmap.density.isf;

import org.synmap.test.support.ModelAssertions;
import org.synmap.test.support.Sources;
import org.synmap.plugin.api.SynmapPlugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.LatticeWriter;
import org.synmap.density.api.PstConstants;
import org.synmap.lattice.amira.AmiraMeshReader;
import org.synmap.lattice.amira.AmiraMeshWriter;
import org.synmap.test.support.SharedData;

class IsfFolderWriterTest {

    @TempDir
    Path dir;

    private final IsfFolderWriter writer = new IsfFolderWriter(new AmiraMeshWriter());
    private final IsfFolderSource source = new IsfFolderSource(new AmiraMeshReader());

    private static Lattice lattice(double first, double origin) {
        return Lattice.of(new int[] {3, 2, 1}, new double[] {origin, -100, 50}, new double[] {50, 50, 50},
                new double[] {first, 0, 0.0553, 17, 0, 1e-05});
    }

    /** Areas C2 D1; types L5tt (EXC), L1 (INH), VPM (EXC); 12 lattices in C2/L5tt, none (and no cells) in D1/L1. */
    static InMemoryModel smallModel() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<Lattice>> boutons = new HashMap<>();
        int n = 0;
        for (String area : List.of("C2", "D1")) {
            for (String type : List.of("L5tt", "L1", "VPM")) {
                List<Lattice> lattices = new ArrayList<>();
                int howMany = area.equals("C2") && type.equals("L5tt") ? 12 : area.equals("D1") && type.equals("L1") ? 0 : 1;
                // a pair without lattices has no cells: a folder with cells must hold lattices
                counts.put(area + "/" + type, howMany == 0 ? 0 : 10 + n);
                for (int k = 0; k < howMany; k++) {
                    lattices.add(lattice(n + k / 8.0, 50 * k));
                }
                boutons.put(area + "/" + type, lattices);
                n++;
            }
        }
        return new InMemoryModel(List.of("C2", "D1"), List.of("L5tt", "L1", "VPM"),
                Map.of("L5tt", CellClass.EXC, "L1", CellClass.INH, "VPM", CellClass.EXC), counts, List.of("L5tt", "L2"),
                Map.of(CellClass.EXC, Map.of("L5tt", new PstConstants(0, 1.68, 1.04, 0, 0, 0),
                                "L2", new PstConstants(0, 1.68, 1.68, 0, 0, 2.5e-07)),
                        CellClass.INH, Map.of("L5tt", new PstConstants(0, 0, 0, 0.03, 0.03, 0.03),
                                "L2", new PstConstants(0, 0, 0, 0.1, 1e16, 123456789.0))),
                Map.of(CellClass.EXC, lattice(5, -1200), CellClass.INH, lattice(7, -1200)), boutons);
    }

    @Test
    void writesIsfTablesAndFileNames() throws IOException {
        Path out = dir.resolve("model");
        List<Path> written = writer.write(smallModel(), out);
        assertEquals("CELL TYPE\tC2\tD1\nL5tt\t10\t13\nL1\t11\t0\nVPM\t12\t15\n",
                Files.readString(out.resolve("nrCells.csv")));
        assertEquals("PRESYNAPTIC_CELLTYPE\tPOSTSYNAPTIC_CELLTYPE\tLENGTH_DENSITY_SOMA\tLENGTH_DENSITY_APICAL\t"
                + "LENGTH_DENSITY_BASAL\tAREA_DENSITY_SOMA\tAREA_DENSITY_APICAL\tAREA_DENSITY_BASAL\n"
                + "ALL_EXCITATORY\tL5tt\t0.0\t1.68\t1.04\t0.0\t0.0\t0.0\n"
                + "ALL_EXCITATORY\tL2\t0.0\t1.68\t1.68\t0.0\t0.0\t2.5e-07\n"
                + "ALL_INHIBITORY\tL5tt\t0.0\t0.0\t0.0\t0.03\t0.03\t0.03\n"
                + "ALL_INHIBITORY\tL2\t0.0\t0.0\t0.0\t0.1\t1e+16\t123456789.0\n",
                Files.readString(out.resolve("ConnectionsV8.csv")));
        assertEquals(List.of(out.resolve("nrCells.csv"), out.resolve("ConnectionsV8.csv"),
                out.resolve("PST/EXNormalizationPSTs.am"), out.resolve("PST/INHNormalizationPSTs.am")), written.subList(0, 4));
        assertEquals(4 + 12 + 4, written.size());
        Path c2l5tt = out.resolve("singleaxon_boutons_ascii/C2/L5tt");
        assertEquals(c2l5tt.resolve("C2_L5tt_000_boutons.am"), written.get(4));
        assertEquals(c2l5tt.resolve("C2_L5tt_011_boutons.am"), written.get(15));
        assertTrue(Files.isDirectory(out.resolve("singleaxon_boutons_ascii/D1/L1")));
        try (Stream<Path> files = Files.walk(out)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
        // the AmiraMesh files are ISF's write_scalar_field layout
        assertTrue(Files.readString(written.get(4)).contains("\tBoundingBox 25.0 125.0 -75.0 -25.0 75.0 75.0 \n"));
    }

    @Test
    void writtenModelOpensAsTheSameModel() throws IOException {
        InMemoryModel model = smallModel();
        Path out = dir.resolve("model");
        writer.write(model, out);
        AnatomicalModel back = Sources.open(source, out, Map.of());
        ModelAssertions.assertSameModel(model, back);
        assertEquals(List.of("C2_L5tt_000_boutons.am", "C2_L5tt_001_boutons.am"),
                ModelAssertions.names(back.boutonLattices("C2", "L5tt")).subList(0, 2));
    }

    @Test
    void goldenDatasetSurvivesAWriteAndReopen() throws IOException {
        AnatomicalModel golden = Sources.open(source, SharedData.resolve("isf-golden/dataset"), Map.of());
        Path out = dir.resolve("golden-copy");
        assertEquals(4 + 132, writer.write(golden, out).size());
        ModelAssertions.assertSameModel(golden, Sources.open(source, out, Map.of()));
    }

    @Test
    void aSuccessfulExportLeavesNoStagingFolder() throws IOException {
        writer.write(smallModel(), dir.resolve("model"));
        assertEquals(List.of("model"), namesIn(dir));
        assertEquals(List.of("ConnectionsV8.csv", "PST", "nrCells.csv", "singleaxon_boutons_ascii"),
                namesIn(dir.resolve("model")));
    }

    /** A failure anywhere (a PST on the calling thread, a bouton file on a worker) leaves nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"INHNormalizationPSTs.am", "C2_L5tt_007_boutons.am", "D1_VPM_000_boutons.am"})
    void aFailedExportLeavesNeitherTheTargetNorAStagingFolder(String failingFile) throws IOException {
        IsfFolderWriter failing = new IsfFolderWriter(failingOn(failingFile));
        Path out = dir.resolve("model");
        IOException e = assertThrows(IOException.class, () -> failing.write(smallModel(), out));
        assertEquals("disk full while writing " + failingFile, e.getMessage());
        assertEquals(List.of(), namesIn(dir));
        // and a re-run is not refused
        assertEquals(4 + 12 + 4, writer.write(smallModel(), out).size());
        ModelAssertions.assertSameModel(smallModel(), Sources.open(source, out, Map.of()));
    }

    @Test
    void writesIntoAnEmptyFolderAndAFailureLeavesItEmpty() throws IOException {
        Path out = Files.createDirectory(dir.resolve("model"));
        assertThrows(IOException.class,
                () -> new IsfFolderWriter(failingOn("C2_L5tt_003_boutons.am")).write(smallModel(), out));
        assertEquals(List.of("model"), namesIn(dir));
        assertEquals(List.of(), namesIn(out));
        List<Path> written = writer.write(smallModel(), out);
        assertEquals(out.resolve("nrCells.csv"), written.get(0));
        assertEquals(List.of("model"), namesIn(dir));
        ModelAssertions.assertSameModel(smallModel(), Sources.open(source, out, Map.of()));
    }

    @Test
    void refusesAFolderThatIsNotEmptyOrAFile() throws IOException {
        Path out = Files.createDirectory(dir.resolve("model"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> writer.write(smallModel(), out));
        assertEquals(out + ": the folder is not empty; write into a new or empty folder", e.getMessage());
        assertEquals(List.of("notes.txt"), namesIn(out));
        Path file = Files.writeString(dir.resolve("file"), "x");
        e = assertThrows(FileAlreadyExistsException.class, () -> writer.write(smallModel(), file));
        assertEquals(file + ": exists and is not a folder", e.getMessage());
        assertEquals(List.of("file", "model"), namesIn(dir));
    }

    /** An AmiraMesh writer that fails (after writing part of a temporary file) on the file named {@code name}. */
    private static LatticeWriter failingOn(String name) {
        AmiraMeshWriter amira = new AmiraMeshWriter();
        return new LatticeWriter() {
            @Override
            public void write(Lattice lattice, Path file) throws IOException {
                if (file.getFileName().toString().equals(name)) {
                    Files.writeString(file.resolveSibling(name + ".tmp"), "partial");
                    throw new IOException("disk full while writing " + name);
                }
                amira.write(lattice, file);
            }
        };
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void refusesAFolderThatAlreadyHoldsAModel() throws IOException {
        Path out = dir.resolve("model");
        writer.write(smallModel(), out);
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> writer.write(smallModel(), out));
        assertEquals(out.resolve("nrCells.csv") + ": the folder already holds a model; write into a new folder",
                e.getMessage());
    }

    @Test
    void rejectsModelsIsfCannotExpress() {
        InMemoryModel m = smallModel();
        InMemoryModel vpmInhibitory = new InMemoryModel(m.areas(), m.cellTypes(),
                Map.of("L5tt", CellClass.EXC, "L1", CellClass.INH, "VPM", CellClass.INH), m.counts(),
                m.postsynapticTypes(), m.constants(), m.normalization(), m.boutons());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.write(vpmInhibitory, dir.resolve("x")));
        assertTrue(e.getMessage().startsWith("cell type 'VPM' is INH in the model but EXC to ISF"), e.getMessage());
        InMemoryModel hiddenArea = new InMemoryModel(List.of(".C2"), m.cellTypes(), m.classes(), m.counts(),
                m.postsynapticTypes(), m.constants(), m.normalization(), m.boutons());
        assertThrows(IllegalArgumentException.class, () -> writer.write(hiddenArea, dir.resolve("y")));
        assertFalse(Files.exists(dir.resolve("x")));
    }

    /** A bouton handle whose load runs {@code body}. */
    private static BoutonLattice handle(Callable<Lattice> body) {
        return new BoutonLattice() {
            @Override
            public String name() {
                return "handle";
            }

            @Override
            public Lattice load() throws IOException {
                try {
                    return body.call();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        };
    }

    /**
     * When a lattice fails, write() throws only after every worker has stopped: a lattice still
     * being parsed on another thread must not be written (or leave a .tmp file) afterwards.
     */
    @Test
    void aFailureWaitsForTheOtherWorkers() throws IOException {
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        BoutonLattice failing = handle(() -> {
            slowStarted.await(2, TimeUnit.SECONDS); // fail while the other worker is busy (with 2+ processors)
            throw new IOException("broken lattice");
        });
        BoutonLattice slow = handle(() -> {
            running.incrementAndGet();
            slowStarted.countDown();
            try {
                long end = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait(); // like parsing: deaf to interrupts
                }
                return lattice(0, 0);
            } finally {
                running.decrementAndGet();
            }
        });
        InMemoryModel m = smallModel();
        Path out = dir.resolve("model");
        IOException e = assertThrows(IOException.class, () -> writer.write(withC2L5tt(m, List.of(failing, slow)), out));
        assertEquals("broken lattice", e.getMessage());
        assertEquals(0, running.get(), "a worker still runs after write() threw");
        assertEquals(List.of(), namesIn(dir), "neither the model nor its staging folder is left");
    }

    /** {@code m} with other handles for C2/L5tt. */
    private static AnatomicalModel withC2L5tt(InMemoryModel m, List<BoutonLattice> handles) {
        return (AnatomicalModel) Proxy.newProxyInstance(AnatomicalModel.class.getClassLoader(),
                new Class<?>[] {AnatomicalModel.class}, (proxy, method, args) -> {
                    if (method.getName().equals("boutonLattices") && args[0].equals("C2") && args[1].equals("L5tt")) {
                        return handles;
                    }
                    try {
                        return method.invoke(m, args);
                    } catch (InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
    }

    @Test
    void needsAnAmiraMeshWriter() {
        IOException e = assertThrows(IOException.class, () -> new IsfFolderWriter(null).write(smallModel(), dir));
        assertEquals("no LatticeWriter named 'amiramesh' is available (is bundle org.synmap.lattice.amira"
                + " installed?)", e.getMessage());
        assertEquals("isf", IsfFolderWriter.class.getAnnotation(SynmapPlugin.class).name());
    }
}
