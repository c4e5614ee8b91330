package org.synmap.density.isf;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.test.support.FuzzContract;

/** Coverage-guided fuzzing of ISF's nrCells.csv and ConnectionsV8.csv readers: a table or an error naming the file. */
class IsfTablesFuzzTest {
    private static final Path DIR = FuzzContract.scratchFolder("isf");

    @FuzzTest(maxDuration = "10m")
    void nrCellsReadsOrRefuses(byte[] bytes) throws Exception {
        Path file = Files.write(DIR.resolve("nrCells.csv"), bytes);
        FuzzContract.readOrRefuse(file.toString(), () -> NrCellsTable.read(file));
    }

    @FuzzTest(maxDuration = "10m")
    void connectionsReadsOrRefuses(byte[] bytes) throws Exception {
        Path file = Files.write(DIR.resolve("ConnectionsV8.csv"), bytes);
        FuzzContract.readOrRefuse(file.toString(), () -> ConnectionsTable.read(file));
    }
}
