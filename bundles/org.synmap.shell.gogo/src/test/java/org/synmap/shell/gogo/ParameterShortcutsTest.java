package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.SynmapException;

/**
 * {@code --seed}, {@code --sampler} … are shortcuts for {@code --param name=value}; both at once
 * used to resolve silently in favour of the shortcut. The error comes before the engine is used.
 */
class ParameterShortcutsTest {
    private final SynmapCommands commands = new SynmapCommands(null, null);

    @Test
    void exportIsfRefusesASeedGivenTwoWays() {
        SynmapException e = assertThrows(SynmapException.class, () -> commands.exportIsf("--source",
                "synthetic-barrel-cortex", "--out", "x", "--param", "seed=2", "--seed", "3"));
        assertEquals("export-isf: --seed 3 and --param seed=2 both set seed; give one", e.getMessage());
    }

    @Test
    void embedRefusesASamplerGivenTwoWays() {
        SynmapException e = assertThrows(SynmapException.class, () -> commands.embed("c.hoc", "--data", "d",
                "--cell-type", "L5tt", "--param", "sampler=fast", "--sampler", "isf-replay"));
        assertEquals("embed: --sampler isf-replay and --param sampler=fast both set sampler; give one", e.getMessage());
    }
}
