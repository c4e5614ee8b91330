package org.synmap.connectome.rules;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.test.support.FuzzContract;

/**
 * Coverage-guided fuzzing of the rules file reader: rules, or an error naming the file (malformed
 * JSON as InputFormatException with its line; a well-formed file with a wrong value as
 * IllegalArgumentException with its JSON path).
 */
class RulesFuzzTest {
    private static final Path FILE = FuzzContract.scratchFolder("rules").resolve("fuzz-rules.json");

    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws Exception {
        Files.write(FILE, bytes);
        try {
            Rules.read(FILE);
        } catch (InputFormatException | IllegalArgumentException e) {
            if (!e.getMessage().startsWith(FILE.toString())) {
                throw new AssertionError("the error does not name the file: " + e.getMessage(), e);
            }
        }
    }
}
