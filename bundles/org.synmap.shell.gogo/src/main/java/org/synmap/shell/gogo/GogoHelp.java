package org.synmap.shell.gogo;

/**
 * Each command's help as picocli generates it, without the installed plugins' parameters: the
 * {@code @Descriptor} texts of {@link SynmapCommands}, which Gogo's {@code help synmap:embed}
 * prints. Annotation values must be compile-time constants, so the text is kept here;
 * GogoHelpTest fails when it differs from picocli's, and prints the text to paste.
 */
final class GogoHelp {
    private GogoHelp() {
    }

    static final String PLUGINS = ""
            + "Usage: synmap plugins [-h] [--verbose]\n"
            + "list every installed reader, source, model and writer, and conflicts between plugins that claim one\n"
            + "name or extension\n"
            + "  -h, --help      show this help\n"
            + "      --verbose   print the stack trace of an error";

    static final String INSPECT = ""
            + "Usage: synmap inspect [-h] [--json] [--verbose] [--reader-param=key=value]... <file>\n"
            + "a morphology: sections, points and length per structure, bounding box, the reader's warnings;\n"
            + "a realization (.syn with its .con): synapses and connected cells per type\n"
            + "      <file>      a morphology file, builtin:<name>, or a .syn file\n"
            + "  -h, --help      show this help\n"
            + "      --json      print JSON\n"
            + "      --reader-param=key=value\n"
            + "                  a parameter of the morphology reader (repeatable), e.g. rules=neuron for hoc\n"
            + "      --verbose   print the stack trace of an error";

    static final String CONVERT = ""
            + "Usage: synmap convert [-h] [--verbose] [--reader-param=key=value]... <in> <out>\n"
            + "convert a morphology; the writer is chosen by the target's extension\n"
            + "      <in>        a morphology file, or builtin:<name>\n"
            + "      <out>       the file to write (.hoc, .swc, ...)\n"
            + "  -h, --help      show this help\n"
            + "      --reader-param=key=value\n"
            + "                  a parameter of the morphology reader (repeatable), e.g. rules=neuron for hoc\n"
            + "      --verbose   print the stack trace of an error";

    static final String EMBED = ""
            + "Usage: synmap embed [-h] [--all-realizations] [--landmarks] [--overwrite] [--plots] [--report]\n"
            + "                    [--verbose] --cell-type=<type> [--data=<data>] [--format=<f>[,<f>...]]\n"
            + "                    [--model=<name>] [--morphology=<m>] [--out=<dir>] [--sampler=<name>]\n"
            + "                    [--samples=<n>] [--seed=<seed>] [--threads=<n>] [--data-param=key=value]...\n"
            + "                    [--param=key=value]... [--reader-param=key=value]... [<morphology>]\n"
            + "embed a morphology into a connectome model: draw samples, write the representative one (and with\n"
            + "--all-realizations every one) in the chosen formats\n"
            + "      [<morphology>]       a .hoc or .swc file, or builtin:<name>\n"
            + "      --all-realizations   also write every sample into realizations/sample_NNN/\n"
            + "      --cell-type=<type>   the postsynaptic cell type, e.g. L5tt\n"
            + "      --data=<data>        the model's data: an ISF-layout folder or a density source's name\n"
            + "                             (barrel-cortex), a file (other models); omit for models that take none\n"
            + "      --data-param=key=value\n"
            + "                           a parameter of the density source (repeatable)\n"
            + "      --format=<f>[,<f>...]\n"
            + "                           output formats; default isf\n"
            + "  -h, --help               show this help\n"
            + "      --landmarks          also write landmark files where the format supports them\n"
            + "      --model=<name>       the connectome model; default: the best-ranked installed one\n"
            + "      --morphology=<m>     the morphology, instead of the argument\n"
            + "      --out=<dir>          output folder; default: ISF's naming next to the morphology\n"
            + "      --overwrite          replace a run already in --out, as a whole; without it such a folder is\n"
            + "                             refused\n"
            + "      --param=key=value    a parameter of the connectome model (repeatable; see the model\n"
            + "                             parameters below)\n"
            + "      --plots              also write figures for papers into plots/ (the format 'plots'): SVG and\n"
            + "                             PNG\n"
            + "      --reader-param=key=value\n"
            + "                           a parameter of the morphology reader (repeatable), e.g. rules=neuron for\n"
            + "                             hoc\n"
            + "      --report             also write report.html (the format 'report'): 3D view, charts and the\n"
            + "                             run's facts, in one file that opens offline\n"
            + "      --sampler=<name>     alias of --param sampler=<name>, for models that declare a sampler\n"
            + "                             parameter (barrel-cortex: fast, isf-replay)\n"
            + "      --samples=<n>        samples (realizations) to draw; default 50\n"
            + "      --seed=<seed>        the seed; the same seed gives byte-identical outputs; default 1\n"
            + "      --threads=<n>        worker threads (speed only, never results); default: all processors\n"
            + "      --verbose            print the stack trace of an error";

