package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small, valid ISF folder by hand: areas C1 C2, types L5tt (EXC) and L1 (INH). */
final class SmallIsfFolder {
    static final String NR_CELLS = "CELL TYPE\tC1\tC2\nL5tt\t3\t4\nL1\t0\t1\n";
    static final String CONNECTIONS = "PRESYNAPTIC_CELLTYPE\tPOSTSYNAPTIC_CELLTYPE\tLENGTH_DENSITY_SOMA\t"
            + "LENGTH_DENSITY_APICAL\tLENGTH_DENSITY_BASAL\tAREA_DENSITY_SOMA\tAREA_DENSITY_APICAL\tAREA_DENSITY_BASAL\n"
            + "ALL_EXCITATORY\tL5tt\t0\t1.68\t1.04\t0\t0\t0\n"
            + "ALL_EXCITATORY\tL1\t0\t0\t0\t0.37\t0.37\t0.37\n"
            + "ALL_INHIBITORY\tL5tt\t0\t0\t0\t0.03\t0.03\t0.03\n";

    private SmallIsfFolder() {
    }

    /** A 2×1×1 lattice with values a and b, origin (0, 0, 0), spacing 10. */
    static String lattice(double a, double b) {
        return "# AmiraMesh 3D ASCII 2.0\n\ndefine Lattice 2 1 1\n\nParameters {\n    Spacing 10 10 10,\n"
                + "    BoundingBox 5 15 5 5 5 5,\n}\n\nLattice { float Data } @1\n\n@1\n" + a + "\n" + b + "\n";
    }

    static Path create(Path dir) throws IOException {
        Files.writeString(dir.resolve("nrCells.csv"), NR_CELLS);
        Files.writeString(dir.resolve("ConnectionsV8.csv"), CONNECTIONS);
        Path pst = Files.createDirectories(dir.resolve("PST"));
        Files.writeString(pst.resolve("EXNormalizationPSTs.am"), lattice(100, 200));
        Files.writeString(pst.resolve("INHNormalizationPSTs.am"), lattice(10, 20));
        Path root = dir.resolve("singleaxon_boutons_ascii");
        Files.writeString(Files.createDirectories(root.resolve("C1/L5tt")).resolve("b.am"), lattice(1, 0));
        Files.writeString(root.resolve("C1/L5tt/a.am"), lattice(2, 0));
        Files.writeString(root.resolve("C1/L5tt/B.am"), lattice(3, 0));
        Files.createDirectories(root.resolve("C1/L1"));
        Files.writeString(Files.createDirectories(root.resolve("C2/L5tt")).resolve("x.AM"), lattice(0, 4));
        Files.writeString(Files.createDirectories(root.resolve("C2/L1")).resolve("y.am"), lattice(0, 5));
        Files.writeString(root.resolve("C2/L1/.y.am.swp"), "editor file, hidden");
        return dir;
    }
}
