package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synmap.engine.api.SynmapException;

/**
 * Command-line options of one command: {@code --name value}, {@code --name=value}, flags and
 * positional arguments; after {@code --} every argument is positional. Unknown options are an
 * error that lists the known ones. An option that takes one value may be given once: a repeat
 * is an error rather than a silent override, since a run's parameters must be unambiguous.
 */
final class Args {
    private final String command;
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param command   the command's name, for messages
     * @param args      the arguments
     * @param valued    options that take a value ({@link #all} and {@link #pairs} read repeats)
     * @param flags     options without a value
     */
    Args(String command, String[] args, Set<String> valued, Set<String> flags) {
        this.command = command;
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && isOption(a)) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    if (value != null) {
                        throw new SynmapException(command + ": --" + name + " takes no value");
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new SynmapException(command + ": --" + name + " needs a value");
                        }
                        if (isOption(args[i + 1])) { // e.g. "--out --seed 3": --out lacks its value
                            throw new SynmapException(command + ": --" + name + " needs a value, found the option "
                                    + args[i + 1] + " instead (write --" + name + "=VALUE for a value starting"
                                    + " with --)");
                        }
                        value = args[++i];
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    List<String> known = new ArrayList<>();
                    valued.forEach(v -> known.add("--" + v + " <value>"));
                    flags.forEach(f -> known.add("--" + f));
                    known.sort(null);
                    throw new SynmapException(command + ": unknown option --" + name + " (known: "
                            + String.join(", ", known) + ")");
                }
            } else {
                positional.add(a);
            }
        }
    }

    /** The command's name, for messages. */
    String command() {
        return command;
    }

    private static boolean isOption(String arg) {
        return arg.startsWith("--") && arg.length() > 2;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The value of an option given at most once, or {@code fallback} when it is absent. */
    String get(String name, String fallback) {
        List<String> v = options.get(name);
        if (v == null) {
            return fallback;
        }
        if (v.size() > 1) {
            throw new SynmapException(command + ": --" + name + " given " + v.size() + " times (" + String.join(", ", v)
                    + "); give it once");
        }
        return v.get(0);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    int getInt(String name, int fallback) {
        String v = get(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new SynmapException(command + ": --" + name + " expects an integer, got '" + v + "'");
        }
    }

    long getLong(String name, long fallback) {
        String v = get(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new SynmapException(command + ": --" + name + " expects an integer, got '" + v + "'");
        }
    }

    /** {@code key=value} pairs of a repeatable option. */
    Map<String, String> pairs(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : all(name)) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new SynmapException(command + ": --" + name + " expects key=value, got '" + p + "'");
            }
            String key = p.substring(0, eq);
            String earlier = out.put(key, p.substring(eq + 1));
            if (earlier != null) {
                throw new SynmapException(command + ": --" + name + " sets " + key + " twice (" + key + "=" + earlier
                        + ", " + p + ")");
            }
        }
        return out;
    }

    List<String> positional() {
        return positional;
    }

    /** The single positional argument, or an error. */
    String onePositional(String what) {
        if (positional.size() != 1) {
            throw new SynmapException(command + ": expected one " + what + ", got " + positional.size()
                    + (positional.isEmpty() ? "" : " (" + String.join(" ", positional) + ")"));
        }
        return positional.get(0);
    }
}
