package org.synmap.morphology.hoc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.MorphologyReader;
import org.synmap.plugin.api.Parameter;
import org.synmap.plugin.api.Parameters;

/**
 * Reads hoc morphologies: ISF's hoc subset by ISF's rules (isf-spec §2.1), falling back to
 * NEURON-style statements only where ISF's rules fail or would silently drop data (see
 * {@link HocMode}). Axon sections are skipped; section ids are 0-based in file order.
 *
 * <p>The morphology carries the reader's warnings ({@link Morphology#warnings()}): ignored
 * statements, dropped sections, which rules were used.
 */
@Component(service = MorphologyReader.class)
@SynmapPlugin(kind = SynmapPlugin.MORPHOLOGY_READER, name = "hoc", extensions = "hoc", description = "NEURON hoc "
        + "morphologies: ISF's dialect and NEURON style")
public final class HocReader implements MorphologyReader {
    private final HocMode mode;

    /** A reader with the default mode {@link HocMode#ISF_THEN_NEURON}. */
    public HocReader() {
        this(HocMode.ISF_THEN_NEURON);
    }

    public HocReader(HocMode mode) {
        this.mode = Objects.requireNonNull(mode);
    }

    /** The parameter choosing the rules: {@code auto}, {@code isf} or {@code neuron}. */
    public static final String RULES = "rules";
    private static final List<Parameter> PARAMETERS = List.of(Parameter.choice(RULES, "auto", "which hoc rules to "
            + "apply: isf (ISF's reader exactly), neuron (NEURON-style files), auto (ISF's rules, NEURON's where ISF's "
            + "fail or would drop data)", "auto", "isf", "neuron"));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    /** Reads a file with the rules its parameters name. */
    @Override
    public Morphology read(Path file, Parameters parameters) throws IOException {
        HocMode rules = switch (parameters.text(RULES)) {
            case "isf" -> HocMode.ISF;
            case "neuron" -> HocMode.NEURON;
            default -> HocMode.ISF_THEN_NEURON;
        };
        return new HocReader(rules).read(file);
    }

    /** Reads a file; the morphology is named after the file's base name including its extension (as ISF's cell id). */
    @Override
    public Morphology read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(HocSource.read(in, file.toString()), file.getFileName().toString());
        }
    }

    /** Reads a stream; {@code name} names the morphology and appears in messages. */
    @Override
    public Morphology read(InputStream in, String name) throws IOException {
        return read(HocSource.read(in, name), name);
    }

    private Morphology read(HocSource src, String name) throws InputFormatException {
        return switch (mode) {
            case ISF -> HocAssembler.assemble(IsfHocParser.parse(src), src, name);
            case NEURON -> HocAssembler.assemble(NeuronHocParser.parse(src), src, name);
            case ISF_THEN_NEURON -> isfThenNeuron(src, name);
        };
    }

    /**
     * ISF's reading when it succeeds without ignoring anything. Otherwise the NEURON reading,
     * if that succeeds; else ISF's outcome (its error, or its reading with the warnings).
     */
    private static Morphology isfThenNeuron(HocSource src, String name) throws InputFormatException {
        ParsedHoc parsed;
        Morphology isf;
        try {
            parsed = IsfHocParser.parse(src);
            isf = HocAssembler.assemble(parsed, src, name);
        } catch (InputFormatException isfError) {
            Optional<Morphology> neuron = neuron(src, name);
            if (neuron.isEmpty()) {
                throw isfError;
            }
            return prepend(List.of(src.warning(0, "ISF's hoc reader fails on this file (" + isfError.getMessage()
                    + "); it was read with NEURON rules instead")), neuron.get());
        }
        if (parsed.warnings().isEmpty()) {
            return isf;
        }
        Optional<Morphology> neuron = neuron(src, name);
        if (neuron.isEmpty()) {
            return isf;
        }
        List<String> why = new ArrayList<>();
        why.add(src.warning(0, "ISF's hoc reader would ignore data in this file (see the next warnings); it was read"
                + " with NEURON rules instead, so its section ids can differ from ISF's"));
        why.addAll(parsed.warnings());
        return prepend(why, neuron.get());
    }

    private static Optional<Morphology> neuron(HocSource src, String name) {
        try {
            return Optional.of(HocAssembler.assemble(NeuronHocParser.parse(src), src, name));
        } catch (InputFormatException e) {
            return Optional.empty();
        }
    }

    private static Morphology prepend(List<String> first, Morphology m) {
        List<String> warnings = new ArrayList<>(first);
        warnings.addAll(m.warnings());
        return new Morphology(m.name(), m.sections(), warnings);
    }
}
