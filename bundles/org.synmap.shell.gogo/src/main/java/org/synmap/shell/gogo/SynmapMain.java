package org.synmap.shell.gogo;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    @Override
    public Integer call() throws Exception {
        String[] args = launcherArguments();
        // Gogo has replaced System.out/err with its thread-local streams; talk to the real ones.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            CommandSession session = processor.createSession(new FileInputStream(FileDescriptor.in), out, err);
            session.put(ShellExit.VARIABLE, new ShellExit());
            session.execute("gosh --login");
            return SynmapCli.OK;
        }
        return SynmapCli.execute(engine, new PrintWriter(out, true), new PrintWriter(err, true), args);
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
