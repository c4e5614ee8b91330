package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;

/**
 * The bouton-density folders {@code singleaxon_boutons_ascii/<area>/<type>/*.am} (isf-spec
 * §2.6), checked against the areas and types of {@code nrCells.csv} before any lattice is read:
 * every (area, type) folder must exist, and may be empty only where {@code nrCells.csv} lists no
 * cells of that type in that area (else those cells' synapses would silently vanish); no other
 * folders or files may sit at
 * the area and type levels, and every file must be an {@code .am} lattice. Hidden entries
 * (names starting with a dot) are skipped, as ISF's {@code glob("*")} skips them. File names
 * are sorted (deviation D1; ISF takes the OS directory order, quirk Q11).
 */
final class BoutonFolders {
    /** How many names an error lists per kind of problem. */
    private static final int MAX_LISTED = 12;
    /** Python's sorted() order on str: by code point. */
    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private BoutonFolders() {
    }

    /**
     * @return per area, per type, the lattice files in sorted name order
     * @throws InputFormatException listing every missing folder, every folder or file not in
     *                              {@code nrCells.csv}, and every file that is not {@code .am}
     */
    static Map<String, Map<String, List<Path>>> scan(Path root, List<String> areas, List<String> types,
            java.util.function.ToIntBiFunction<String, String> cells) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new InputFormatException(root.toString(), 0, "folder missing; the ISF layout needs "
                    + IsfLayout.BOUTON_ROOT + "/<area>/<type>/ for every area and type of " + IsfLayout.NR_CELLS);
        }
        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        List<String> notLattices = new ArrayList<>();
        List<String> emptyWithCells = new ArrayList<>();
        collectUnexpected(root, "", areas, unexpected);
        Map<String, Map<String, List<Path>>> files = new LinkedHashMap<>();
        for (String area : areas) {
            Path areaDir = root.resolve(area);
            if (!Files.isDirectory(areaDir)) {
                missing.add(area + "/");
                continue;
            }
            collectUnexpected(areaDir, area + "/", types, unexpected);
            Map<String, List<Path>> byType = new LinkedHashMap<>();
            for (String type : types) {
                Path typeDir = areaDir.resolve(type);
                if (!Files.isDirectory(typeDir)) {
                    missing.add(area + "/" + type + "/");
                    continue;
                }
                List<Path> lattices = new ArrayList<>();
                for (Path entry : visibleEntries(typeDir)) {
                    String name = entry.getFileName().toString();
                    if (Files.isDirectory(entry)) {
                        unexpected.add(area + "/" + type + "/" + name + "/");
                    } else if (name.endsWith(".am") || name.endsWith(".AM")) {
                        lattices.add(entry);
                    } else {
                        notLattices.add(area + "/" + type + "/" + name);
                    }
                }
                int n = cells.applyAsInt(area, type);
                if (lattices.isEmpty() && n > 0) {
                    emptyWithCells.add(area + "/" + type + "/ (" + n + " cells)");
                }
                lattices.sort((a, b) -> CODE_POINT_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()));
                byType.put(type, List.copyOf(lattices));
            }
            files.put(area, byType);
        }
        if (!missing.isEmpty() || !unexpected.isEmpty() || !notLattices.isEmpty() || !emptyWithCells.isEmpty()) {
            List<String> problems = new ArrayList<>();
            describe(problems, "missing folders", missing);
            describe(problems, "no lattices although " + IsfLayout.NR_CELLS + " lists cells", emptyWithCells);
            describe(problems, "not in " + IsfLayout.NR_CELLS, unexpected);
            describe(problems, "not .am lattices", notLattices);
            throw new InputFormatException(root.toString(), 0, "does not match " + IsfLayout.NR_CELLS + ": "
                    + String.join("; ", problems));
        }
        return files;
    }

    /** Adds entries of {@code dir} that are files or folders not named in {@code expected}. */
    private static void collectUnexpected(Path dir, String prefix, List<String> expected, List<String> unexpected)
            throws IOException {
        for (Path entry : visibleEntries(dir)) {
            String name = entry.getFileName().toString();
            if (!Files.isDirectory(entry)) {
                unexpected.add(prefix + name);
            } else if (!expected.contains(name)) {
                unexpected.add(prefix + name + "/");
            }
        }
    }

    private static List<Path> visibleEntries(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        }
        entries.sort((a, b) -> CODE_POINT_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()));
        return entries;
    }

    private static void describe(List<String> problems, String what, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        List<String> shown = names.subList(0, Math.min(MAX_LISTED, names.size()));
        String more = names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "";
        problems.add(what + " (" + names.size() + "): " + String.join(" ", shown) + more);
    }
}
