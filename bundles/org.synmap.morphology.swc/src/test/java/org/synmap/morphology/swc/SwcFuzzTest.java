package org.synmap.morphology.swc;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.test.support.FuzzContract;

/** Coverage-guided fuzzing of the SWC reader: a valid morphology or an error naming the file. */
class SwcFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws Exception {
        FuzzContract.requireValid(FuzzContract.readOrRefuse("fuzz.swc",
                () -> new SwcReader().read(new ByteArrayInputStream(bytes), "fuzz.swc")));
    }
}
