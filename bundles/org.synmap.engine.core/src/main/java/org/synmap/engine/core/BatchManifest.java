package org.synmap.engine.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;

/**
 * A batch manifest: CSV with a header naming the columns {@code morphology}, {@code cell_type},
 * {@code seed} and optionally {@code samples} and {@code out}, in any order; one job per row.
 * Empty lines and lines starting with {@code #} are skipped. Every problem names the file and
 * line. Each job's folder is derived from its row alone (the {@code out} column, or morphology,
 * cell type and seed), so a rerun finds its results; two rows may not share a folder.
 */
final class BatchManifest {
    static final String BUILTIN = Engine.BUILTIN_PREFIX;
    private static final List<String> REQUIRED = List.of("morphology", "cell_type", "seed");
    private static final List<String> KNOWN = List.of("morphology", "cell_type", "seed", "samples", "out");

    /** One job: its manifest line, the morphology (a path resolved against the manifest, or builtin:...), and its folder. */
    record Row(int line, String morphology, String cellType, long seed, int samples, String folder) {
    }

    private BatchManifest() {
    }

    static List<Row> read(Path manifest, int defaultSamples) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SynmapException("no such batch manifest: " + manifest);
        } catch (IOException e) {
            throw new SynmapException("cannot read " + manifest + ": " + PluginCalls.message(e), e);
        }
        Path base = manifest.toAbsolutePath().getParent();
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> folders = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String text = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split(",", -1);
            if (columns == null) {
                columns = header(fields, manifest, n);
                continue;
            }
            if (fields.length != columns.size()) {
                throw error(manifest, n, "expected " + columns.size() + " comma-separated fields as in the header,"
                        + " found " + fields.length);
            }
            Row row = row(fields, columns, base, defaultSamples, manifest, n);
            Integer other = folders.putIfAbsent(row.folder(), n);
            if (other != null) {
                throw error(manifest, n, "this job's folder '" + row.folder() + "' is also line " + other
                        + "'s; give one of them an 'out' column or another seed");
            }
            rows.add(row);
        }
        if (columns == null) {
            throw error(manifest, 0, "expected a header line with the columns " + String.join(",", REQUIRED)
                    + "[,samples][,out]; the file is empty");
        }
        if (rows.isEmpty()) {
            throw error(manifest, 0, "expected at least one job after the header; found none");
        }
        return rows;
    }

    private static Map<String, Integer> header(String[] fields, Path manifest, int n) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < fields.length; c++) {
            String name = fields[c].strip().toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw error(manifest, n, "unknown column '" + fields[c].strip() + "': expected " + String.join(", ", KNOWN));
            }
            if (columns.put(name, c) != null) {
                throw error(manifest, n, "column '" + name + "' appears twice");
            }
        }
        for (String r : REQUIRED) {
            if (!columns.containsKey(r)) {
                throw error(manifest, n, "expected the column '" + r + "' in the header (columns: "
                        + String.join(",", REQUIRED) + "[,samples][,out])");
            }
        }
        return columns;
    }

    private static Row row(String[] fields, Map<String, Integer> columns, Path base, int defaultSamples,
            Path manifest, int n) {
        String morphology = field(fields, columns, "morphology", manifest, n);
        String cellType = field(fields, columns, "cell_type", manifest, n);
        long seed = number(field(fields, columns, "seed", manifest, n), "seed", manifest, n, 0, Long.MAX_VALUE);
        int samples = defaultSamples;
        if (columns.containsKey("samples") && !fields[columns.get("samples")].isBlank()) {
            samples = (int) number(fields[columns.get("samples")].strip(), "samples", manifest, n, 1, EmbedJob.MAX_SAMPLES);
        }
        String location = morphology.startsWith(BUILTIN) ? morphology : base.resolve(morphology).normalize().toString();
        String folder;
        if (columns.containsKey("out") && !fields[columns.get("out")].isBlank()) {
            folder = fields[columns.get("out")].strip();
            Path p = Path.of(folder).normalize();
            if (p.isAbsolute() || p.startsWith("..") || folder.isEmpty()) {
                throw error(manifest, n, "expected 'out' to be a folder inside the batch folder, found '" + folder + "'");
            }
            folder = p.toString();
        } else {
            folder = stem(morphology) + "_" + cellType.replaceAll("[^A-Za-z0-9_.-]", "_") + "_seed" + seed;
        }
        return new Row(n, location, cellType, seed, samples, folder);
    }

    /** The morphology's file name without extension (the name after builtin:). */
    private static String stem(String morphology) {
        String name = morphology.startsWith(BUILTIN) ? morphology.substring(BUILTIN.length())
                : Path.of(morphology).getFileName().toString();
        return name.replaceFirst("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String field(String[] fields, Map<String, Integer> columns, String name, Path manifest, int n) {
        String v = fields[columns.get(name)].strip();
        if (v.isEmpty()) {
            throw error(manifest, n, "expected a value in the column '" + name + "'");
        }
        return v;
    }

    private static long number(String text, String what, Path manifest, int n, long min, long max) {
        try {
            long v = Long.parseLong(text);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(manifest, n, "expected " + what + " to be an integer from " + min + " to " + max + ", found '"
                + text + "'");
    }

    private static SynmapException error(Path manifest, int line, String detail) {
        return new SynmapException(line > 0 ? manifest + ":" + line + ": " + detail : manifest + ": " + detail);
    }
}
