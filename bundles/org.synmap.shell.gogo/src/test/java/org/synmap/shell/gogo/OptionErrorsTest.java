package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every usage error exits 2 with one line on stderr that names the option at fault, before the
 * engine runs anything (the fake engine answers no job).
 */
class OptionErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "embed c.hoc --cell-type L5tt --sample 3               | Unknown options: '--sample', '3'",
        "embed c.hoc --cell-typ L5tt                           | Unknown options: '--cell-typ', 'L5tt'",
        "embed c.hoc --cell-type L5tt --samples 2 --samples 3  | --samples",
        "embed c.hoc --cell-type L5tt --samples abc            | --samples",
        "embed c.hoc                                           | --cell-type",
        "embed c.hoc --cell-type L5tt --out --seed 3           | --out",
        "embed c.hoc --cell-type L5tt --param a=1 --param a=2  | --param sets a twice (a=1, a=2)",
        "embed c.hoc --cell-type L5tt --param =1               | --param expects key=value, got '=1'",
        "embed c.hoc --cell-type L5tt --reader-param rules     | --reader-param expects key=value",
        "embed c.hoc --cell-type L5tt --data-param x=1 --data-param x=1 | --data-param sets x twice",
        "embed c.hoc --cell-type L5tt --morphology d.hoc       | --morphology",
        "embed --cell-type L5tt                                | --morphology",
        "embed c.hoc --cell-type L5tt --format ,               | --format",
        "embed c.hoc --cell-type L5tt --json                   | Unknown option: '--json'",
        "embed c.hoc --cell-type L5tt --model rules --sampler isf-replay | --sampler",
        "embed c.hoc --cell-type L5tt --param sampler=fast --sampler isf-replay"
            + " | --sampler isf-replay and --param sampler=fast both set sampler; give one",
        "demo --threads x                                      | --threads",
        "demo extra                                            | extra",
        "export-isf --out x                                    | --source",
        "export-isf --source s --out x --param seed=2 --seed 3 | --seed 3 and --param seed=2 both set seed; give one",
        "bench --repeats many                                  | --repeats",
        "inspect                                               | <file>",
        "inspect a.hoc b.hoc                                   | b.hoc",
        "convert a.hoc                                         | <out>",
        "plugins --all                                         | --all",
        "embedd c.hoc                                          | embedd",
    })
    void exitsTwoNamingTheOption(String line, String expected) {
        FakeEngine.Run run = new FakeEngine().run(line.trim().split("\\s+"));
        assertEquals(SynmapCli.USAGE_ERROR, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(expected.trim()), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @ParameterizedTest
    @CsvSource({"embed", "demo", "bench", "inspect", "convert", "export-isf"})
    void anUnknownOptionListsTheCommandsOwn(String command) {
        FakeEngine.Run run = new FakeEngine().run(command, "--nope");
        assertEquals(SynmapCli.USAGE_ERROR, run.code());
        assertTrue(run.err().contains("(known: "), run.err());
        assertTrue(run.err().contains("--help"), run.err());
        assertFalse(run.err().contains("--nope,"), run.err());
    }

    @ParameterizedTest
    @CsvSource({"nope", "--nope"})
    void anUnknownCommandListsTheCommands(String command) {
        FakeEngine.Run run = new FakeEngine().run(command);
        assertEquals(SynmapCli.USAGE_ERROR, run.code(), run.err());
        assertTrue(run.err().contains(command), run.err());
    }
}
