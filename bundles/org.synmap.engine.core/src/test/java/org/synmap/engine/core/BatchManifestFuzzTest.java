package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;
import org.synmap.test.support.FuzzContract;

/**
 * Coverage-guided fuzzing of the batch manifest ({@code jobs.csv}): it is read as jobs, each with a
 * folder inside the batch's and a valid sample count, or refused with an error naming the file.
 */
class BatchManifestFuzzTest {
    private static final Path DIR = FuzzContract.scratchFolder("manifest");

    @FuzzTest(maxDuration = "10m")
    void readsOrRefuses(byte[] bytes) throws IOException {
        Path manifest = Files.write(DIR.resolve("jobs.csv"), bytes);
        Path out = DIR.resolve("out");
        List<BatchManifest.Row> rows;
        try {
            rows = BatchManifest.read(manifest, out, 20);
        } catch (SynmapException e) {
            assertTrue(e.getMessage().startsWith(manifest.toString()), () -> "the error does not name the"
                    + " manifest: " + e.getMessage());
            return;
        }
        assertTrue(!rows.isEmpty());
        for (BatchManifest.Row r : rows) {
            assertTrue(r.folder().normalize().startsWith(out.toAbsolutePath().normalize())
                    && !r.folder().normalize().equals(out.toAbsolutePath().normalize()), () -> "line " + r.line()
                    + ": folder " + r.folder() + " outside the batch's");
            assertTrue(r.samples() >= 1 && r.samples() <= EmbedJob.MAX_SAMPLES, () -> "samples " + r.samples());
            assertTrue(r.line() >= 2, () -> "line " + r.line());
        }
    }
}
