package org.synmap.shell.gogo;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.synmap.engine.api.SynmapException;

/**
 * The entry point of the executable jar. The bnd launcher calls this {@code main.thread}
 * service once every bundle has started and exits with its result. With arguments it runs them
 * as one synmap command (no shell parsing, so paths need no quoting) and returns 0, or prints a
 * one-line error and returns 1 (2 for usage errors); without arguments it opens the interactive
 * Gogo shell. Disabled by default: {@link SynmapCommands} enables it when the framework property
 * {@code synmap.main} is {@code true}, as the distribution sets it.
 */
@Component(service = Callable.class, property = "main.thread=true", enabled = false)
public class SynmapMain implements Callable<Integer> {
    private final BundleContext context;
    private final SynmapCommands commands;
    private final CommandProcessor processor;

    @Activate
    public SynmapMain(BundleContext context, @Reference SynmapCommands commands, @Reference CommandProcessor processor) {
        this.context = context;
        this.commands = commands;
        this.processor = processor;
    }

    @Override
    public Integer call() throws Exception {
        String[] args = launcherArguments();
        // Gogo has replaced System.out/err with its thread-local streams; talk to the real ones.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8");
        if (args.length == 0) {
            CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err);
            session.execute("gosh --login");
            return 0;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean verbose = rest.remove("--verbose");
        try {
            out.println(dispatch(rest));
            return 0;
        } catch (SynmapException e) {
            err.println("error: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return e.getMessage() != null && e.getMessage().startsWith("usage:") ? 2 : 1;
        } catch (RuntimeException e) {
            err.println("error: " + e);
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** Runs one command given as {@code name args...}; {@code synmap:name} is accepted too. */
    String dispatch(List<String> argv) {
        if (argv.isEmpty()) {
            return commands.usage();
        }
        String name = argv.get(0);
        if (name.startsWith("synmap:")) {
            name = name.substring("synmap:".length());
        }
        String[] rest = argv.subList(1, argv.size()).toArray(new String[0]);
        switch (name) {
            case "help", "--help", "-h", "usage":
                return commands.usage();
            case "plugins":
                if (rest.length > 0) {
                    throw new SynmapException("plugins takes no arguments");
                }
                return commands.plugins();
            case "inspect":
                return commands.inspect(rest);
            case "convert":
                return commands.convert(rest);
            case "embed":
                return commands.embed(rest);
            case "demo":
                return commands.demo(rest);
            case "export-isf":
                return commands.exportIsf(rest);
            case "bench":
                return commands.bench(rest);
            default:
                throw new SynmapException("usage: unknown command '" + name + "'; commands: "
                        + String.join(", ", SynmapCommands.COMMANDS) + " (run without arguments for the Gogo shell)");
        }
    }

    /** The command line, which the bnd launcher publishes as a property of its own service. */
    private String[] launcherArguments() {
        try {
            for (ServiceReference<?> ref : context.getServiceReferences((String) null, "(launcher.arguments=*)")) {
                Object a = ref.getProperty("launcher.arguments");
                if (a instanceof String[] s) {
                    return s;
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new String[0];
    }
}
