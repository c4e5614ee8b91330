package org.synmap.output.isf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.InputFormatException;
import org.synmap.output.api.RealizationReader;

/**
 * Reads an ISF realization: a {@code .syn} (isf-spec §2.7) and the {@code .con} of the same base
 * name beside it (§2.8). Like ISF's own readers it skips blank lines and {@code #} lines and
 * splits data lines on TABs; it also checks the invariants of §1.11 and reports the first
 * violation as {@code file:line: what was expected}.
 *
 * <p>Blocks are in order of first appearance in the {@code .syn}; a synapse's id is its index
 * among the {@code .syn} lines of its type T ({@code type_area}, split at the first {@code _}).
 * Cell ranks come from the {@code .con} rows, matched by (T, synapse id). The files hold no
 * point index, structure or coordinates: those are -1, null and NaN.
 */
@Component(service = RealizationReader.class)
@SynmapPlugin(kind = SynmapPlugin.REALIZATION_READER, name = "isf", extensions = "syn",
        description = "ISF's .syn with the .con beside it")
public final class IsfRealizationReader implements RealizationReader {
    /** A decimal number as Python's {@code float()} reads it (no hex, no Java suffixes). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_NEGATIVE_INT = Pattern.compile("\\d{1,9}");

    /** The synapses of one T, as read. */
    private static final class Block {
        final String area;
        final String type;
        final List<Integer> sections = new ArrayList<>();
        final List<Double> positions = new ArrayList<>();
        final List<Integer> ranks = new ArrayList<>();

        Block(String area, String type) {
            this.area = area;
            this.type = type;
        }
    }

    @Override
    public Realization read(Path file) throws IOException {
        Path con = conBeside(file);
        if (!Files.isRegularFile(con)) {
            throw new NoSuchFileException(con.toString(), null, "the .con file of " + file + " must lie beside it");
        }
        Map<String, Block> blocks = readSyn(file);
        readCon(con, blocks);
        List<SynapseBlock> out = new ArrayList<>();
        for (Block b : blocks.values()) {
            List<Synapse> synapses = new ArrayList<>(b.sections.size());
            for (int i = 0; i < b.sections.size(); i++) {
                synapses.add(new Synapse(b.sections.get(i), -1, b.positions.get(i), null,
                        Double.NaN, Double.NaN, Double.NaN, b.ranks.get(i), -1));
            }
            out.add(new SynapseBlock(b.area, b.type, synapses));
        }
        return new Realization(0, out);
    }

