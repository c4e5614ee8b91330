package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --reader-param key=value}: the morphology reader's parameters (embed, inspect, convert). */
final class ReaderParams {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--reader-param", paramLabel = "key=value", description = "a parameter of the morphology reader"
            + " (repeatable), e.g. rules=neuron for hoc")
    private List<String> given = new ArrayList<>();

    Map<String, String> map() {
        return KeyValues.parse(spec, "--reader-param", given);
    }
}
