package org.synmap.shell.gogo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code key=value} pairs of a repeatable option such as {@code --param}. picocli's own map
 * options let a repeated key silently replace the earlier value; a run's parameters must be
 * unambiguous, so a key given twice is a usage error here.
 */
final class KeyValues {
    private KeyValues() {
    }

    static Map<String, String> parse(CommandSpec spec, String option, List<String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), option + " expects key=value, got '" + pair + "'");
            }
            String key = pair.substring(0, eq);
            String earlier = out.put(key, pair.substring(eq + 1));
            if (earlier != null) {
                throw new ParameterException(spec.commandLine(), option + " sets " + key + " twice (" + key + "="
                        + earlier + ", " + pair + ")");
            }
        }
        return out;
    }

    /**
     * Adds the value of a shortcut option ({@code --seed 3} for {@code --param seed=3}); the same
     * parameter given both ways is a usage error.
     */
    static void putShortcut(CommandSpec spec, Map<String, String> params, String name, String value) {
        if (value == null) {
            return;
        }
        String viaParam = params.putIfAbsent(name, value);
        if (viaParam != null) {
            throw new ParameterException(spec.commandLine(), "--" + name + " " + value + " and --param " + name + "="
                    + viaParam + " both set " + name + "; give one");
        }
    }
}
