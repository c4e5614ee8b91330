package org.synmap.morphology.hoc;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.test.support.FuzzContract;

/**
 * Coverage-guided fuzzing of the hoc reader under both rule sets (see the README's "Fuzzing"):
 * any input is read into a valid morphology or refused with an error naming the file.
 */
class HocFuzzTest {
    private final HocReader reader = new HocReader();

    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(FuzzedDataProvider data) throws Exception {
        boolean strict = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        for (HocRules rules : HocRules.values()) {
            FuzzContract.requireValid(FuzzContract.readOrRefuse("fuzz.hoc",
                    () -> reader.read(new ByteArrayInputStream(bytes), "fuzz.hoc", rules, strict)));
        }
    }
}
