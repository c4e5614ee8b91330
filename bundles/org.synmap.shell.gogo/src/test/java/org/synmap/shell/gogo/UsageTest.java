package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The usage text lists exactly the options each command accepts. */
class UsageTest {
    private static final Pattern OPTION = Pattern.compile("--([a-z][a-z-]*)");

    /** Per command, the options its usage lines mention (a command's lines start with two blanks and its name). */
    private static Map<String, Set<String>> documented(String usage) {
        Map<String, Set<String>> out = new TreeMap<>();
        String command = null;
        for (String line : usage.split("\n")) {
            if (line.matches(" {2}\\S.*")) {
                command = line.strip().split("\\s+")[0];
                out.put(command, new TreeSet<>());
            } else if (!line.startsWith("  ")) {
                command = null; // the header and the closing notes
            }
            if (command != null) {
                Matcher m = OPTION.matcher(line);
                while (m.find()) {
                    out.get(command).add(m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void everyAcceptedOptionIsDocumentedAndNothingElse() {
        Map<String, Set<String>> documented = documented(new SynmapCommands(null, null).usage());
        Map<String, Set<String>> accepted = new TreeMap<>();
        SynmapCommands.OPTIONS.forEach((command, options) -> {
            Set<String> all = new TreeSet<>(options.valued());
            all.addAll(options.flags());
            accepted.put(command, all);
        });
        accepted.put("plugins", Set.of());
        assertEquals(accepted, documented);
    }
}
