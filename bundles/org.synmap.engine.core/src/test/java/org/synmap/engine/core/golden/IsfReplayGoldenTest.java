package org.synmap.engine.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.connectome.barrelcortex.BarrelCortexModel;
import org.synmap.density.isf.IsfFolderSource;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.core.Engine;
import org.synmap.lattice.amira.AmiraMeshReader;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.output.isf.IsfWriter;
import org.synmap.test.support.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 5's evidence: for every ISF golden run ({@code isf-golden/runs/seed<S>-samples<N>}),
 * {@code synmap embed --sampler isf-replay --seed S --samples N} through the real engine, on the
 * same dataset and morphology (86_C2_center.hoc as L5tt), writes ISF's files:
 * <ul>
 * <li>the {@code .syn} byte for byte;</li>
 * <li>the {@code .con} byte for byte except its second header line, which quotes the
 * {@code .syn} file name (ISF's holds ISF's timestamp and process id; ours must quote ours);</li>
 * <li>{@code NumberOfConnectedCells.csv}: the same header and the same rows as a set (ISF orders
 * them with an unstable sort, deviation D3);</li>
 * <li>the summary CSV (population, representative and per-column tables) byte for byte;</li>
 * </ul>
 * and chooses ISF's representative sample. When something differs, the message names the first
 * differing line and compares synmap's per-sample totals ({@code run.json}) with ISF's
 * ({@code isf-run.json}), naming the first sample where the replay diverged.
 */
class IsfReplayGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLDEN = "isf-golden";
    private static final String MORPHOLOGY = "isf-data/morphologies/86_C2_center.hoc";

    @TempDir
    static Path out;

    @TestFactory
    Stream<DynamicTest> everyGoldenRunIsReproduced() throws IOException {
        Optional<Path> golden = SharedData.find(GOLDEN);
        Optional<Path> hoc = SharedData.find(MORPHOLOGY);
        if (golden.isEmpty() || hoc.isEmpty()) {
            // One skipped test rather than an aborted factory, which surefire would count as none.
            String missing = golden.isEmpty() ? GOLDEN : MORPHOLOGY;
            return Stream.of(DynamicTest.dynamicTest("ISF golden runs", () -> SharedData.require(missing)));
        }
        List<Path> runs = SharedData.goldenRuns();
        assertFalse(runs.isEmpty(), "no golden runs under " + golden.get().resolve("runs"));
        return runs.stream().map(run -> DynamicTest.dynamicTest(run.getFileName().toString(),
                () -> reproduce(golden.get().resolve("dataset"), hoc.get(), run)));
    }

    private static void reproduce(Path dataset, Path hoc, Path run) throws IOException {
        JsonNode isf = JSON.readTree(run.resolve("isf-run.json").toFile());
        long seed = isf.get("numpy_seed").asLong();
        int samples = isf.get("nr_of_samples").asInt();
        Path dir = out.resolve(run.getFileName().toString());
        EmbedOutcome outcome = engine().embed(new EmbedJob(dataset.toString(), Map.of(), hoc.toString(), Map.of(), "L5tt", null,
                Map.of(BarrelCortexModel.SAMPLER, "isf-replay"), samples, seed, 2, dir, false, List.of("isf"), false),
                ProgressListener.NONE);
        String diagnosis = diagnosis(isf, JSON.readTree(dir.resolve("run.json").toFile()));

        assertEquals(isf.get("representative_sample").asInt(), outcome.representative(),
                "representative sample; " + diagnosis);
        Path syn = only(dir, n -> n.endsWith(".syn"));
        assertSameText(only(run, n -> n.endsWith(".syn")), syn, -1, diagnosis);
        List<String> con = lines(only(dir, n -> n.endsWith(".con")));
        assertEquals("# " + syn.getFileName(), con.get(1), ".con header must quote synmap's own .syn file");
        assertSameText(only(run, n -> n.endsWith(".con")), only(dir, n -> n.endsWith(".con")), 1, diagnosis);
        assertSameRows(run.resolve("NumberOfConnectedCells.csv"), dir.resolve("NumberOfConnectedCells.csv"),
                diagnosis);
        assertSameText(only(run, n -> n.contains("_summary_") && n.endsWith(".csv")),
                only(dir, n -> n.contains("_summary_") && n.endsWith(".csv")), -1, diagnosis);
    }

    private static Engine engine() {
        Engine engine = new Engine();
        engine.register(new HocReader());
        engine.register(new IsfFolderSource(new AmiraMeshReader()));
        engine.register(new BarrelCortexModel());
        engine.register(new IsfWriter());
        return engine;
    }

    /** The one file in {@code dir} whose name matches. */
    private static Path only(Path dir, Predicate<String> name) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> found = list.filter(p -> name.test(p.getFileName().toString())).toList();
            assertEquals(1, found.size(), "expected exactly one such file in " + dir + ": " + found);
            return found.get(0);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    }

    /**
     * Equal bytes, or, with {@code ignoredLine} ≥ 0, equal lines apart from that one (line
     * ends included: splitting at LF keeps a trailing empty string). Names the first difference.
     */
    private static void assertSameText(Path isf, Path synmap, int ignoredLine, String diagnosis) throws IOException {
        if (ignoredLine < 0 && Arrays.equals(Files.readAllBytes(isf), Files.readAllBytes(synmap))) {
            return;
        }
        List<String> want = lines(isf);
        List<String> got = lines(synmap);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            if (i == ignoredLine) {
                continue;
            }
            String w = i < want.size() ? want.get(i) : "<end of file>";
            String g = i < got.size() ? got.get(i) : "<end of file>";
            if (!w.equals(g)) {
                fail(synmap.getFileName() + " differs from ISF's " + isf.getFileName() + " first at line " + (i + 1)
                        + ":\n  ISF:    " + w + "\n  synmap: " + g + "\n" + diagnosis);
            }
        }
        if (ignoredLine < 0) {
            fail(synmap.getFileName() + " differs from ISF's " + isf.getFileName() + " in bytes but not in lines "
                    + "(encoding?); " + diagnosis);
        }
    }

    /** The same header line and the same data rows as a set, each row once. */
    private static void assertSameRows(Path isf, Path synmap, String diagnosis) throws IOException {
        List<String> want = Files.readAllLines(isf, StandardCharsets.UTF_8);
        List<String> got = Files.readAllLines(synmap, StandardCharsets.UTF_8);
        assertEquals(want.get(0), got.get(0), synmap.getFileName() + " header");
        Set<String> wantRows = new HashSet<>(want.subList(1, want.size()));
        Set<String> gotRows = new HashSet<>(got.subList(1, got.size()));
        assertEquals(want.size(), wantRows.size() + 1, isf + " repeats a row");
        assertEquals(got.size(), gotRows.size() + 1, synmap + " repeats a row");
        Set<String> missing = new HashSet<>(wantRows);
        missing.removeAll(gotRows);
        Set<String> extra = new HashSet<>(gotRows);
        extra.removeAll(wantRows);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(synmap.getFileName() + ": rows only in ISF's " + missing + ", rows only in synmap's " + extra + "\n"
                    + diagnosis);
        }
    }

    /** synmap's per-sample totals against ISF's, naming the first sample that differs. */
    private static String diagnosis(JsonNode isf, JsonNode synmap) {
        JsonNode isfSamples = isf.get("samples");
        JsonNode ours = synmap.get("perSample");
        List<String> pairs = new ArrayList<>();
        int firstDiverging = -1;
        for (int s = 0; s < Math.max(isfSamples.size(), ours.size()); s++) {
            String want = s < isfSamples.size() ? isfSamples.get(s).get("total_synapses").asInt() + " synapses/"
                    + isfSamples.get(s).get("connected_cells_total").asInt() + " cells" : "none";
            String got = s < ours.size() ? ours.get(s).get("synapses").asInt() + " synapses/"
                    + ours.get(s).get("connectedCells").asInt() + " cells" : "none";
            pairs.add("sample " + s + ": ISF " + want + ", synmap " + got);
            if (firstDiverging < 0 && !want.equals(got)) {
                firstDiverging = s;
            }
        }
        return (firstDiverging < 0 ? "per-sample totals agree with ISF's"
                : "the replay first diverges at sample " + firstDiverging) + " (" + String.join("; ", pairs) + ")";
    }
}
