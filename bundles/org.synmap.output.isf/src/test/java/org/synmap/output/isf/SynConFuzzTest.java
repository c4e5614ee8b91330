package org.synmap.output.isf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.test.support.FuzzContract;

/**
 * Coverage-guided fuzzing of ISF's .syn/.con reader: the fuzzer writes both files; they are read
 * as a realization or refused with an error naming one of them.
 */
class SynConFuzzTest {
    private static final Path DIR = FuzzContract.scratchFolder("syn");

    /** The input is the .syn text, a zero byte, and the .con text (without a zero byte: an empty .con). */
    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws Exception {
        int split = 0;
        while (split < bytes.length && bytes[split] != 0) {
            split++;
        }
        Path syn = Files.write(DIR.resolve("fuzz_synapses.syn"), Arrays.copyOfRange(bytes, 0, split));
        Path con = Files.write(DIR.resolve("fuzz_synapses.con"),
                Arrays.copyOfRange(bytes, Math.min(bytes.length, split + 1), bytes.length));
        try {
            new IsfRealizationReader().read(syn);
        } catch (InputFormatException e) {
            if (!e.getMessage().startsWith(syn.toString()) && !e.getMessage().startsWith(con.toString())) {
                throw new AssertionError("the error names neither file: " + e.getMessage(), e);
            }
        }
    }
}
