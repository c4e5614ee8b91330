package org.synmap.morphology.hoc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * Reads hoc morphologies by one of the rule sets of {@link HocRules}: ISF's hoc subset
 * (isf-spec §2.1), NEURON-style files, or {@link HocRules#AUTO} (ISF's rules, NEURON's where
 * ISF's fail or would silently drop data). Axon sections are skipped; section ids are 0-based
 * in file order (ISF) or creation order (NEURON).
 *
 * <p>The morphology carries the reader's warnings ({@link Morphology#warnings()}): ignored
 * statements, guessed labels, and, first, which rules were used when AUTO fell back to NEURON's.
 */
@Component(service = MorphologyReader.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_READER, name = "hoc", extensions = "hoc", description = "NEURON hoc "
        + "morphologies: ISF's dialect and NEURON style")
public final class HocReader implements MorphologyReader {
    private final HocRules rules;
    private final boolean strict;

    /** A reader with the default rules {@link HocRules#AUTO}, not strict. */
    public HocReader() {
        this(HocRules.AUTO, false);
    }

    public HocReader(HocRules rules) {
        this(rules, false);
    }

    /**
     * @param rules  the rule set
     * @param strict refuse NEURON-style sections whose names tell no structure (otherwise they are
     *               read as Dendrite with a warning)
     */
    public HocReader(HocRules rules, boolean strict) {
        this.rules = Objects.requireNonNull(rules);
        this.strict = strict;
    }

    /** The parameter choosing the rules: {@code auto}, {@code isf} or {@code neuron}. */
    public static final String RULES = "rules";
    /** The parameter refusing NEURON-style sections whose names tell no structure. */
    public static final String STRICT = "strict";
    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.choice(RULES, "auto", "which hoc rules to apply: isf (ISF's reader exactly), neuron (NEURON-style"
                    + " files, section arrays), auto (ISF's rules, NEURON's where ISF's fail or would drop data)",
                    "auto", "isf", "neuron"),
            Parameter.bool(STRICT, false, "refuse NEURON-style sections whose names are not soma, dend, basal, apic"
                    + " or axon (otherwise read as Dendrite with a warning)"));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    /** Reads a file with the rules its parameters name. */
    @Override
    public Morphology read(Path file, Parameters parameters) throws IOException {
        HocRules chosen = switch (parameters.text(RULES)) {
            case "isf" -> HocRules.ISF;
            case "neuron" -> HocRules.NEURON;
            default -> HocRules.AUTO;
        };
        return read(file, chosen, parameters.bool(STRICT));
    }

    /** Reads a file with this reader's rules; the morphology is named after the file's base name including its extension (as ISF's cell id). */
    @Override
    public Morphology read(Path file) throws IOException {
        return read(file, rules, strict);
    }

    /** Reads a file with the given rules, whatever this reader was made with. */
    public Morphology read(Path file, HocRules rules, boolean strict) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(HocSource.read(in, file.toString()), file.getFileName().toString(), rules, strict);
        }
    }

    /** Reads a stream; {@code name} names the morphology and appears in messages. */
    @Override
    public Morphology read(InputStream in, String name) throws IOException {
        return read(in, name, rules, strict);
    }

    /** Reads a stream with the given rules, whatever this reader was made with. */
    public Morphology read(InputStream in, String name, HocRules rules, boolean strict) throws IOException {
        return read(HocSource.read(in, name), name, rules, strict);
    }

    private static Morphology read(HocSource src, String name, HocRules rules, boolean strict)
            throws InputFormatException {
        return switch (rules) {
            case ISF -> Attempt.isf(src, name).result();
            case NEURON -> Attempt.neuron(src, name, strict).result();
            case AUTO -> auto(src, name, strict);
        };
    }

    /**
     * ISF's reading when it succeeds without ignoring anything. Otherwise the NEURON reading, if
     * that succeeds; else ISF's reading with its warnings, or, when both fail, the error of the
     * rule set that got further into the file.
     */
    private static Morphology auto(HocSource src, String name, boolean strict) throws InputFormatException {
        Attempt isf = Attempt.isf(src, name);
        if (isf.succeeded() && isf.parsed().warnings().isEmpty()) {
            return isf.morphology();
        }
        Attempt neuron = Attempt.neuron(src, name, strict);
        if (!neuron.succeeded()) {
            if (isf.succeeded()) {
                return isf.morphology();
            }
            throw neuron.progress() > isf.progress()
                    ? annotate(neuron.error(), "read with NEURON rules, which get further into this file than ISF's")
                    : isf.error();
        }
        List<String> why = new ArrayList<>();
        if (isf.succeeded()) {
            why.add(src.warning(0, "read with NEURON rules: ISF's hoc reader would ignore data in this file (see the next"
                    + " warnings), so its section ids can differ from ISF's"));
            why.addAll(isf.parsed().warnings());
        } else {
            why.add(src.warning(0, "read with NEURON rules: ISF's hoc reader fails on this file ("
                    + isf.error().getMessage() + ")"));
        }
        why.addAll(neuron.morphology().warnings());
        Morphology m = neuron.morphology();
        return new Morphology(m.name(), m.sections(), why);
    }

    private static InputFormatException annotate(InputFormatException e, String note) {
        String prefix = e.line() > 0 ? e.file() + ":" + e.line() + ": " : e.file() + ": ";
        InputFormatException annotated = new InputFormatException(e.file(), e.line(),
                e.getMessage().substring(prefix.length()) + " (" + note + ")");
        annotated.initCause(e);
        return annotated;
    }

    /** One reading by one rule set: its morphology or its error, and how far it got into the file. */
    private record Attempt(Morphology morphology, ParsedHoc parsed, InputFormatException error, int progress) {

        static Attempt isf(HocSource src, String name) {
            Progress progress = new Progress();
            try {
                ParsedHoc parsed = IsfHocParser.parse(src, progress);
                return new Attempt(HocAssembler.assemble(parsed, src, name), parsed, null, progress.line());
            } catch (InputFormatException e) {
                return new Attempt(null, null, e, progress.line());
            }
        }

        static Attempt neuron(HocSource src, String name, boolean strict) {
            Progress progress = new Progress();
            try {
                ParsedHoc parsed = NeuronHocParser.parse(src, strict, progress);
                return new Attempt(HocAssembler.assemble(parsed, src, name), parsed, null, progress.line());
            } catch (InputFormatException e) {
                return new Attempt(null, null, e, progress.line());
            }
        }

        boolean succeeded() { return error == null; }

        Morphology result() throws InputFormatException {
            if (error != null) {
                throw error;
            }
            return morphology;
        }
    }
}
