package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The exit code of plain {@code exit} and {@code exit N} in the shell. */
class ShellExitTest {
    @Test
    void plainExitIsZeroAndACodeIsKept() {
        assertEquals(0, ShellExit.code(List.of()));
        assertEquals(3, ShellExit.code(List.of("3")));
        assertEquals(255, ShellExit.code(List.of(255)));
    }

    @Test
    void anythingElseIsRefused() {
        for (List<Object> bad : List.<List<Object>>of(List.of("x"), List.of("256"), List.of("-1"), List.of("1", "2"))) {
            assertThrows(IllegalArgumentException.class, () -> ShellExit.code(bad), bad.toString());
        }
    }
}
