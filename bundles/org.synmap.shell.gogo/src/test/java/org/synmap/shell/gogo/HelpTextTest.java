package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Each command's --help names every option it accepts, and embed's the installed plugins' parameters. */
class HelpTextTest {
    private final FakeEngine engine = new FakeEngine();

    @ParameterizedTest
    @ValueSource(strings = {"plugins", "inspect", "convert", "embed", "demo", "export-isf", "bench"})
    void helpListsEveryOption(String command) {
        String help = engine.run(command, "--help").out();
        List<OptionSpec> options = SynmapCli.commandLine(null).getSubcommands().get(command).getCommandSpec().options();
        assertTrue(options.size() >= 2, command);
        for (OptionSpec option : options) {
            if (option.hidden()) {
                continue; // deprecated aliases (--sampler) are accepted but not advertised
            }
            assertTrue(help.contains(option.longestName()), option.longestName() + " missing in\n" + help);
        }
    }

    @Test
    void embedHelpListsEachPluginsParametersWithTypeDefaultAndMeaning() {
        String help = engine.run("embed", "--help").out();
        assertTrue(help.contains("\nConnectome model parameters (--param name=value), per installed plugin:\n"
                + "\nbarrel-cortex parameters:\n"
                + "  sampler  one of fast, isf-replay; default fast\n"
                + "      how realizations are drawn\n"), help);
        assertTrue(help.contains("\nDensity source parameters (--data-param name=value), per installed plugin:\n"
                + "\nsynthetic-barrel-cortex parameters:\n"
                + "  seed  a whole number; default 1\n"), help);
        assertTrue(help.contains("\nMorphology reader parameters (--reader-param name=value), per installed plugin:\n"
                + "\nhoc parameters:\n"
                + "  rules  one of isf, neuron, auto; default auto\n"), help);
        // a model parameter is no general option: --sampler (its old alias) is not in the option list
        assertTrue(!help.contains("--sampler"), help);
        // a model without parameters gets no empty heading
        assertTrue(!help.contains("rules parameters"), help);
        // after the options, before nothing else: the option list stays picocli's
        assertTrue(help.indexOf("--verbose") < help.indexOf("barrel-cortex parameters:"), help);
    }

    @Test
    void inspectAndConvertShowReaderParametersOnly() {
        for (String command : List.of("inspect", "convert")) {
            String help = engine.run(command, "--help").out();
            assertTrue(help.contains("Morphology reader parameters (--reader-param name=value)"), help);
            assertTrue(help.contains("\nhoc parameters:\n"), help);
            assertTrue(!help.contains("barrel-cortex parameters"), help);
        }
    }

    /** What Gogo's help prints for synmap:embed is picocli's help without the run-time plugin section. */
    @Test
    void gogoDescriptorsAreTheGeneratedHelp() {
        CommandLine cli = SynmapCli.commandLine(null);
        List<String[]> pairs = List.of(new String[] {"plugins", GogoHelp.PLUGINS},
                new String[] {"inspect", GogoHelp.INSPECT}, new String[] {"convert", GogoHelp.CONVERT},
                new String[] {"embed", GogoHelp.EMBED}, new String[] {"demo", GogoHelp.DEMO},
                new String[] {"export-isf", GogoHelp.EXPORT_ISF}, new String[] {"bench", GogoHelp.BENCH},
                new String[] {"report", GogoHelp.REPORT}, new String[] {"batch", GogoHelp.BATCH});
        for (String[] pair : pairs) {
            String generated = cli.getSubcommands().get(pair[0]).getUsageMessage(CommandLine.Help.Ansi.OFF)
                    .stripTrailing();
            assertEquals(generated, pair[1], pair[0] + ": GogoHelp is stale; paste picocli's text");
        }
    }

    /** The descriptors are on the methods Gogo's help reflects on, one per declared function. */
    @Test
    void everyGogoFunctionHasADescribedMethod() throws Exception {
        for (String function : List.of("plugins", "inspect", "convert", "embed", "demo", "exportIsf", "bench",
                "usage")) {
            var method = SynmapCommands.class.getMethod(function, String[].class);
            assertTrue(method.isAnnotationPresent(org.apache.felix.service.command.Descriptor.class), function);
        }
        assertEquals(GogoHelp.EMBED, SynmapCommands.class.getMethod("embed", String[].class)
                .getAnnotation(org.apache.felix.service.command.Descriptor.class).value());
    }
}
