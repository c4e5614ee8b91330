package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;
import org.synmap.morphology.api.Box;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.summary.SummaryRow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The {@code synmap:*} Gogo commands. Each takes its arguments as strings and parses them
 * itself, so that the same command line works in the shell and from {@code java -jar}.
 */
@Component(service = SynmapCommands.class, immediate = true, property = {
    "osgi.command.scope=synmap",
    "osgi.command.function=plugins",
    "osgi.command.function=inspect",
    "osgi.command.function=convert",
    "osgi.command.function=embed",
    "osgi.command.function=demo",
    "osgi.command.function=bench",
    "osgi.command.function=usage"})
public class SynmapCommands {
    /** The built-in default: the synthetic neuron in the synthetic barrel cortex. */
    static final String DEMO_MORPHOLOGY = "builtin:l5tt-c2";
    static final String DEMO_DATA = "synthetic-barrel-cortex";
    static final String DEMO_CELL_TYPE = "L5tt";
    static final long DEFAULT_SEED = 1;

    private final SynmapEngine engine;

    /** Framework property that turns on the command-line entry point (set by the distribution). */
    static final String MAIN_PROPERTY = "synmap.main";

    @Activate
    public SynmapCommands(@Reference SynmapEngine engine, ComponentContext context) {
        this.engine = engine;
        // Only the executable jar should own the main thread; test frameworks run their own.
        if (context != null && "true".equals(context.getBundleContext().getProperty(MAIN_PROPERTY))) {
            context.enableComponent(SynmapMain.class.getName());
        }
    }

    /** Names of the commands, for the command-line dispatcher. */
    static final List<String> COMMANDS = List.of("plugins", "inspect", "convert", "embed", "demo", "export-isf", "bench",
            "usage");

    /** The options a command accepts: those that take a value, and flags. */
    record Options(Set<String> valued, Set<String> flags) {
    }

    /** The options of each command that takes any; {@link #usage()} lists every one of them. */
    static final Map<String, Options> OPTIONS = Map.of(
            "inspect", new Options(Set.of(), Set.of("json")),
            "convert", new Options(Set.of(), Set.of()),
            "embed", new Options(Set.of("data", "morphology", "cell-type", "samples", "seed", "threads", "out", "format",
                    "model", "sampler", "param", "data-param"), Set.of("all-realizations", "landmarks")),
            "demo", new Options(Set.of("samples", "seed", "threads", "out", "sampler"), Set.of()),
            "export-isf", new Options(Set.of("source", "out", "seed", "scale", "densities", "spacing", "param"), Set.of()),
            "bench", new Options(Set.of("data", "morphology", "cell-type", "samples", "repeats", "threads", "seed",
                    "model", "param", "data-param"), Set.of()));

    private static Args args(String command, String[] argv) {
        Options options = OPTIONS.get(command);
        return new Args(command, argv, options.valued(), options.flags());
    }

    public String usage() {
        return String.join("\n",
                "synmap commands:",
                "  plugins                          list every installed reader, source, model and writer",
                "  inspect <morphology> [--json]    sections, points and length per structure, bounding box, warnings",
                "  inspect <file.syn> [--json]      synapses and connected cells per type of an existing realization",
                "  convert <in> <out>               convert a morphology (format by extension; builtin:<name> as input)",
                "  embed <morphology> --data <ISF folder | source name> --cell-type <type>",
                "        [--samples 50] [--seed 1] [--threads <cores>] [--out <dir>] [--format isf[,...]]",
                "        [--all-realizations] [--landmarks] [--model <name>] [--sampler fast|isf-replay]",
                "        [--param key=value]... [--data-param key=value]...",
                "        <morphology>: a .hoc or .swc file or builtin:<name>; may also be given as --morphology <m>",
                "  demo [--samples 50] [--seed 1] [--threads <cores>] [--out <dir>] [--sampler fast|isf-replay]",
                "                                   embed the built-in L5tt neuron into the synthetic barrel cortex",
                "                                   (outputs in synmap-out/l5tt-c2_synapses_<time>_<pid>/)",
                "  export-isf --source <name> --out <dir> [--seed S] [--scale F] [--densities N] [--spacing UM]",
                "        [--param key=value]...     write a density source's model in ISF's folder layout",
                "  bench [--data <ISF folder | source name>] [--morphology builtin:l5tt-c2] [--cell-type L5tt]",
                "        [--model <name>] [--samples 50] [--repeats 3] [--threads <cores>] [--seed 1]",
                "        [--param key=value]... [--data-param key=value]...",
                "                                   time load + precompute, one sample, and all samples end to end",
                "Options taking one value may be given once; -- ends the options (for a path starting with --).",
                "Stack traces: add --verbose on the command line; in the Gogo shell, run e after an error.");
    }

    public String plugins() {
        List<PluginInfo> all = engine.plugins();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KIND", "NAME", "BUNDLE", "HANDLES"});
        for (PluginInfo p : all) {
            rows.add(new String[] {p.kind(), p.name(), p.bundle(), p.description()});
        }
        return Table.render(rows);
    }

