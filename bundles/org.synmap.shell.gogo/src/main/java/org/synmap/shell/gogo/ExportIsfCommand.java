package org.synmap.shell.gogo;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code synmap:export-isf} in the Gogo shell. Gogo maps command names to Java methods by name,
 * and a hyphen cannot appear in one, so this command is a {@link Function} of its own.
 */
@Component(service = Function.class, property = {"osgi.command.scope=synmap", "osgi.command.function=export-isf"})
public class ExportIsfCommand implements Function {
    private final SynmapCommands commands;

    @Activate
    public ExportIsfCommand(@Reference SynmapCommands commands) {
        this.commands = commands;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        String[] args = new String[arguments.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = String.valueOf(arguments.get(i));
        }
        return commands.exportIsf(args);
    }
}
