package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.SynmapException;

/** 0 for success, 1 for a runtime error (one line, a stack trace only with --verbose), 2 for usage. */
class ExitCodesTest {
    private final FakeEngine engine = new FakeEngine().on("readMorphology", a -> {
        throw new SynmapException("c.hoc:18: expected a number, found 'nan'");
    });

    @Test
    void aRuntimeErrorIsOneLineAndExitsOne() {
        FakeEngine.Run run = engine.run("inspect", "c.hoc");
        assertEquals(SynmapCli.RUNTIME_ERROR, run.code());
        assertEquals("error: c.hoc:18: expected a number, found 'nan'\n", run.err().replace("\r", ""));
    }

    @Test
    void verboseAddsTheStackTrace() {
        FakeEngine.Run run = engine.run("inspect", "c.hoc", "--verbose");
        assertEquals(SynmapCli.RUNTIME_ERROR, run.code());
        assertTrue(run.err().startsWith("error: c.hoc:18: expected a number, found 'nan'"), run.err());
        assertTrue(run.err().contains("at org.synmap.shell.gogo.InspectCommand.call"), run.err());
    }

    @Test
    void successAndHelpExitZero() {
        FakeEngine.Run plugins = engine.run("plugins");
        assertEquals(SynmapCli.OK, plugins.code(), plugins.err());
        assertEquals("", plugins.err());
        for (List<String> help : List.of(List.of("--help"), List.of("help"), List.of("usage", "embed"),
                List.of("embed", "--help"), List.of("export-isf", "-h"))) {
            FakeEngine.Run run = engine.run(help.toArray(new String[0]));
            assertEquals(SynmapCli.OK, run.code(), help + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: synmap"), help + ": " + run.out());
        }
    }

    @Test
    void theTopHelpDocumentsTheExitCodes() {
        String help = engine.run("--help").out();
        assertTrue(help.contains("Exit codes:"), help);
        assertTrue(help.contains("  0   success"), help);
        assertTrue(help.contains("  1   runtime error"), help);
        assertTrue(help.contains("  2   usage error"), help);
        for (String command : List.of("plugins", "inspect", "convert", "embed", "demo", "export-isf", "bench")) {
            assertTrue(help.contains("\n  " + command + " "), command + " missing in\n" + help);
        }
        assertFalse(help.contains("barrel-cortex parameters"), help);
    }
}
