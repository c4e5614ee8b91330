package org.synmap.engine.core;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;

/**
 * A batch's manifest: a CSV file with a header naming the columns {@code morphology},
 * {@code cell_type}, {@code seed} and optionally {@code samples} and {@code out}, in any order,
 * then one job per row. Fields may be quoted ({@code "a,b"}, {@code ""} for a quote). Blank
 * lines and lines starting with {@code #} are skipped. Errors name the file, the line and what
 * was expected.
 *
 * <p>Each job's folder is derived from its row alone, so that a rerun finds its results:
 * {@code <morphology file name without extension>_<cell type>_seed<seed>} (for
 * {@code builtin:<name>}, the name), unless the row's {@code out} column gives one (relative to
 * the batch's folder). Two rows that would share a folder are an error naming both lines.
 */
final class BatchManifest {
    static final String MORPHOLOGY = "morphology";
    static final String CELL_TYPE = "cell_type";
    static final String SEED = "seed";
    static final String SAMPLES = "samples";
    static final String OUT = "out";
    private static final List<String> REQUIRED = List.of(MORPHOLOGY, CELL_TYPE, SEED);
    private static final List<String> KNOWN = List.of(MORPHOLOGY, CELL_TYPE, SEED, SAMPLES, OUT);

    /**
     * One job of the manifest.
     *
     * @param line       its line in the manifest (1-based)
     * @param morphology the morphology as written in the manifest
     * @param location   the morphology as the engine reads it: an absolute, normalized path, or
     *                   {@code builtin:<name>}
     * @param cellType   the postsynaptic cell type
     * @param seed       the seed
     * @param samples    samples of this job
     * @param folder     the job's folder (absolute)
     */
    record Row(int line, String morphology, String location, String cellType, long seed, int samples, Path folder) {

        /** The job as the user knows it. */
        String label() {
            return morphology + " as " + cellType + ", seed " + seed;
        }

        /** The run id of the job's files: fixed, so that reruns give the same names and bytes. */
        String runId() {
            return "seed" + seed;
        }
    }

    private BatchManifest() {
    }

