package org.synmap.connectome.rules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Structure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A rules file, checked: the postsynaptic types it serves and its presynaptic populations. Every
 * error is one line naming the file and the JSON path of the offending value.
 *
 * @param postsynapticTypes the cell types this file describes inputs of
 * @param populations       the presynaptic populations, in file order
 */
record Rules(List<String> postsynapticTypes, List<Rules.PopulationRule> populations) {

    /**
     * One presynaptic population.
     *
     * @param name                  its name: the type column of the .syn file
     * @param cells                 number of presynaptic cells
     * @param excitatory            whether its synapses are excitatory
     * @param synapsesPerUm         synapse density per µm of each structure
     * @param windowUm              the path-distance window [from, to) in µm, or null for all
     * @param synapsesPerConnection mean synapses per connection, m ≥ 1
     */
    record PopulationRule(String name, int cells, boolean excitatory, Map<Structure, Double> synapsesPerUm,
            double[] windowUm, double synapsesPerConnection) {
    }

    private static final Set<String> TOP_KEYS = Set.of("postsynapticTypes", "populations");
    private static final Set<String> POPULATION_KEYS = Set.of("name", "cells", "excitatory", "synapsesPerUm",
            "pathDistanceUm", "synapsesPerConnection");

    /** Reads and checks a rules file. */
    static Rules read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(utf8(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputFormatException(file.toString(), at == null ? 0 : at.getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InputFormatException(file.toString(), 0, "expected a JSON object, found an empty file");
        }
        return parse(root, new Errors(file));
    }

    /**
     * The file as UTF-8 text, strictly: JSON is UTF-8 (RFC 8259), and a parser that guesses the
     * encoding turns damaged bytes into errors of the wrong kind.
     */
    private static String utf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputFormatException(file.toString(), line, "expected UTF-8 text (JSON is UTF-8), found a"
                    + " byte sequence that is not UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString().replace("\uFEFF", "");
    }

    /** Raises errors that name the file and the JSON path. */
    private record Errors(Path file) {
        IllegalArgumentException at(String path, String expected) {
            return new IllegalArgumentException(file + ": " + path + ": " + expected);
        }
    }

    private static Rules parse(JsonNode root, Errors errors) {
        object(root, "(top level)", TOP_KEYS, errors);
        JsonNode types = root.get("postsynapticTypes");
        if (types == null || !types.isArray() || types.isEmpty()) {
            throw errors.at("postsynapticTypes", "expected a non-empty list of cell type names");
        }
        List<String> postTypes = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            postTypes.add(text(types.get(i), "postsynapticTypes[" + i + "]", errors));
        }
        JsonNode pops = root.get("populations");
        if (pops == null || !pops.isArray() || pops.isEmpty()) {
            throw errors.at("populations", "expected a non-empty list of populations");
        }
        List<PopulationRule> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < pops.size(); i++) {
            String at = "populations[" + i + "]";
            JsonNode p = pops.get(i);
            object(p, at, POPULATION_KEYS, errors);
            String name = text(p.get("name"), at + ".name", errors);
            if (!names.add(name)) {
                throw errors.at(at + ".name", "expected a name no other population has, found '" + name + "' again");
            }
            if (name.contains("_") || name.chars().anyMatch(Character::isWhitespace)) {
                throw errors.at(at + ".name", "expected a name without '_' or white space (ISF's .syn reads"
                        + " <type>_<area>), found '" + name + "'");
            }
            JsonNode cells = p.get("cells");
            if (cells == null || !cells.isIntegralNumber() || !cells.canConvertToInt() || cells.asInt() < 1) {
                throw errors.at(at + ".cells", "expected a whole number ≥ 1");
            }
            JsonNode exc = p.get("excitatory");
            if (exc == null || !exc.isBoolean()) {
                throw errors.at(at + ".excitatory", "expected true or false");
            }
            JsonNode densities = p.get("synapsesPerUm");
            if (densities == null || !densities.isObject() || densities.isEmpty()) {
                throw errors.at(at + ".synapsesPerUm", "expected an object of densities by structure (Soma,"
                        + " Dendrite, ApicalDendrite)");
            }
            Map<Structure, Double> perUm = new EnumMap<>(Structure.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = densities.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Structure s;
                try {
                    s = Structure.ofLabel(e.getKey());
                } catch (IllegalArgumentException unknown) {
                    throw errors.at(at + ".synapsesPerUm." + e.getKey(), "unknown structure; expected Soma, Dendrite"
                            + " or ApicalDendrite");
                }
                perUm.put(s, number(e.getValue(), at + ".synapsesPerUm." + e.getKey(), 0, "≥ 0", errors));
            }
            double[] window = null;
            JsonNode w = p.get("pathDistanceUm");
            if (w != null) {
                if (!w.isArray() || w.size() != 2) {
                    throw errors.at(at + ".pathDistanceUm", "expected [from, to] in µm");
                }
                double from = number(w.get(0), at + ".pathDistanceUm[0]", 0, "≥ 0", errors);
                double to = number(w.get(1), at + ".pathDistanceUm[1]", 0, "≥ 0", errors);
                if (!(to > from)) {
                    throw errors.at(at + ".pathDistanceUm", "expected from < to, found [" + from + ", " + to + "]");
                }
                window = new double[] {from, to};
            }
            double m = number(p.get("synapsesPerConnection"), at + ".synapsesPerConnection", 1, "≥ 1", errors);
            out.add(new PopulationRule(name, cells.asInt(), exc.asBoolean(), perUm, window, m));
        }
        return new Rules(List.copyOf(postTypes), List.copyOf(out));
    }

    private static void object(JsonNode node, String at, Set<String> keys, Errors errors) {
        if (node == null || !node.isObject()) {
            throw errors.at(at, "expected an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw errors.at(at.equals("(top level)") ? key : at + "." + key, "unknown key; expected one of "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String at, Errors errors) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw errors.at(at, "expected a non-empty string");
        }
        return node.asText();
    }

    private static double number(JsonNode node, String at, double min, String what, Errors errors) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < min) {
            throw errors.at(at, "expected a number " + what);
        }
        return node.asDouble();
    }
}
