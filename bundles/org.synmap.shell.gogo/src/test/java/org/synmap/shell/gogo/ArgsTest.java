package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.SynmapException;

/** Odd command lines: each either parses as the user meant or fails with a one-line reason. */
class ArgsTest {
    private static final Set<String> VALUED = Set.of("samples", "out", "param");
    private static final Set<String> FLAGS = Set.of("json");

    private static Args parse(String... argv) {
        return new Args("embed", argv, VALUED, FLAGS);
    }

    private static String error(Runnable r) {
        return assertThrows(SynmapException.class, r::run).getMessage();
    }

    @Test
    void valuesInBothSpellingsAndPathsWithBlanks() {
        Args a = parse("my cell.hoc", "--samples=7", "--out", "/tmp/a b", "--json");
        assertEquals(7, a.getInt("samples", 50));
        assertEquals("/tmp/a b", a.get("out", null));
        assertTrue(a.flag("json"));
        assertEquals(List.of("my cell.hoc"), a.positional());
    }

    @Test
    void nonNumericValueNamesTheOption() {
        assertEquals("embed: --samples expects an integer, got 'abc'", error(() -> parse("--samples=abc").getInt("samples", 50)));
    }

    @Test
    void valueMissingAtTheEnd() {
        assertEquals("embed: --samples needs a value", error(() -> parse("x.hoc", "--samples")));
    }

    /** "--out --samples 3" used to take "--samples" as the output folder and 3 as a second morphology. */
    @Test
    void anOptionIsNotTakenAsTheValueOfThePreviousOne() {
        assertEquals("embed: --out needs a value, found the option --samples instead (write --out=VALUE for a value"
                + " starting with --)", error(() -> parse("x.hoc", "--out", "--samples", "3")));
        assertEquals("--odd", parse("--out=--odd").get("out", null));
    }

    /** A repeated single-valued option used to be resolved silently in favour of the last one. */
    @Test
    void aSingleValuedOptionGivenTwiceIsAnError() {
        Args a = parse("--samples", "2", "--samples", "3");
        assertEquals("embed: --samples given 2 times (2, 3); give it once", error(() -> a.getInt("samples", 50)));
    }

    @Test
    void repeatableOptionsCollectEveryPairButNoKeyTwice() {
        assertEquals(Map.of("a", "1", "b", "x=y"), parse("--param", "a=1", "--param=b=x=y").pairs("param"));
        assertEquals("embed: --param sets a twice (a=1, a=2)", error(() -> parse("--param", "a=1", "--param", "a=2")
                .pairs("param")));
        assertEquals("embed: --param expects key=value, got '=1'", error(() -> parse("--param", "=1").pairs("param")));
    }

    @Test
    void doubleDashEndsTheOptions() {
        Args a = parse("--samples", "4", "--", "--json", "-- odd.hoc");
        assertEquals(List.of("--json", "-- odd.hoc"), a.positional());
        assertEquals(4, a.getInt("samples", 50));
        assertEquals(false, a.flag("json"));
    }

    @Test
    void unknownOptionListsTheKnownOnes() {
        assertEquals("embed: unknown option --sample (known: --json, --out <value>, --param <value>, --samples <value>)",
                error(() -> parse("--sample", "3")));
        assertEquals("embed: --json takes no value", error(() -> parse("--json=yes")));
    }
}