    static final String DEMO = ""
            + "Usage: synmap demo [-h] [--overwrite] [--verbose] [--out=<dir>] [--sampler=<name>] [--samples=<n>]\n"
            + "                   [--seed=<seed>] [--threads=<n>] [--param=key=value]...\n"
            + "embed the built-in L5tt neuron (builtin:l5tt-c2) into the synthetic barrel cortex; outputs in\n"
            + "synmap-out/l5tt-c2_synapses_<time>_<pid>/ unless --out is given\n"
            + "  -h, --help              show this help\n"
            + "      --out=<dir>         output folder; default: ISF's naming next to the morphology\n"
            + "      --overwrite         replace a run already in --out, as a whole; without it such a folder is\n"
            + "                            refused\n"
            + "      --param=key=value   a parameter of the connectome model (repeatable; see the model parameters\n"
            + "                            below)\n"
            + "      --sampler=<name>    alias of --param sampler=<name>, for models that declare a sampler\n"
            + "                            parameter (barrel-cortex: fast, isf-replay)\n"
            + "      --samples=<n>       samples (realizations) to draw; default 50\n"
            + "      --seed=<seed>       the seed; the same seed gives byte-identical outputs; default 1\n"
            + "      --threads=<n>       worker threads (speed only, never results); default: all processors\n"
            + "      --verbose           print the stack trace of an error";

    static final String EXPORT_ISF = ""
            + "Usage: synmap export-isf [-h] [--verbose] [--densities=<N>] --out=<dir> [--scale=<F>] [--seed=<S>]\n"
            + "                         --source=<name> [--spacing=<UM>] [--param=key=value]...\n"
            + "write a density source's model in ISF's folder layout\n"
            + "      --densities=<N>     shortcut for --param densities=N\n"
            + "  -h, --help              show this help\n"
            + "      --out=<dir>         the folder to write\n"
            + "      --param=key=value   a parameter of the density source (repeatable)\n"
            + "      --scale=<F>         shortcut for --param scale=F\n"
            + "      --seed=<S>          shortcut for --param seed=S\n"
            + "      --source=<name>     the density source, e.g. synthetic-barrel-cortex\n"
            + "      --spacing=<UM>      shortcut for --param spacing=UM\n"
            + "      --verbose           print the stack trace of an error";

    static final String BENCH = ""
            + "Usage: synmap bench [-h] [--verbose] [--cell-type=<type>] [--data=<data>] [--format=<f>[,<f>...]]\n"
            + "                    [--model=<name>] [--morphology=<m>] [--repeats=<n>] [--samples=<n>]\n"
            + "                    [--seed=<seed>] [--threads=<n>] [--data-param=key=value]...\n"
            + "                    [--param=key=value]...\n"
            + "time load + precompute, one sample, and all samples end to end\n"
            + "      --cell-type=<type>   the postsynaptic cell type; default L5tt\n"
            + "      --data=<data>        an ISF-layout folder or a density source's name; default\n"
            + "                             synthetic-barrel-cortex\n"
            + "      --data-param=key=value\n"
            + "                           a parameter of the density source (repeatable)\n"
            + "      --format=<f>[,<f>...]\n"
            + "                           output formats of the whole job; each is also timed alone on one\n"
            + "                             realization; default isf\n"
            + "  -h, --help               show this help\n"
            + "      --model=<name>       the connectome model; default: the best-ranked installed one\n"
            + "      --morphology=<m>     the morphology; default builtin:l5tt-c2\n"
            + "      --param=key=value    a parameter of the connectome model (repeatable)\n"
            + "      --repeats=<n>        repeats of the whole measurement; default 3\n"
            + "      --samples=<n>        samples; default 50\n"
            + "      --seed=<seed>        the seed; default 1\n"
            + "      --threads=<n>        worker threads; default: all processors\n"
            + "      --verbose            print the stack trace of an error";

    static final String REPORT = ""
            + "Usage: synmap report [-h] [--verbose] [--format=<f>] <folder>\n"
            + "write report.html for an existing output folder, from its .syn/.con, run.json and the morphology\n"
            + "run.json names\n"
            + "      <folder>       an output folder of embed or demo\n"
            + "      --format=<f>   the output format to write; default report\n"
            + "  -h, --help         show this help\n"
            + "      --verbose      print the stack trace of an error";

    static final String BATCH = "stale";
}
