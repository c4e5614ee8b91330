package org.synmap.morphology.h5;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.test.support.FuzzContract;

/**
 * Coverage-guided fuzzing of the H5v1 reader: damaged HDF5 (the seeds are valid files, which the
 * fuzzer mutates) gives a valid morphology or an error naming the file.
 */
class H5v1FuzzTest {
    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws Exception {
        FuzzContract.requireValid(FuzzContract.readOrRefuse("fuzz.h5",
                () -> new H5v1Reader().read(new ByteArrayInputStream(bytes), "fuzz.h5")));
    }
}
