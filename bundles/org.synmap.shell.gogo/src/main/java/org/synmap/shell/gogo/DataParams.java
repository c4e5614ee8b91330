package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --data-param key=value}: the density source's parameters (embed, bench). */
final class DataParams {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--data-param", paramLabel = "key=value", description = "a parameter of the density source"
            + " (repeatable)")
    private List<String> given = new ArrayList<>();

    Map<String, String> map() {
        return KeyValues.parse(spec, "--data-param", given);
    }
}
