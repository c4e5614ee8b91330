package org.synmap.shell.gogo;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;

/**
 * The {@code synmap:*} Gogo commands. Each passes its arguments to the picocli command line
 * ({@link SynmapCli}), so a line means the same in the shell and after {@code java -jar}.
 * Gogo's {@code help synmap:embed} prints a method's {@link Descriptor}: those are picocli's
 * generated help texts ({@link GogoHelp}, checked against picocli by a unit test), without the
 * installed plugins' parameters, which {@code synmap:usage embed} adds.
 *
 * <p>Gogo finds a command's method by its name, and a hyphen cannot appear in one: so
 * {@code export-isf} is {@code synmap:exportIsf} here, listed by {@code help}, and also
 * {@code synmap:export-isf} ({@link ExportIsfFunction}), the name it has on the command line.
 */
@Component(service = SynmapCommands.class, immediate = true)
@GogoCommand(scope = "synmap", function = {"plugins", "inspect", "convert", "embed", "demo", "exportIsf", "bench",
    "report", "batch", "usage", "member"})
public class SynmapCommands {
    /** Framework property that turns on the command-line entry point (set by the distribution). */
    static final String MAIN_PROPERTY = "synmap.main";

    private static final String ARGUMENTS = "options and arguments, as on the command line";

    private final SynmapEngine engine;
    /** The plugin jars that are not running, for {@code plugins}; none outside a framework. */
    private final java.util.function.Supplier<java.util.List<String>> problems;

    @Activate
    public SynmapCommands(@Reference SynmapEngine engine, ComponentContext context) {
        this.engine = engine;
        PluginBundles bundles = context == null ? null : PluginBundles.of(context.getBundleContext());
        this.problems = bundles == null ? java.util.List::of : bundles::problems;
        // Only the executable jar should own the main thread; test frameworks run their own.
        if (context != null && "true".equals(context.getBundleContext().getProperty(MAIN_PROPERTY))) {
            context.enableComponent(SynmapMain.class.getName());
        }
    }

    @Descriptor(GogoHelp.PLUGINS)
    public String plugins(@Descriptor(ARGUMENTS) String... args) {
        return run("plugins", args);
    }

    @Descriptor(GogoHelp.INSPECT)
    public String inspect(@Descriptor(ARGUMENTS) String... args) {
        return run("inspect", args);
    }

    @Descriptor(GogoHelp.CONVERT)
    public String convert(@Descriptor(ARGUMENTS) String... args) {
        return run("convert", args);
    }

    @Descriptor(GogoHelp.EMBED)
    public String embed(@Descriptor(ARGUMENTS) String... args) {
        return run("embed", args);
    }

    @Descriptor(GogoHelp.DEMO)
    public String demo(@Descriptor(ARGUMENTS) String... args) {
        return run("demo", args);
    }

    @Descriptor(GogoHelp.EXPORT_ISF)
    public String exportIsf(@Descriptor(ARGUMENTS) String... args) {
        return run("export-isf", args);
    }

    @Descriptor(GogoHelp.BENCH)
    public String bench(@Descriptor(ARGUMENTS) String... args) {
        return run("bench", args);
    }

    @Descriptor(GogoHelp.BATCH)
    public String batch(@Descriptor(ARGUMENTS) String... args) {
        return run("batch", args);
    }

    @Descriptor(GogoHelp.REPORT)
    public String report(@Descriptor(ARGUMENTS) String... args) {
        return run("report", args);
    }

    @Descriptor(GogoHelp.MEMBER)
    public String member(@Descriptor(ARGUMENTS) String... args) {
        return run("member", args);
    }

    @Descriptor("synmap's commands, or with a command's name its options and the installed plugins' parameters")
    public String usage(@Descriptor("a command's name (optional)") String... args) {
        return run("help", args);
    }

    /** Runs one synmap command; a failure is an exception carrying the one-line error, which Gogo shows. */
    String run(String command, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = command;
        System.arraycopy(args, 0, line, 1, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SynmapCli.execute(engine, problems, new PrintWriter(out), new PrintWriter(err), line);
        if (code != SynmapCli.OK) {
            throw new SynmapException(err.toString().strip().replaceFirst("^error: ", ""));
        }
        return out.toString().stripTrailing();
    }
}
