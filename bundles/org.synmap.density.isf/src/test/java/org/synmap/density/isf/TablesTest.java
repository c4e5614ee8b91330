package org.synmap.density.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.test.support.SharedData;

/** nrCells.csv and ConnectionsV8.csv parsing (isf-spec §2.4, §2.5). */
class TablesTest {

    @TempDir
    Path dir;

    private static int total(NrCellsTable t, List<String> types) {
        int sum = 0;
        for (String type : types) {
            int ti = t.types().indexOf(type);
            for (int a = 0; a < t.areas().size(); a++) {
                sum += ti < 0 ? 0 : t.count(ti, a);
            }
        }
        return sum;
    }

    @Test
    void parsesTheRealNrCellsFile() throws IOException {
        NrCellsTable t = NrCellsTable.read(SharedData.resolve("isf-data/barrel-cortex/nrCells.csv"));
        assertEquals(List.of("Alpha", "A1", "A2", "A3", "A4", "Beta", "B1", "B2", "B3", "B4", "Gamma", "C1", "C2", "C3",
                "C4", "Delta", "D1", "D2", "D3", "D4", "E1", "E2", "E3", "E4"), t.areas());
        assertEquals(List.of("L2", "L34", "L4py", "L4sp", "L4ss", "L5st", "L5tt", "L6cc", "L6ccinv", "L6ct", "VPM",
                "SymLocal1", "SymLocal2", "SymLocal3", "SymLocal4", "SymLocal5", "SymLocal6", "L1", "L23Trans", "L45Sym",
                "L45Peak", "L56Trans"), t.types());
        assertEquals(536_162, total(t, t.types()));
        assertEquals(468_627, total(t, IsfCellTypes.EXCITATORY));
        assertEquals(67_535, total(t, IsfCellTypes.INHIBITORY));
        assertEquals(27_630, total(t, List.of("L5tt")));
        assertEquals(6_225, total(t, List.of("VPM")));
        // first data line: L2 1684 (Alpha) ... 3048 (E4)
        assertEquals(1684, t.count(0, 0));
        assertEquals(3048, t.count(0, 23));
        int c2 = 0;
        for (int ti = 0; ti < t.types().size(); ti++) {
            c2 += t.count(ti, t.areas().indexOf("C2"));
        }
        assertEquals(23_422, c2);
    }

