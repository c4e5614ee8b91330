package org.synmap.shell.gogo;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;

/**
 * Plain {@code exit} (or {@code exit 3}) in the interactive shell. gogo.shell's profile makes
 * {@code exit} mean {@code java.lang.System.exit(int)}, which fails without a code; a session
 * variable holding a function is found before any command, so this one takes its place. It ends
 * the process with the code, as a shell's {@code exit} does; the launcher's shutdown hook stops
 * the framework.
 */
final class ShellExit implements Function {
    /** The session variable that makes this the meaning of {@code exit}. */
    static final String VARIABLE = "exit";

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        System.exit(code(arguments));
        return null;
    }

    static int code(List<Object> arguments) {
        if (arguments.isEmpty()) {
            return SynmapCli.OK;
        }
        String text = String.valueOf(arguments.get(0));
        if (arguments.size() > 1 || !text.matches("\\d{1,3}") || Integer.parseInt(text) > 255) {
            throw new IllegalArgumentException("exit takes one exit code from 0 to 255, got " + arguments);
        }
        return Integer.parseInt(text);
    }
}