    /** The {@code .con} path: the {@code .syn}'s name with its extension replaced. */
    static Path conBeside(Path syn) {
        String name = syn.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return syn.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".con");
    }

    /** The first words of ISF's headers (isf-spec §2.7, §2.8): without them, a file is not ISF's. */
    static final String SYN_HEADER = "# Synapse distribution file";
    static final String CON_HEADER = "# Anatomical connectivity realization file";

    private static Map<String, Block> readSyn(Path file) throws IOException {
        Map<String, Block> blocks = new LinkedHashMap<>();
        forEachLine(file, (lineNo, line) -> {
            String[] f = fields(file, lineNo, line, "<type>_<area>, section id and x");
            if (f == null) {
                return;
            }
            Block b = blocks.get(f[0]);
            if (b == null) {
                b = newBlock(file, lineNo, f[0]);
                blocks.put(f[0], b);
            }
            b.sections.add(nonNegativeInt(file, lineNo, f[1], "section id"));
            b.positions.add(position(file, lineNo, f[2]));
        });
        return blocks;
    }

    /**
     * Assigns cell ranks from the {@code .con}: within each T, rows must name synapse ids
     * 0, 1, 2, … in order and cell ids that start at 0 and grow by 0 or 1 (§1.11), and there must be
     * exactly one row per {@code .syn} synapse.
     */
    private static void readCon(Path file, Map<String, Block> blocks) throws IOException {
        forEachLine(file, (lineNo, line) -> {
            String[] f = fields(file, lineNo, line, "<type>_<area>, cell id and synapse id");
            if (f == null) {
                return;
            }
            Block b = blocks.get(f[0]);
            if (b == null) {
                throw new InputFormatException(file.toString(), lineNo, "type " + f[0] + " has no synapses in the .syn");
            }
            int cell = nonNegativeInt(file, lineNo, f[1], "cell id");
            int synapse = nonNegativeInt(file, lineNo, f[2], "synapse id");
            int expected = b.ranks.size();
            if (expected == b.sections.size()) {
                throw new InputFormatException(file.toString(), lineNo, f[0] + " has only " + expected
                        + " synapses in the .syn, this row is one more");
            }
            if (synapse != expected) {
                throw new InputFormatException(file.toString(), lineNo, "expected synapse id " + expected + " of "
                        + f[0] + " (ids run 0, 1, 2, ... in order), got " + synapse);
            }
            int last = expected == 0 ? -1 : b.ranks.get(expected - 1);
            if (cell != last && cell != last + 1) {
                throw new InputFormatException(file.toString(), lineNo, "expected cell id " + Math.max(last, 0)
                        + (last >= 0 ? " or " + (last + 1) : "") + " for " + f[0]
                        + " (connected cells are numbered 0, 1, 2, ... in order), got " + cell);
            }
            b.ranks.add(cell);
        });
        for (Map.Entry<String, Block> e : blocks.entrySet()) {
            Block b = e.getValue();
            if (b.ranks.size() != b.sections.size()) {
                throw new InputFormatException(file.toString(), 0, e.getKey() + " has " + b.sections.size()
                        + " synapses in the .syn but " + b.ranks.size() + " rows here");
            }
        }
    }

    /** What to do with one line of a file. */
    @FunctionalInterface
    private interface LineHandler {
        void line(int lineNo, String line) throws IOException;
    }

    /**
     * Hands every line to {@code handler}, numbered from 1. Bytes that are not UTF-8 are an error
     * naming the file (the decoder reads ahead, so the line is not known).
     */
    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        String header = file.toString().endsWith(".con") ? CON_HEADER : SYN_HEADER;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null;) {
                handler.line(++lineNo, line);
            }
            if (lineNo == 0) { // ISF writes its header even without synapses: an empty file is a damaged one
                throw new InputFormatException(file.toString(), 0, "expected ISF's header '" + header + "' on line 1;"
                        + " the file is empty");
            }
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file.toString(), 0, "is not UTF-8 text");
        }
    }

    /** The three TAB-separated fields of a data line, or null for a blank or comment line. */
    private static String[] fields(Path file, int lineNo, String line, String what) throws InputFormatException {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        String[] f = s.split("\t", -1);
        if (f.length != 3) {
            throw new InputFormatException(file.toString(), lineNo, "expected 3 TAB-separated fields (" + what
                    + "), got " + f.length + ": '" + s + "'");
        }
        return f;
    }

    private static Block newBlock(Path file, int lineNo, String label) throws InputFormatException {
        int cut = label.indexOf('_');
        if (label.isEmpty() || cut == 0 || cut == label.length() - 1) {
            throw new InputFormatException(file.toString(), lineNo, "expected a synapse type <type>_<area> or "
                    + "<population>, got '" + label + "'");
        }
        if (cut < 0) { // a model without areas: the label is the population's name
            return new Block("", label);
        }
        return new Block(label.substring(cut + 1), label.substring(0, cut));
    }

    private static int nonNegativeInt(Path file, int lineNo, String s, String what) throws InputFormatException {
        if (!NON_NEGATIVE_INT.matcher(s).matches()) {
            throw new InputFormatException(file.toString(), lineNo, "expected a " + what
                    + " (a non-negative integer), got '" + s + "'");
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new InputFormatException(file.toString(), lineNo, "expected a " + what + " below 2^31, got '" + s + "'");
        }
    }

    private static double position(Path file, int lineNo, String s) throws InputFormatException {
        double x = DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
        if (!(x >= 0.0 && x <= 1.0)) {
            throw new InputFormatException(file.toString(), lineNo, "expected a position x in [0, 1], got '" + s + "'");
        }
        return x;
    }
}
