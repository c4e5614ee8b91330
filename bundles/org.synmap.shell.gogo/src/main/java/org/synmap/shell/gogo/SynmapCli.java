package org.synmap.shell.gogo;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The synmap command line: every command, its options and its generated help, declared once
 * with picocli. Used by the executable jar ({@link SynmapMain}) and by the Gogo commands
 * ({@link SynmapCommands}), so that one line means the same in both. A command returns its
 * output as a string, which is printed on success.
 */
@Command(name = "synmap", description = "Embeds a neuron morphology into a dense connectome model and writes ISF's"
        + " .syn/.con files. Without a command, java -jar synmap.jar opens the interactive Gogo shell, where the"
        + " commands are synmap:embed and so on.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:runtime error (bad input data, a failed run)",
            "2:usage error (unknown command, unknown or missing option, bad option value)"},
        footer = {"", "Run synmap <command> --help for a command's options. Options that take one value may be given"
            + " once; -- ends the options (for a path starting with --)."})
public final class SynmapCli implements Callable<String> {
    public static final int OK = 0;
    public static final int RUNTIME_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    /** Usage help width: fixed, so that help looks the same on every terminal and in Gogo's help. */
    static final int WIDTH = 100;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "print the stack trace of an error")
    private boolean verbose;

    @Override
    public String call() {
        return spec.commandLine().getUsageMessage(Ansi.OFF).stripTrailing();
    }

    /**
     * The command tree. With an engine, the help of commands that take plugin parameters lists
     * the installed plugins' parameters; without one (a unit test of the static help), it does not.
     */
    public static CommandLine commandLine(SynmapEngine engine) {
        return commandLine(engine, List::of);
    }

    /**
     * The command tree, with {@code plugins} also listing the plugin jars that are not running
     * ({@code problems}, one line each).
     */
    static CommandLine commandLine(SynmapEngine engine, Supplier<List<String>> problems) {
        CommandLine cli = new CommandLine(new SynmapCli());
        cli.addSubcommand("plugins", new PluginsCommand(engine, problems));
        CommandLine inspect = add(cli, "inspect", new InspectCommand(engine));
        CommandLine convert = add(cli, "convert", new ConvertCommand(engine));
        CommandLine embed = add(cli, "embed", new EmbedCommand(engine));
        CommandLine demo = add(cli, "demo", new DemoCommand(engine));
        CommandLine export = add(cli, "export-isf", new ExportIsfCommand(engine));
        CommandLine bench = add(cli, "bench", new BenchCommand(engine));
        cli.addSubcommand("report", new ReportCommand(engine));
        CommandLine batch = add(cli, "batch", new BatchCommand(engine));
        add(cli, "member", new MemberCommand(engine));
        cli.addSubcommand("help", new CommandLine.HelpCommand(), "usage");
        if (engine != null) {
            PluginParameterHelp.addTo(embed, engine::plugins, PluginParameterHelp.MODEL, PluginParameterHelp.DENSITY,
                    PluginParameterHelp.READER);
            PluginParameterHelp.addTo(demo, engine::plugins, PluginParameterHelp.MODEL);
            PluginParameterHelp.addTo(bench, engine::plugins, PluginParameterHelp.MODEL, PluginParameterHelp.DENSITY);
            PluginParameterHelp.addTo(inspect, engine::plugins, PluginParameterHelp.READER);
            PluginParameterHelp.addTo(convert, engine::plugins, PluginParameterHelp.READER);
            PluginParameterHelp.addTo(export, engine::plugins, PluginParameterHelp.DENSITY);
            PluginParameterHelp.addTo(batch, engine::plugins, PluginParameterHelp.MODEL, PluginParameterHelp.DENSITY,
                    PluginParameterHelp.READER);
        }
        cli.setUsageHelpWidth(WIDTH);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        return cli;
    }

    private static CommandLine add(CommandLine cli, String name, Object command) {
        cli.addSubcommand(name, command);
        return cli.getSubcommands().get(name);
    }

    /**
     * Runs one command line and returns its exit code: 0, 1 for a runtime error, 2 for a usage
     * error. Output goes to {@code out}; an error is one line on {@code err}, with the stack trace
     * when {@code --verbose} is given.
     */
    public static int execute(SynmapEngine engine, PrintWriter out, PrintWriter err, String... args) {
        return execute(engine, List::of, out, err, args);
    }

    /** {@link #execute(SynmapEngine, PrintWriter, PrintWriter, String...)} with the plugin jars' problems. */
    static int execute(SynmapEngine engine, Supplier<List<String>> problems, PrintWriter out, PrintWriter err,
            String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cli = commandLine(engine, problems);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, argv) -> usageError(e, err));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("error: " + oneLine(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return RUNTIME_ERROR;
        });
        cli.setExecutionStrategy(SynmapCli::runAndPrint);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Runs the last command on the line and prints what it returned. */
    private static int runAndPrint(ParseResult parsed) {
        int code = new CommandLine.RunLast().execute(parsed);
        List<CommandLine> chain = parsed.asCommandLineList();
        CommandLine last = chain.get(chain.size() - 1);
        Object result = last.getExecutionResult();
        if (result != null && !result.toString().isEmpty()) {
            last.getOut().println(result);
            last.getOut().flush();
        }
        return code;
    }

    /** A usage error: one line naming the option, with the known options where one was unknown. */
    private static int usageError(ParameterException error, PrintWriter err) {
        ParameterException e = error;
        List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        if (!(e instanceof UnmatchedArgumentException) && !unmatched.isEmpty()) {
            // "--cell-typ L5tt" is first of all an unknown option, not a missing --cell-type
            e = new UnmatchedArgumentException(e.getCommandLine(), unmatched);
        }
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && u.isUnknownOption()) {
            message += " (known: " + String.join(", ", knownOptions(e.getCommandLine().getCommandSpec())) + ")";
        } else if (e instanceof UnmatchedArgumentException && e.getCommandLine().getCommandSpec().parent() == null) {
            message += " (commands: " + String.join(", ", e.getCommandLine().getSubcommands().keySet()) + ")";
        }
        err.println("error: " + e.getCommandLine().getCommandName() + ": " + message);
        err.flush();
        return USAGE_ERROR;
    }

    static List<String> knownOptions(CommandSpec command) {
        TreeSet<String> names = new TreeSet<>();
        for (OptionSpec o : command.options()) {
            names.add(o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : ""));
        }
        return List.copyOf(names);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message.strip().replace('\n', ' ');
    }
}