    @Test
    void parsesTheRealConnectionsFile() throws IOException {
        ConnectionsTable t = ConnectionsTable.read(SharedData.resolve("isf-data/barrel-cortex/ConnectionsV8.csv"));
        assertEquals(21, t.constants().get(CellClass.EXC).size());
        assertEquals(21, t.constants().get(CellClass.INH).size());
        List<String> post = t.postsynapticTypes();
        assertEquals(21, post.size());
        assertEquals(false, post.contains("VPM")); // quirk Q12: no VPM rows
        assertEquals("L2", post.get(0));
        assertEquals(new PstConstants(0, 1.68, 1.04, 0, 0, 0), t.constants().get(CellClass.EXC).get("L5tt"));
        assertEquals(new PstConstants(0, 0, 0, 0.03, 0.03, 0.03), t.constants().get(CellClass.INH).get("L5tt"));
        assertEquals(new PstConstants(0, 1.68, 1.17, 0, 0, 0), t.constants().get(CellClass.EXC).get("L4py"));
        assertEquals(new PstConstants(0, 0, 0, 0.37, 0.37, 0.37), t.constants().get(CellClass.EXC).get("L56Trans"));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private InputFormatException nrCellsFailure(String text) throws IOException {
        Path f = write("nrCells.csv", text);
        return assertThrows(InputFormatException.class, () -> NrCellsTable.read(f));
    }

    @Test
    void acceptsBlankLinesAndStrayBlanks() throws IOException {
        NrCellsTable t = NrCellsTable.read(write("nrCells.csv", "\nCELL TYPE\tC1\tC2\n\n L5tt\t3 \t4\r\nL1\t0\t2\n\n"));
        assertEquals(List.of("C1", "C2"), t.areas());
        assertEquals(List.of("L5tt", "L1"), t.types());
        assertEquals(4, t.count(0, 1));
        assertEquals(0, t.count(1, 0));
    }

    /** A UTF-8 byte-order mark used to make the header 'not first' and ConnectionsV8's header a bad class. */
    @Test
    void acceptsAByteOrderMark() throws IOException {
        NrCellsTable t = NrCellsTable.read(write("nrCells.csv", "\uFEFFCELL TYPE\tC1\nL5tt\t3\n"));
        assertEquals(List.of("C1"), t.areas());
        ConnectionsTable c = ConnectionsTable.read(write("ConnectionsV8.csv",
                "\uFEFFPRESYNAPTIC_CELLTYPE\tPOSTSYNAPTIC_CELLTYPE\tA\tB\tC\tD\tE\tF\n"
                        + "ALL_EXCITATORY\tL5tt\t0\t1\t1\t0\t0\t0\nALL_INHIBITORY\tL5tt\t0\t0\t0\t1\t1\t1\n"));
        assertEquals(List.of("L5tt"), c.postsynapticTypes());
    }

    @Test
    void reportsNrCellsErrorsWithFileAndLine() throws IOException {
        Path f = dir.resolve("nrCells.csv");
        assertEquals(f + ":3: expected a non-negative integer cell count for L1 in C2, found '2.5'",
                nrCellsFailure("CELL TYPE\tC1\tC2\nL5tt\t3\t4\nL1\t0\t2.5\n").getMessage());
        assertEquals(f + ":2: expected a non-negative integer cell count for L5tt in C1, found '-3'",
                nrCellsFailure("CELL TYPE\tC1\tC2\nL5tt\t-3\t4\n").getMessage());
        assertEquals(f + ":2: expected 3 fields (cell type and 2 counts), found 2",
                nrCellsFailure("CELL TYPE\tC1\tC2\nL5tt\t3\n").getMessage());
        assertEquals(f + ":1: expected the header 'CELL TYPE<TAB>area<TAB>area...' as the first line",
                nrCellsFailure("L5tt\t3\t4\n").getMessage());
        assertEquals(f + ":3: cell type 'L5tt' listed twice (first on line 2)",
                nrCellsFailure("CELL TYPE\tC1\nL5tt\t3\nL5tt\t4\n").getMessage());
        assertEquals(f + ":1: area 'C1' listed twice", nrCellsFailure("CELL TYPE\tC1\tC1\nL5tt\t3\t4\n").getMessage());
        assertEquals(f + ":2: unknown cell types 'L5TT' (line 2), 'Foo' (line 4); " + IsfCellTypes.describe(),
                nrCellsFailure("CELL TYPE\tC1\nL5TT\t3\nL1\t1\nFoo\t4\n").getMessage());
    }

    @Test
    void reportsConnectionsErrorsWithFileAndLine() throws IOException {
        String header = "PRESYNAPTIC_CELLTYPE\tPOSTSYNAPTIC_CELLTYPE\tA\tB\tC\tD\tE\tF\n";
        Path f = dir.resolve("ConnectionsV8.csv");
        assertEquals(f + ":2: expected a presynaptic class containing EXCITATORY or INHIBITORY, found 'ALL'",
                connectionsFailure(header + "ALL\tL5tt\t0\t1\t1\t0\t0\t0\n").getMessage());
        assertEquals(f + ":2: expected a finite non-negative number for apical length density, found '1,5'",
                connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t0\t1,5\t1\t0\t0\t0\n").getMessage());
        assertEquals(f + ":2: expected a finite non-negative number for basal area density, found 'nan'",
                connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t0\t1\t1\t0\t0\tnan\n").getMessage());
        assertEquals(f + ":2: expected a finite non-negative number for soma length density, found '1e400'"
                + " (beyond the double range)",
                connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t1e400\t1\t1\t0\t0\t0\n").getMessage());
        assertEquals(f + ":2: expected a finite non-negative number for soma area density, found '-0.5'",
                connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t0\t1\t1\t-0.5\t0\t0\n").getMessage());
        assertEquals(f + ":2: expected 8 fields (presynaptic class, postsynaptic type, 3 length and 3 area densities),"
                + " found 7", connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t0\t1\t1\t0\t0\n").getMessage());
        assertEquals(f + ":3: EXC constants for postsynaptic type 'L5tt' given twice (first on line 2)",
                connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t0\t1\t1\t0\t0\t0\nEXCITATORY\tL5tt\t0\t1\t1\t0\t0\t0\n")
                        .getMessage());
        assertEquals(f + ":3: unknown postsynaptic type 'L5PT'; " + IsfCellTypes.describe(),
                connectionsFailure(header + "ALL_EXCITATORY\tL5tt\t0\t1\t1\t0\t0\t0\nALL_INHIBITORY\tL5PT\t0\t0\t0\t1\t1\t1\n")
                        .getMessage());
    }

    @Test
    void postsynapticTypesNeedRowsForBothClasses() throws IOException {
        ConnectionsTable t = ConnectionsTable.read(write("ConnectionsV8.csv",
                "ALL_EXCITATORY\tL2\t0\t1\t1\t0\t0\t0\nALL_EXCITATORY\tL5tt\t0\t1.5\t1e-1\t0\t0\t0\n"
                        + "ALL_INHIBITORY\tL5tt\t0\t0\t0\t.5\t0.5\t5E-1\nALL_INHIBITORY\tL1\t0\t0\t0\t1\t1\t1\n"));
        assertEquals(List.of("L5tt"), t.postsynapticTypes());
        assertEquals(new PstConstants(0, 1.5, 0.1, 0, 0, 0), t.constants().get(CellClass.EXC).get("L5tt"));
        assertEquals(new PstConstants(0, 0, 0, 0.5, 0.5, 0.5), t.constants().get(CellClass.INH).get("L5tt"));
    }

    private InputFormatException connectionsFailure(String text) throws IOException {
        Path f = write("ConnectionsV8.csv", text);
        return assertThrows(InputFormatException.class, () -> ConnectionsTable.read(f));
    }
}
