package org.synmap.lattice.amira;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.test.support.FuzzContract;

/**
 * Coverage-guided fuzzing of the AmiraMesh reader, ASCII and binary (seeds of both): a lattice or
 * an error naming the file.
 */
class AmiraMeshFuzzTest {
    private static final Path FILE = FuzzContract.scratchFolder("amira").resolve("fuzz.am");

    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws Exception {
        Files.write(FILE, bytes);
        FuzzContract.readOrRefuse(FILE.toString(), () -> new AmiraMeshReader().read(FILE));
    }
}
