package org.synmap.shell.gogo;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.synmap.engine.api.SynmapEngine;

/**
 * The entry point of the executable jar. The bnd launcher calls this {@code main.thread}
 * service once every bundle has started and exits with its result. With arguments it runs them
 * through picocli ({@link SynmapCli}; no shell parsing, so paths need no quoting) and returns
 * picocli's exit code: 0 success, 1 runtime error, 2 usage error. Without arguments it opens the
 * interactive Gogo shell, where plain {@code exit [code]} ends the process ({@link ShellExit}).
 * Disabled by default: {@link SynmapCommands} enables it when the framework property
 * {@code synmap.main} is {@code true}, as the distribution sets it.
 */
@Component(service = Callable.class, property = "main.thread=true", enabled = false)
public class SynmapMain implements Callable<Integer> {
    private final BundleContext context;
    private final SynmapEngine engine;
    private final CommandProcessor processor;

    @Activate
    public SynmapMain(BundleContext context, @Reference SynmapEngine engine, @Reference CommandProcessor processor) {
        this.context = context;
        this.engine = engine;
        this.processor = processor;
    }

    /**
     * Runs the command line, or the shell. By now FileInstall has installed and started the jars
     * of the plugins folders: its first scan runs inside its own start
     * ({@code felix.fileinstall.noInitialDelay}), and the launcher calls this only once every
     * bundle, FileInstall included, has started. What did not start is reported here, once,
     * before the command runs; the command runs all the same.
     */
    @Override
    public Integer call() throws Exception {
        String[] args = launcherArguments();
        // Gogo has replaced System.out/err with its thread-local streams; talk to the real ones.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        PluginBundles plugins = PluginBundles.of(context);
        List<String> missing = plugins.missingFolders();
        if (args.length > 0 && !missing.isEmpty()) {
            err.println("error: " + missing.get(0));
            return SynmapCli.USAGE_ERROR;
        }
        if (args.length == 0 || !args[0].equals("plugins")) { // which lists them itself
            plugins.problems().forEach(p -> err.println("synmap: plugin " + p));
        }
        if (args.length == 0) {
            // in the shell, jars added, replaced or removed later are reported as FileInstall handles them
            PluginWatch watch = new PluginWatch(plugins, err);
            context.addBundleListener(watch);
            try {
                CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err);
                session.put(ShellExit.VARIABLE, new ShellExit());
                session.execute("gosh --login");
            } finally {
                context.removeBundleListener(watch);
                watch.close();
            }
            return SynmapCli.OK;
        }
        return SynmapCli.execute(engine, plugins::problems, new PrintWriter(out, true), new PrintWriter(err, true),
                args);
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
