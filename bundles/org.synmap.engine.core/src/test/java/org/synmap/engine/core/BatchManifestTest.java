package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.engine.api.SynmapException;

/** The manifest's grammar, folder names, and errors that name the file, the line and what was expected. */
class BatchManifestTest {
    @TempDir
    Path dir;

    private List<BatchManifest.Row> read(String text) throws IOException {
        Path m = Files.writeString(dir.resolve("jobs.csv"), text);
        return BatchManifest.read(m, dir.resolve("out"), 20);
    }

    private String error(String text) {
        return assertThrows(SynmapException.class, () -> read(text)).getMessage();
    }

    @Test
    void rowsResolvePathsAgainstTheManifestAndNameFoldersFromTheRow() throws IOException {
        List<BatchManifest.Row> rows = read("\uFEFFmorphology,cell_type,seed\n\n"
                + "cells/a.hoc,L5tt,7\n"
                + "\"/abs/with,comma.swc\",L2,-3\n"
                + "builtin:l5tt-c2, L5tt ,0\n");
        assertEquals(3, rows.size());
        BatchManifest.Row a = rows.get(0);
        assertEquals(3, a.line());
        assertEquals(dir.resolve("cells/a.hoc").toString(), a.location());
        assertEquals(dir.resolve("out").resolve("a_L5tt_seed7"), a.folder());
        assertEquals(20, a.samples());
        assertEquals("seed7", a.runId());
        assertEquals("/abs/with,comma.swc", rows.get(1).location());
        assertEquals("with_comma_L2_seed-3", rows.get(1).folder().getFileName().toString());
        assertEquals("builtin:l5tt-c2", rows.get(2).location());
        assertEquals("L5tt", rows.get(2).cellType());
        assertEquals("l5tt-c2_L5tt_seed0", rows.get(2).folder().getFileName().toString());
    }

    /** Found by fuzzing: a NUL character made the path library throw; now the line says what is wrong. */
    @Test
    void aPathThatCannotBeOneIsRefusedWithItsLine() {
        String e = error("morphology,cell_type,seed\na\0b.hoc,L5tt,1\n");
        assertTrue(e.startsWith(dir.resolve("jobs.csv") + ":2: morphology 'a\\0b.hoc' is not a valid path"), e);
        e = error("morphology,cell_type,seed,out\na.hoc,L5tt,1,x\0y\n");
        assertTrue(e.startsWith(dir.resolve("jobs.csv") + ":2: out 'x\\0y' is not a valid path"), e);
    }

    @Test
    void anOutFolderOutsideTheBatchIsRefused() {
        for (String out : new String[] {"../elsewhere", "/tmp/elsewhere", "x/../../y"}) {
            String e = error("morphology,cell_type,seed,out\na.hoc,L5tt,1," + out + "\n");
            assertTrue(e.startsWith(dir.resolve("jobs.csv") + ":2: out '" + out + "' lies outside the batch's folder"),
                    e);
        }
    }

    @Test
    void samplesAndOutColumnsOverrideTheDefaults() throws IOException {
        List<BatchManifest.Row> rows = read("morphology,cell_type,seed,samples,out\na.hoc,L5tt,1,5,x/y\n"
                + "a.hoc,L5tt,2,,\n");
        assertEquals(5, rows.get(0).samples());
        assertEquals(dir.resolve("out/x/y"), rows.get(0).folder());
        assertEquals(20, rows.get(1).samples());
        assertEquals("a_L5tt_seed2", rows.get(1).folder().getFileName().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "morphology,cell_type\\na.hoc,L5tt|jobs.csv:1: the header lacks the column 'seed'",
        "morphology,cell_type,seed,colour\\n|jobs.csv:1: unknown column 'colour'",
        "morphology,cell_type,seed\\na.hoc,L5tt|jobs.csv:2: expected 3 fields (morphology,cell_type,seed), got 2",
        "morphology,cell_type,seed\\na.hoc,L5tt,x|jobs.csv:2: seed 'x' is not an integer",
        "morphology,cell_type,seed\\n,L5tt,1|jobs.csv:2: empty morphology",
        "morphology,cell_type,seed,samples\\na.hoc,L5tt,1,0|jobs.csv:2: samples must be between 1 and 10000, got 0",
        "morphology,cell_type,seed\\n\"a.hoc,L5tt,1|jobs.csv:2: a quoted field is not closed",
        "morphology,cell_type,seed\\na\"b.hoc,L5tt,1|jobs.csv:2: a quote inside an unquoted field at column 2",
        "morphology,cell_type,seed\\n|jobs.csv: no jobs after the header",
        "# only a comment\\n|jobs.csv: empty; expected a header morphology,cell_type,seed",
        "morphology,cell_type,seed\\na.hoc,L5tt,1\\nsub/../a.hoc,L5tt,1|jobs.csv:3: this job's folder",
    })
    void errorsNameFileLineAndExpectation(String text, String expected) {
        String message = error(text.replace("\\n", "\n"));
        String relative = message.replace(dir.toString() + "/", "");
        assertTrue(relative.startsWith(expected), relative);
    }

    @Test
    void twoRowsInOneFolderNameBothLines() {
        String m = error("morphology,cell_type,seed\na/c.hoc,L5tt,1\nb/c.hoc,L5tt,1\n");
        assertTrue(m.contains("jobs.csv:3:") && m.contains("also that of line 2") && m.contains("'out' column"), m);
    }

    @Test
    void aMissingManifestIsNamed() {
        String m = assertThrows(SynmapException.class, () -> BatchManifest.read(dir.resolve("nope.csv"),
                dir, 1)).getMessage();
        assertEquals("no such batch manifest: " + dir.resolve("nope.csv"), m);
    }
}