    public String inspect(String... argv) {
        Args args = args("inspect", argv);
        String location = args.onePositional("morphology or realization file");
        if (!location.startsWith("builtin:") && engine.isRealizationFile(Path.of(location))) {
            return inspectRealization(Path.of(location), args.flag("json"));
        }
        Morphology m = engine.readMorphology(location);
        Map<Structure, int[]> counts = new EnumMap<>(Structure.class);
        Map<Structure, Double> lengths = new EnumMap<>(Structure.class);
        for (Section s : m.sections()) {
            int[] c = counts.computeIfAbsent(s.structure(), k -> new int[2]);
            c[0]++;
            c[1] += s.pointCount();
            lengths.merge(s.structure(), s.length(), Double::sum);
        }
        Box b = m.bounds();
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", m.name());
            json.put("sections", m.sections().size());
            json.put("points", m.pointCount());
            json.put("lengthUm", m.totalLength());
            Map<String, Object> per = new LinkedHashMap<>();
            for (Structure s : m.structureOrder()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("sections", counts.get(s)[0]);
                e.put("points", counts.get(s)[1]);
                e.put("lengthUm", lengths.get(s));
                per.put(s.label(), e);
            }
            json.put("structures", per);
            json.put("boundingBox", Map.of("min", List.of(b.minX(), b.minY(), b.minZ()),
                    "max", List.of(b.maxX(), b.maxY(), b.maxZ())));
            json.put("warnings", m.warnings());
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
            } catch (JsonProcessingException e) {
                throw new SynmapException("cannot render JSON: " + e.getMessage(), e);
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STRUCTURE", "SECTIONS", "POINTS", "LENGTH (um)"});
        for (Structure s : m.structureOrder()) {
            rows.add(new String[] {s.label(), Integer.toString(counts.get(s)[0]), Integer.toString(counts.get(s)[1]),
                String.format(Locale.ROOT, "%.6f", lengths.get(s))});
        }
        rows.add(new String[] {"total", Integer.toString(m.sections().size()), Integer.toString(m.pointCount()),
            String.format(Locale.ROOT, "%.6f", m.totalLength())});
        StringBuilder text = new StringBuilder(m.name()).append('\n').append(Table.render(rows)).append(String.format(
                Locale.ROOT, "\nbounding box (um): x %.3f .. %.3f, y %.3f .. %.3f, z %.3f .. %.3f",
                b.minX(), b.maxX(), b.minY(), b.maxY(), b.minZ(), b.maxZ()));
        // what the reader ignored or assumed (e.g. a hoc file read with NEURON rules): the user must see it
        for (String warning : m.warnings()) {
            text.append("\nwarning: ").append(warning);
        }
        return text.toString();
    }