    /**
     * Reads the manifest.
     *
     * @param manifest       the file
     * @param out            the batch's folder
     * @param defaultSamples samples of rows without a {@code samples} value
     */
    static List<Row> read(Path manifest, Path out, int defaultSamples) {
        Engine.requireRegularFile(manifest, "batch manifest");
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new SynmapException(manifest + ": not UTF-8 text; expected a CSV file with the header "
                    + String.join(",", REQUIRED), e);
        } catch (IOException e) {
            throw new SynmapException(manifest + ": cannot read: " + PluginCalls.message(e), e);
        }
        Path base = manifest.toAbsolutePath().normalize().getParent();
        Path batchDir = out.toAbsolutePath().normalize();
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        Map<Path, Row> byFolder = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = fields(manifest, lineNo, line);
            if (columns == null) {
                columns = header(manifest, lineNo, fields);
                continue;
            }
            Row row = row(manifest, lineNo, fields, columns, base, batchDir, defaultSamples);
            Row earlier = byFolder.putIfAbsent(row.folder(), row);
            if (earlier != null) {
                throw new SynmapException(where(manifest, lineNo) + "this job's folder " + row.folder()
                        + " is also that of line " + earlier.line() + " (" + earlier.label() + "); give one of them"
                        + " another folder in an 'out' column");
            }
            rows.add(row);
        }
        if (columns == null) {
            throw new SynmapException(manifest + ": empty; expected a header " + String.join(",", REQUIRED)
                    + " and one job per line");
        }
        if (rows.isEmpty()) {
            throw new SynmapException(manifest + ": no jobs after the header");
        }
        return rows;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static Map<String, Integer> header(Path manifest, int lineNo, List<String> fields) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            String name = fields.get(c).strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw new SynmapException(where(manifest, lineNo) + "unknown column '" + fields.get(c).strip()
                        + "' in the header; expected " + String.join(",", REQUIRED) + " and optionally "
                        + SAMPLES + ", " + OUT);
            }
            if (columns.put(name, c) != null) {
                throw new SynmapException(where(manifest, lineNo) + "column '" + name + "' appears twice in the header");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new SynmapException(where(manifest, lineNo) + "the header lacks the column '" + required
                        + "'; expected " + String.join(",", REQUIRED) + " (got " + String.join(",", fields) + ")");
            }
        }
        return columns;
    }

    private static Row row(Path manifest, int lineNo, List<String> fields, Map<String, Integer> columns, Path base,
            Path batchDir, int defaultSamples) {
        if (fields.size() != columns.size()) {
            throw new SynmapException(where(manifest, lineNo) + "expected " + columns.size() + " fields ("
                    + String.join(",", columns.keySet()) + "), got " + fields.size());
        }
        String morphology = required(manifest, lineNo, fields, columns, MORPHOLOGY);
        String cellType = required(manifest, lineNo, fields, columns, CELL_TYPE);
        String seedText = required(manifest, lineNo, fields, columns, SEED);
        long seed;
        try {
            seed = Long.parseLong(seedText);
        } catch (NumberFormatException e) {
            throw new SynmapException(where(manifest, lineNo) + "seed '" + seedText + "' is not an integer");
        }
        int samples = defaultSamples;
        String samplesText = optional(fields, columns, SAMPLES);
        if (!samplesText.isEmpty()) {
            try {
                samples = Integer.parseInt(samplesText);
            } catch (NumberFormatException e) {
                throw new SynmapException(where(manifest, lineNo) + "samples '" + samplesText
                        + "' is not an integer");
            }
            if (samples < 1 || samples > EmbedJob.MAX_SAMPLES) {
                throw new SynmapException(where(manifest, lineNo) + "samples must be between 1 and "
                        + EmbedJob.MAX_SAMPLES + ", got " + samples);
            }
        }
        String location;
        String stem;
        if (morphology.startsWith(Engine.BUILTIN_PREFIX)) {
            location = morphology;
            stem = morphology.substring(Engine.BUILTIN_PREFIX.length());
        } else {
            Path p = base.resolve(path(manifest, lineNo, "morphology", morphology)).normalize();
            location = p.toString();
            String file = p.getFileName() == null ? morphology : p.getFileName().toString();
            int dot = file.lastIndexOf('.');
            stem = dot > 0 ? file.substring(0, dot) : file;
        }
        String outText = optional(fields, columns, OUT);
        Path folder;
        if (!outText.isEmpty()) {
            folder = batchDir.resolve(path(manifest, lineNo, "out", outText)).normalize();
            if (folder.equals(batchDir)) {
                throw new SynmapException(where(manifest, lineNo) + "out '" + outText + "' is the batch's folder"
                        + " itself; each job needs its own folder");
            }
            if (!folder.startsWith(batchDir)) {
                // resume, the index and the removal of staging folders all work within --out
                throw new SynmapException(where(manifest, lineNo) + "out '" + outText + "' lies outside the batch's"
                        + " folder " + batchDir + "; give a folder relative to --out, inside it");
            }
        } else {
            folder = batchDir.resolve(safe(stem) + "_" + safe(cellType) + "_seed" + seed);
        }
        return new Row(lineNo, morphology, location, cellType, seed, samples, folder);
    }

    /** A column's text as a path, or an error naming the line (a NUL character, say). */
    private static Path path(Path manifest, int lineNo, String column, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new SynmapException(where(manifest, lineNo) + column + " '" + text.replace("\0", "\\0")
                    + "' is not a valid path: " + e.getReason());
        }
    }

    /** A file-name-safe form: characters other than letters, digits, '.', '-', '_' become '_'. */
    static String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
        }
        String s = b.toString();
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    private static String required(Path manifest, int lineNo, List<String> fields, Map<String, Integer> columns,
            String name) {
        String value = fields.get(columns.get(name)).strip();
        if (value.isEmpty()) {
            throw new SynmapException(where(manifest, lineNo) + "empty " + name);
        }
        return value;
    }

    private static String optional(List<String> fields, Map<String, Integer> columns, String name) {
        Integer c = columns.get(name);
        return c == null ? "" : fields.get(c).strip();
    }

    /** The fields of one CSV line: comma-separated, optionally double-quoted with "" for a quote. */
    static List<String> fields(Path manifest, int lineNo, String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            // leading spaces before a quote are allowed
            int start = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new SynmapException(where(manifest, lineNo) + "a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new SynmapException(where(manifest, lineNo) + "text after a closing quote at column "
                            + (i + 1));
                }
            } else {
                i = start;
                while (i < line.length() && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') {
                        throw new SynmapException(where(manifest, lineNo) + "a quote inside an unquoted field at"
                                + " column " + (i + 1) + "; quote the whole field");
                    }
                    field.append(line.charAt(i++));
                }
            }
            out.add(field.toString());
            if (i >= line.length()) {
                return out;
            }
            i++; // the comma
        }
    }

    private static String where(Path manifest, int lineNo) {
        return manifest + ":" + lineNo + ": ";
    }
}
