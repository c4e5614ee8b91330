package org.synmap.morphology.asc;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.test.support.FuzzContract;

/** Coverage-guided fuzzing of the Neurolucida ASC reader: a valid morphology or an error naming the file. */
class AscFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws Exception {
        FuzzContract.requireValid(FuzzContract.readOrRefuse("fuzz.asc",
                () -> new AscReader().read(new ByteArrayInputStream(bytes), "fuzz.asc")));
    }
}