    /** Synapses and connected cells per presynaptic type (and in total) of an existing realization. */
    private String inspectRealization(Path file, boolean json) {
        Realization r = engine.readRealization(file);
        Map<String, int[]> perType = new LinkedHashMap<>();
        java.util.Set<String> areas = new java.util.LinkedHashSet<>();
        for (SynapseBlock b : r.blocks()) {
            int[] c = perType.computeIfAbsent(b.type(), k -> new int[2]);
            c[0] += b.size();
            c[1] += b.connectedCells();
            if (b.size() > 0) {
                areas.add(b.area());
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", file.toString());
            out.put("synapses", r.synapseCount());
            out.put("connectedCells", r.connectedCells());
            out.put("blocks", r.blocks().size());
            out.put("areas", List.copyOf(areas));
            Map<String, Object> types = new LinkedHashMap<>();
            perType.forEach((type, c) -> types.put(type, Map.of("synapses", c[0], "connectedCells", c[1])));
            out.put("types", types);
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
            } catch (JsonProcessingException e) {
                throw new SynmapException("cannot render JSON: " + e.getMessage(), e);
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE", "SYNAPSES", "CONNECTED CELLS"});
        perType.forEach((type, c) -> rows.add(new String[] {type, Integer.toString(c[0]), Integer.toString(c[1])}));
        rows.add(new String[] {"total", Integer.toString(r.synapseCount()), Integer.toString(r.connectedCells())});
        return file.getFileName() + ": " + r.blocks().size() + " synapse types (type_column) from " + areas.size()
                + " columns\n" + Table.render(rows);
    }

    public String convert(String... argv) {
        Args args = args("convert", argv);
        if (args.positional().size() != 2) {
            throw new SynmapException("convert: expected <in> <out>, got " + args.positional().size() + " arguments");
        }
        Morphology m = engine.readMorphology(args.positional().get(0));
        Path out = engine.writeMorphology(m, Path.of(args.positional().get(1)));
        return "wrote " + out + " (" + m.sections().size() + " sections, " + m.pointCount() + " points)";
    }

    public String embed(String... argv) {
        Args args = args("embed", argv);
        String morphology = args.get("morphology", null);
        if (morphology == null) {
            morphology = args.onePositional("morphology (or --morphology)");
        } else if (!args.positional().isEmpty()) {
            throw new SynmapException("embed: unexpected arguments " + String.join(" ", args.positional()));
        }
        String data = required(args, "data", "embed");
        String cellType = required(args, "cell-type", "embed");
        return runEmbed(args, data, morphology, cellType);
    }

    public String demo(String... argv) {
        Args args = args("demo", argv);
        if (!args.positional().isEmpty()) {
            throw new SynmapException("demo: unexpected arguments " + String.join(" ", args.positional()));
        }
        return runEmbed(args, DEMO_DATA, DEMO_MORPHOLOGY, DEMO_CELL_TYPE);
    }

    public String exportIsf(String... argv) {
        Args args = args("export-isf", argv);
        String source = required(args, "source", "export-isf");
        Path out = Path.of(required(args, "out", "export-isf"));
        Map<String, String> params = new LinkedHashMap<>(args.pairs("param"));
        for (String p : List.of("seed", "scale", "densities", "spacing")) {
            String v = args.get(p, null);
            if (v != null) {
                putShortcut(params, p, v, "export-isf");
            }
        }
        long t0 = System.nanoTime();
        AnatomicalModel model = engine.openModel(source, params);
        List<Path> files = engine.exportModel(model, "isf", out);
        return String.format(Locale.ROOT, "wrote %d files of %s into %s in %.1f s", files.size(), model.name(), out,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Times loading, precomputation, single samples and a whole job (see
     * {@link SynmapEngine#benchmark}); by default the built-in L5tt cell in the full synthetic
     * barrel cortex, 50 samples, 3 repeats, all processors.
     */
    public String bench(String... argv) {
        Args args = args("bench", argv);
        if (!args.positional().isEmpty()) {
            throw new SynmapException("bench: unexpected arguments " + String.join(" ", args.positional()));
        }
        BenchJob job = new BenchJob(args.get("data", DEMO_DATA), args.pairs("data-param"),
                args.get("morphology", DEMO_MORPHOLOGY), args.get("cell-type", DEMO_CELL_TYPE), args.get("model", null),
                args.pairs("param"), args.getInt("samples", 50), args.getInt("repeats", 3),
                args.getInt("threads", Runtime.getRuntime().availableProcessors()), args.getLong("seed", DEFAULT_SEED));
        return engine.benchmark(job, ConsoleProgress.onStderr()).format();
    }

    private String runEmbed(Args args, String data, String morphology, String cellType) {
        Map<String, String> modelParams = new LinkedHashMap<>(args.pairs("param"));
        String sampler = args.get("sampler", null);
        if (sampler != null) {
            putShortcut(modelParams, "sampler", sampler, args.command());
        }
        List<String> formats = new ArrayList<>();
        for (String f : args.get("format", "isf").split(",")) {
            if (!f.isBlank()) {
                formats.add(f.trim());
            }
        }
        String out = args.get("out", null);
        EmbedJob job = new EmbedJob(data, args.pairs("data-param"), morphology, cellType, args.get("model", null),
                modelParams, args.getInt("samples", 50), args.getLong("seed", DEFAULT_SEED),
                args.getInt("threads", Runtime.getRuntime().availableProcessors()),
                out != null ? Path.of(out) : null, args.flag("all-realizations"), formats, args.flag("landmarks"));
        EmbedOutcome o = engine.embed(job, ConsoleProgress.onStderr());
        return report(job, o);
    }

    static String report(EmbedJob job, EmbedOutcome o) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE", "SYNAPSES", "CONNECTED CELLS", "APICAL", "BASAL", "SOMA"});
        int syn = 0, con = 0, ap = 0, ba = 0, so = 0;
        for (SummaryRow r : o.perType()) {
            rows.add(new String[] {r.type(), Integer.toString(r.synapses()), Integer.toString(r.connected()),
                Integer.toString(r.apicalSynapses()), Integer.toString(r.basalSynapses()),
                Integer.toString(r.somaSynapses())});
            syn += r.synapses();
            con += r.connected();
            ap += r.apicalSynapses();
            ba += r.basalSynapses();
            so += r.somaSynapses();
        }
        rows.add(new String[] {"total", Integer.toString(syn), Integer.toString(con), Integer.toString(ap),
            Integer.toString(ba), Integer.toString(so)});
        return String.format(Locale.ROOT,
                "%s as %s: %d samples, seed %d, representative sample %d%s%nprecompute %.2f s, sampling %.2f s%n%s%noutputs in %s",
                job.morphology(), job.cellType(), o.samples(), o.seed(), o.representative(),
                o.withinTwoSd() ? "" : " (none within +-2 SD; closest to the mean)", o.precomputeSeconds(),
                o.samplingSeconds(), Table.render(rows), o.directory());
    }

    /** Adds the value of {@code --name}, a shortcut for {@code --param name=value}; giving both is an error. */
    private static void putShortcut(Map<String, String> params, String name, String value, String command) {
        String viaParam = params.putIfAbsent(name, value);
        if (viaParam != null) {
            throw new SynmapException(command + ": --" + name + " " + value + " and --param " + name + "=" + viaParam
                    + " both set " + name + "; give one");
        }
    }

    private static String required(Args args, String name, String command) {
        String v = args.get(name, null);
        if (v == null) {
            throw new SynmapException(command + ": --" + name + " is required");
        }
        return v;
    }
}
