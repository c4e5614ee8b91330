package org.synmap.shell.gogo;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code synmap:export-isf} in the Gogo shell, the command's name on the command line. Gogo maps
 * a command name to a Java method of that name, and a hyphen cannot appear in one, so this is a
 * {@link Function}; Gogo's {@code help} lists only methods, so it shows the same command as
 * {@code synmap:exportIsf}.
 */
@Component(service = Function.class)
@GogoCommand(scope = "synmap", function = "export-isf")
public class ExportIsfFunction implements Function {
    private final SynmapCommands commands;

    @Activate
    public ExportIsfFunction(@Reference SynmapCommands commands) {
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
